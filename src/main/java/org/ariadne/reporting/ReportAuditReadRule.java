package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who reads the reporting cycle's lines in the audit trail: a report's lines (its activities, values and evidence)
 * whoever may read the report ({@link ReportAccess}), so a draft's narrative stays with its institution and the
 * office; but a value's lines of an indicator the reader sees only protected ({@link ReportFigureDisclosure}) only
 * its institution and the office, since they hold the count the report page shows as {@code [c]}. The schedule's
 * and the holidays' lines are the reporting cycle's to decide.
 */
@Component
class ReportAuditReadRule implements AuditReadRule {

    /** Each kind of report line, with the table its entries' ids are in (each row has a {@code report_id}). */
    private static final Map<String, String> LINES = Map.of(ProgressReports.ACTIVITY_ENTRY, "report_activity",
            ProgressReports.VALUE, "report_value", ProgressReports.EVIDENCE, "report_evidence");

    private final org.ariadne.plan.TerritorialScope scope;
    // asked when a trail is read: the register's answer reads the audit trail's beans in turn
    private final org.springframework.beans.factory.ObjectProvider<ReportFigureDisclosure> disclosures;

    ReportAuditReadRule(org.ariadne.plan.TerritorialScope scope,
            org.springframework.beans.factory.ObjectProvider<ReportFigureDisclosure> disclosures) {
        this.scope = scope;
        this.disclosures = disclosures;
    }

    @Override
    public Set<String> entityTypes() {
        return Set.of(ProgressReports.REPORT, ProgressReports.ACTIVITY_ENTRY, ProgressReports.VALUE,
                ProgressReports.EVIDENCE);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return AuditVisibility.none();
        }
        var params = new ArrayList<Object>();
        var viewable = ReportAccess.viewable(user.get(), params, scope.managedPlansOfCurrentUser());
        if ("1 = 1".equals(viewable)) {
            // the office reads every report, also the lines of evidence since deleted
            return AuditVisibility.all();
        }
        if (ProgressReports.REPORT.equals(entityType)) {
            return new AuditVisibility("entity_id in (select r.id from progress_report r where " + viewable + ")", params);
        }
        if (ProgressReports.VALUE.equals(entityType)) {
            viewable = viewable + withheld(user.get(), params);
        }
        // a line no longer there (deleted evidence) has no report to judge it by: only the office reads it
        return new AuditVisibility("entity_id in (select line.id from " + LINES.get(entityType)
                + " line join progress_report r on r.id = line.report_id where " + viewable + ")", params);
    }

    /** The values the reader sees only protected, left out unless their report is the reader's institution's. */
    private String withheld(org.ariadne.security.SignedInUser user, java.util.List<Object> params) {
        var hidden = new java.util.TreeSet<Long>();
        disclosures.orderedStream().forEach(port -> hidden.addAll(port.protectedIndicators()));
        if (hidden.isEmpty()) {
            return "";
        }
        // indicator ids are numbers from the database, never text typed by the reader
        var ids = String.join(", ", hidden.stream().map(String::valueOf).toList());
        if (user.has(org.ariadne.security.Role.FOCAL_POINT) && user.institutionId() != null) {
            params.add(user.institutionId());
            return " and (line.indicator_id not in (" + ids + ") or r.institution_id = ?)";
        }
        return " and line.indicator_id not in (" + ids + ")";
    }
}
