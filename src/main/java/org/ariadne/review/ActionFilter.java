package org.ariadne.review;

/**
 * What to narrow the corrective actions of a plan to; every field may be empty. {@code overdueOnly} keeps the actions
 * due before today that are neither done nor cancelled.
 */
public record ActionFilter(ActionStatus status, Long ownerInstitutionId, boolean overdueOnly, HalfYear halfYear,
        Long activityId) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, false, null, null);
    }

    public ActionFilter forOwner(Long institutionId) {
        return new ActionFilter(status, institutionId, overdueOnly, halfYear, activityId);
    }
}
