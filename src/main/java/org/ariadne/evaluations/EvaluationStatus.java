package org.ariadne.evaluations;

import java.util.List;

/**
 * Where an evaluation stands. It moves one step at a time: planned, in progress, draft report, final, management
 * response done; before it is final it may also step back one (a draft report sent back for more work). Once final,
 * its judgements, ratings, questions, findings, conclusions and recommendations are locked: the recommendations are
 * followed up in the recommendations tracker.
 */
public enum EvaluationStatus {
    PLANNED, IN_PROGRESS, DRAFT_REPORT, FINAL, RESPONSE_DONE;

    public String messageKey() {
        return "evaluations.status." + name();
    }

    /** Whether the content is locked: final, or with its management response done. */
    public boolean locked() {
        return this == FINAL || this == RESPONSE_DONE;
    }

    /** Whether a National Authority member may read it: only finished evaluations. */
    public boolean readByMembers() {
        return locked();
    }

    /** The statuses it may move to: the next one, and the previous one while it is not final. */
    public List<EvaluationStatus> next() {
        var all = values();
        var next = new java.util.ArrayList<EvaluationStatus>();
        if (ordinal() > 0 && !locked()) {
            next.add(all[ordinal() - 1]);
        }
        if (ordinal() < all.length - 1) {
            next.add(all[ordinal() + 1]);
        }
        return List.copyOf(next);
    }

    public boolean mayMoveTo(EvaluationStatus target) {
        return target != null && next().contains(target);
    }
}
