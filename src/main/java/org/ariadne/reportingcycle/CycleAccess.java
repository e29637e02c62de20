package org.ariadne.reportingcycle;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who reads what of the cycle: the coordinator's office (M&E officer and coordinator) follows every institution's
 * reporting and reads the office's notices; a focal point follows their own institution's.
 */
final class CycleAccess {

    private CycleAccess() {
    }

    static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static boolean isOwnInstitution(SignedInUser user, long institutionId) {
        return user.has(Role.FOCAL_POINT) && user.institutionId() != null && user.institutionId() == institutionId;
    }

    static boolean isOffice(SignedInUser user) {
        return user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR);
    }
}
