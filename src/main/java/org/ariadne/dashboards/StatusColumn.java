package org.ariadne.dashboards;

import java.util.Locale;

import org.ariadne.plan.ActivityStatus;

/** The columns of "activities by status", in the order the dashboards show them; activities without a status last. */
@org.springframework.modulith.NamedInterface("api")
public enum StatusColumn {
    COMPLETED, STARTED, CONTINUOUS, NOT_STARTED, NOT_REPORTED;

    public static StatusColumn of(ActivityStatus status) {
        if (status == null) {
            return NOT_REPORTED;
        }
        return switch (status) {
            case COMPLETED -> COMPLETED;
            case STARTED -> STARTED;
            case CONTINUOUS -> CONTINUOUS;
            case NOT_STARTED -> NOT_STARTED;
        };
    }

    public String messageKey() {
        return this == NOT_REPORTED ? "plan.activity.not-reported"
                : "plan.activity-status." + name().toLowerCase(Locale.ROOT);
    }
}
