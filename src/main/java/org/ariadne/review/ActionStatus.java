package org.ariadne.review;

import java.util.List;
import java.util.Locale;

/**
 * Where a corrective action stands: open → in progress → done, or cancelled (with a note saying why) from open or
 * in progress. Done and cancelled are final.
 */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }

    /** The statuses an action in this status may move to next. */
    public List<ActionStatus> next() {
        return switch (this) {
            case OPEN -> List.of(IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> List.of(DONE, CANCELLED);
            case DONE, CANCELLED -> List.of();
        };
    }

    public boolean canMoveTo(ActionStatus target) {
        return next().contains(target);
    }

    public String messageKey() {
        return "review.action-status." + name().toLowerCase(Locale.ROOT);
    }
}
