package org.ariadne.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A version of a plan as its pages show it (without its tree). */
public record PlanVersionView(long id, int version, long planId, int number, PlanVersionStatus status,
        LocalDate effectiveFrom, LocalDateTime startedAt, String startedBy, LocalDateTime adoptedAt, String adoptedBy,
        LocalDate mofOpinionDate, String mofOpinionReference, String mofOpinionText) {

    public boolean adopted() {
        return status == PlanVersionStatus.ADOPTED;
    }
}
