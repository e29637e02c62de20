package org.ariadne.stakeholders;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads and changes what, beyond the roles on the facades: the office (M&amp;E officer, coordinator) keeps
 * everything; a focal point keeps their own institution's contacts, and reads and comments on the rounds their
 * institution is invited to, seeing only their institution's comments. Nobody else reaches the module.
 */
final class StakeholderAccess {

    /** The office: contacts, analyses, rounds, dispositions. */
    static final String OFFICE = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";
    /** The office and focal points (the latter only for their own institution, checked by the facade). */
    static final String OFFICE_OR_FOCAL_POINT = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'FOCAL_POINT')";

    private StakeholderAccess() {
    }

    /** The office, by the roles of whoever acts (a person signed in, or the demo loader). */
    static boolean isOffice() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals(Role.ME_OFFICER.authority())
                        || a.getAuthority().equals(Role.COORDINATOR.authority()));
    }

    /** The focal point's institution, or null for anyone who is not a focal point with one. */
    static Long focalInstitution() {
        return CurrentUser.get().filter(user -> user.has(Role.FOCAL_POINT)).map(user -> user.institutionId())
                .orElse(null);
    }

    /** Whether the reader may see and keep this institution's contacts. */
    static boolean keepsContactsOf(long institutionId) {
        var own = focalInstitution();
        return isOffice() || (own != null && own == institutionId);
    }
}
