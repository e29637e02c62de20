package org.ariadne.risks;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to the risk register or a scenario, with the message key the user reads and its form field. */
public final class RiskException extends UserFacingException {

    private final String field;

    private RiskException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private RiskException(List<RiskException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static RiskException all(List<RiskException> each) {
        return each.size() == 1 ? each.get(0) : new RiskException(each);
    }

    static RiskException unknownElement() {
        return new RiskException("element", "risks.refused.element");
    }

    static RiskException unknownOwner() {
        return new RiskException("ownerId", "risks.refused.owner");
    }

    static RiskException nextReviewNotAfterToday() {
        return new RiskException("nextReview", "risks.refused.next-review");
    }

    static RiskException providerMissing(String serviceKey) {
        return new RiskException("providers", "risks.refused.provider",
                new org.springframework.context.support.DefaultMessageSourceResolvable(serviceKey));
    }

    static RiskException unknownProvider() {
        return new RiskException("providers", "risks.refused.unknown-provider");
    }

    static RiskException unknownActivity() {
        return new RiskException("activities", "risks.refused.activity");
    }

    static RiskException alreadyActive(String name) {
        return new RiskException(null, "risks.refused.already-active", name);
    }

    static RiskException notActive(String name) {
        return new RiskException(null, "risks.refused.not-active", name);
    }

    static RiskException activeCannotBeDeleted(String name) {
        return new RiskException(null, "risks.refused.delete-active", name);
    }

    static RiskException dateInFuture() {
        return new RiskException("date", "risks.refused.date-future");
    }

    static RiskException endBeforeStart() {
        return new RiskException("date", "risks.refused.date-before-start");
    }
}
