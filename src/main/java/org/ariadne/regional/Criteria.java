package org.ariadne.regional;

import org.ariadne.plan.PlanStatus;

/**
 * The rules that turn a participant's figures into met, partly met or not met; free of Spring, tested alone. A share
 * meets a criterion from 80 %, meets it partly above nothing; nothing to count does not meet it.
 */
final class Criteria {

    static final int MET_FROM_PERCENT = 80;

    private Criteria() {
    }

    /** Adopted and in force: met; adopted, but its period is over (archived): partly; a draft or no plan: not met. */
    static Level adopted(PlanStatus status) {
        if (status == null) {
            return Level.NOT_MET;
        }
        return switch (status) {
            case ADOPTED -> Level.MET;
            case ARCHIVED -> Level.PARTLY;
            case DRAFT -> Level.NOT_MET;
        };
    }

    /** Costed: the share of activities with a planned budget. Monitored: the share of due reports accepted. */
    static Level share(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return Level.NOT_MET;
        }
        return part * 100 >= MET_FROM_PERCENT * whole ? Level.MET : Level.PARTLY;
    }

    /** A completed evaluation of the plan: met; one planned or under way: partly; none: not met. */
    static Level evaluated(long completed, long started) {
        if (completed > 0) {
            return Level.MET;
        }
        return started > 0 ? Level.PARTLY : Level.NOT_MET;
    }
}
