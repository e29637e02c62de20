package org.ariadne.reporting;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what with an institution's reports, checked on the server for every page, download, upload and
 * call: a focal point only ever reaches their own institution's reports; the coordinator's office reviews all;
 * an evaluator reads what was submitted; a National Authority member reads accepted reports only.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static boolean isOwnInstitution(SignedInUser user, long institutionId) {
        return user.has(Role.FOCAL_POINT) && user.institutionId() != null && user.institutionId() == institutionId;
    }

    static boolean isReviewer(SignedInUser user) {
        return user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR);
    }

    /**
     * The office reviews every report; a local coordinator those of the plans it manages ({@code managesPlan}, from
     * {@code plan.TerritorialScope}).
     */
    static boolean isReviewer(SignedInUser user, boolean managesPlan) {
        return isReviewer(user) || managesPlan && user.has(Role.LOCAL_COORDINATOR);
    }

    static boolean canView(SignedInUser user, long institutionId, ReportStatus status, boolean managesPlan) {
        return canView(user, institutionId, status) || isReviewer(user, managesPlan);
    }

    static void checkView(long institutionId, ReportStatus status, boolean managesPlan) {
        if (!canView(user(), institutionId, status, managesPlan)) {
            throw new AccessDeniedException("report of institution " + institutionId);
        }
    }

    static SignedInUser checkReview(boolean managesPlan) {
        var user = user();
        if (!isReviewer(user, managesPlan)) {
            throw new AccessDeniedException("reviewing reports");
        }
        return user;
    }

    /** {@link #viewable}, and the reports of the plans a local coordinator manages. */
    static String viewable(SignedInUser user, java.util.List<Object> params, java.util.Set<Long> managedPlans) {
        var own = viewable(user, params);
        if ("1 = 1".equals(own) || managedPlans.isEmpty()) {
            return own;
        }
        // plan ids are numbers from the database, never text typed by the reader
        return "(" + own + " or r.plan_id in (" + String.join(", ", managedPlans.stream().map(String::valueOf).toList())
                + "))";
    }

    static boolean canView(SignedInUser user, long institutionId, ReportStatus status) {
        if (isOwnInstitution(user, institutionId) || isReviewer(user)) {
            return true;
        }
        if (user.has(Role.EVALUATOR) && status != null && status != ReportStatus.DRAFT) {
            return true;
        }
        return user.has(Role.MEMBER) && status == ReportStatus.ACCEPTED;
    }

    /**
     * The reports {@link #canView} lets the user read, as a condition in SQL on {@code progress_report r} (its
     * parameters added to {@code params}): the same rule for lists and the audit trail as for one report.
     */
    static String viewable(SignedInUser user, java.util.List<Object> params) {
        if (isReviewer(user)) {
            return "1 = 1";
        }
        var any = new java.util.ArrayList<String>();
        if (user.has(Role.FOCAL_POINT) && user.institutionId() != null) {
            any.add("r.institution_id = ?");
            params.add(user.institutionId());
        }
        if (user.has(Role.EVALUATOR)) {
            any.add("r.status <> ?");
            params.add(ReportStatus.DRAFT.name());
        }
        if (user.has(Role.MEMBER)) {
            any.add("r.status = ?");
            params.add(ReportStatus.ACCEPTED.name());
        }
        return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
    }

    static void checkView(long institutionId, ReportStatus status) {
        if (!canView(user(), institutionId, status)) {
            throw new AccessDeniedException("report of institution " + institutionId);
        }
    }

    static SignedInUser checkEdit(long institutionId) {
        var user = user();
        if (!isOwnInstitution(user, institutionId)) {
            throw new AccessDeniedException("editing the report of institution " + institutionId);
        }
        return user;
    }

    static SignedInUser checkReview() {
        var user = user();
        if (!isReviewer(user)) {
            throw new AccessDeniedException("reviewing reports");
        }
        return user;
    }

    static SignedInUser checkReopen() {
        var user = user();
        if (!user.has(Role.ME_OFFICER)) {
            throw new AccessDeniedException("reopening reports");
        }
        return user;
    }

    /**
     * The report statuses whose content counts in figures (as SQL literals): accepted reports, and submitted ones
     * too when a reviewer or an evaluator asks for them.
     */
    static String countedStatuses(boolean includeSubmitted) {
        boolean mayInclude = CurrentUser.get().map(user -> isReviewer(user) || user.has(Role.EVALUATOR)).orElse(false);
        return includeSubmitted && mayInclude ? "'ACCEPTED', 'SUBMITTED'" : "'ACCEPTED'";
    }
}
