package org.ariadne.strategy;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A change to a strategy it refuses, with the message key the user reads; {@link #field()} is what it is about. */
public final class StrategyException extends UserFacingException {

    private final String field;

    private StrategyException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private StrategyException(List<StrategyException> each) {
        super(each);
        this.field = each.get(0).field;
    }

    /** The form field the refusal is about, or null. */
    public String field() {
        return field;
    }

    static StrategyException periodReversed(int start, int end) {
        return new StrategyException("endYear", "strategy.error.period-reversed", String.valueOf(start),
                String.valueOf(end));
    }

    static StrategyException planOutside(String plan, int planStart, int planEnd, int start, int end) {
        return new StrategyException("planId", "strategy.error.plan-outside", plan, String.valueOf(planStart),
                String.valueOf(planEnd), String.valueOf(start), String.valueOf(end));
    }

    static StrategyException periodLeavesPlanOut(String plan, int planStart, int planEnd) {
        return new StrategyException("startYear", "strategy.error.period-leaves-plan", plan, String.valueOf(planStart),
                String.valueOf(planEnd));
    }

    static StrategyException overlap(String plan, String other, int otherStart, int otherEnd) {
        return new StrategyException("planId", "strategy.error.overlap", plan, other, String.valueOf(otherStart),
                String.valueOf(otherEnd));
    }

    static StrategyException inOtherStrategy(String plan, String other) {
        return new StrategyException("planId", "strategy.error.plan-in-other", plan, other);
    }

    static StrategyException alreadyHeld(String plan) {
        return new StrategyException("planId", "strategy.error.plan-already-held", plan);
    }

    static StrategyException otherParticipant(String plan) {
        return new StrategyException("planId", "strategy.error.plan-other-participant", plan);
    }

    static StrategyException duplicateTitle(String title) {
        return new StrategyException("title", "strategy.error.duplicate-title", title);
    }

    static void refuseAll(List<StrategyException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new StrategyException(refusals);
        }
    }
}
