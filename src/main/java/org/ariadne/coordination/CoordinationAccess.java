package org.ariadne.coordination;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;

/**
 * Who reads and changes what, beyond the roles on the facades: the office (M&amp;E officer, coordinator) and members
 * read every meeting; a focal point reads the meetings their institution is invited to (or whose committee it is)
 * and the actions their institution owns, and updates those actions.
 */
final class CoordinationAccess {

    /** The office: keeps meetings, actions, reports and agreements. */
    static final String OFFICE = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";
    /** Who reads meetings and the register (a focal point only their institution's share of them). */
    static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'FOCAL_POINT')";
    /** Who reads agreements: the office and members. */
    static final String AGREEMENT_READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER')";

    private CoordinationAccess() {
    }

    static SignedInUser user() {
        return CurrentUser.required();
    }

    /** Reads everything: the office and members. */
    static boolean readsAll(SignedInUser user) {
        return user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR) || user.has(Role.MEMBER);
    }

    static boolean isOffice(SignedInUser user) {
        return user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR);
    }

    /** The focal point's institution, or null for anyone who is not a focal point with one. */
    static Long focalInstitution(SignedInUser user) {
        return user.has(Role.FOCAL_POINT) ? user.institutionId() : null;
    }

    static boolean mayRead(SignedInUser user, Meeting meeting) {
        var own = focalInstitution(user);
        return readsAll(user) || (own != null && meeting.invites(own));
    }

    static boolean mayUpdate(SignedInUser user, FollowUpAction action) {
        var own = focalInstitution(user);
        return isOffice(user) || (own != null && own == action.ownerInstitutionId());
    }

    static boolean mayRead(SignedInUser user, FollowUpAction action) {
        return readsAll(user) || mayUpdate(user, action);
    }
}
