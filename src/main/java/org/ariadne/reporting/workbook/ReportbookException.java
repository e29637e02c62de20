package org.ariadne.reporting.workbook;

import org.ariadne.common.UserFacingException;
import org.ariadne.reporting.ReportStatus;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** An uploaded report workbook that cannot be taken, with the reason the user reads in their language. */
public final class ReportbookException extends UserFacingException {

    private ReportbookException(String key, Object... arguments) {
        super(key, arguments);
    }

    static ReportbookException notATemplate() {
        return new ReportbookException("reportbook.refused.not-template");
    }

    static ReportbookException otherReport(String institution, String period) {
        return new ReportbookException("reportbook.refused.other-report", institution, period);
    }

    static ReportbookException structureEdited() {
        return new ReportbookException("reportbook.refused.structure-edited");
    }

    static ReportbookException notEditable(ReportStatus status) {
        return new ReportbookException("reportbook.refused.not-editable", new DefaultMessageSourceResolvable(status.messageKey()));
    }

    static ReportbookException empty() {
        return new ReportbookException("spreadsheet.refused.empty");
    }

    static ReportbookException stillHasProblems(long errors) {
        return new ReportbookException("reportbook.refused.still-has-problems", errors);
    }

    static ReportbookException unreadable(String key, Object... arguments) {
        return new ReportbookException(key, arguments);
    }
}
