package org.ariadne.training;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who does what in capacity building. The M&amp;E officer keeps everything; the coordinator reads everything; a focal
 * point records and reads the needs and trainings of their own institution; members (and everyone else signed in)
 * read the aggregates only: numbers trained, never a participant.
 */
public final class TrainingAccess {

    /** The aggregates: professionals trained by institution and sex, the plan's coverage in figures. */
    public static final String AGGREGATES = "isAuthenticated()";
    /** The registers themselves: the office all of them, a focal point their own institution's. */
    public static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'FOCAL_POINT')";
    /** Recording needs and trainings: the officer for anyone, a focal point for their own institution. */
    public static final String RECORDERS = "hasAnyRole('ME_OFFICER', 'FOCAL_POINT')";
    /** What the office alone reads: the participant lists as a file. */
    public static final String OFFICE = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";
    /** The plan of trainings, the pool of trainers and the indicator links: the M&amp;E officer. */
    public static final String OFFICER = "hasRole('ME_OFFICER')";

    private TrainingAccess() {
    }

    /** Whether the signed-in person sees every institution's registers (the office). */
    public static boolean seesAll() {
        return CurrentUser.has(Role.ME_OFFICER) || CurrentUser.has(Role.COORDINATOR);
    }

    /** The focal point's institution when they see only theirs, else null (everything). */
    public static Long ownInstitutionOnly() {
        if (seesAll()) {
            return null;
        }
        return CurrentUser.get().filter(user -> user.has(Role.FOCAL_POINT)).map(user -> user.institutionId())
                .orElse(-1L);
    }

    static void refuseUnlessReads(long institutionId) {
        var own = ownInstitutionOnly();
        if (own != null && own != institutionId) {
            throw new AccessDeniedException("another institution's register");
        }
    }

    static void refuseUnlessRecords(long institutionId) {
        if (CurrentUser.has(Role.ME_OFFICER)) {
            return;
        }
        var own = CurrentUser.get().filter(user -> user.has(Role.FOCAL_POINT)).map(user -> user.institutionId());
        if (own.isEmpty() || own.get() == null || own.get() != institutionId) {
            throw new AccessDeniedException("another institution's register");
        }
    }
}
