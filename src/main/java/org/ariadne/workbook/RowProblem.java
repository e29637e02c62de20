package org.ariadne.workbook;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something wrong (or worth knowing) at a place in the uploaded file: the sheet, the row, the column as the file names it,
 * the cell ("F12") and the message. Errors block the import; warnings only inform.
 */
public record RowProblem(String sheet, int row, String column, String cell, Severity severity, MessageSourceResolvable message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
