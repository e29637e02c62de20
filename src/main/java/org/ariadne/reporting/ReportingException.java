package org.ariadne.reporting;

import org.ariadne.common.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A refusal of the reporting cycle, with the message key the user reads in their language. */
public final class ReportingException extends UserFacingException {

    private ReportingException(String key, Object... args) {
        super(key, args);
    }

    static ReportingException notEditable(ReportStatus status) {
        return new ReportingException("reporting.error.not-editable", new DefaultMessageSourceResolvable(status.messageKey()));
    }

    static ReportingException cannot(String action, ReportStatus status) {
        return new ReportingException("reporting.error.cannot-" + action,
                new DefaultMessageSourceResolvable(status.messageKey()));
    }

    /** The report comes into being with its first saved part: there is nothing to submit yet. */
    static ReportingException nothingSaved() {
        return new ReportingException("reporting.report.nothing-saved");
    }

    static ReportingException commentRequired() {
        return new ReportingException("reporting.error.comment-required");
    }

    static ReportingException bulkReturnNeedsComment() {
        return new ReportingException("reporting.bulk.comment-required");
    }

    static ReportingException bulkNothingChosen() {
        return new ReportingException("reporting.bulk.nothing-chosen");
    }

    static ReportingException reasonRequired() {
        return new ReportingException("reporting.error.reason-required");
    }

    static ReportingException incomplete(int missing) {
        return new ReportingException("reporting.error.incomplete", missing);
    }

    static ReportingException notInReport(String what) {
        return new ReportingException("reporting.error.not-in-report", what);
    }

    static ReportingException partsDoNotAddUp(String total, String sum) {
        return new ReportingException("reporting.error.parts-do-not-add-up", total, sum);
    }

    static ReportingException valueOutOfRange(String value) {
        return new ReportingException("reporting.error.value-out-of-range", value);
    }

    static ReportingException periodNotOpen(String label) {
        return new ReportingException("reporting.error.period-not-open", label);
    }

    static ReportingException evidenceEmpty() {
        return new ReportingException("reporting.evidence.empty");
    }

    static ReportingException evidenceTooLarge(long megabytes) {
        return new ReportingException("reporting.evidence.too-large", megabytes);
    }

    static ReportingException evidenceType() {
        return new ReportingException("reporting.evidence.type");
    }

    static ReportingException evidenceNameTooLong(int characters) {
        return new ReportingException("reporting.evidence.name-too-long", characters);
    }

    static ReportingException evidenceMacros() {
        return new ReportingException("reporting.evidence.macros");
    }

    static ReportingException holidayIncomplete() {
        return new ReportingException("reporting.error.holiday-incomplete");
    }

    static ReportingException noReportingFor(String institution) {
        return new ReportingException("reporting.error.nothing-to-report", institution);
    }
}
