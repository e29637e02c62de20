package org.ariadne.reporting.workbook;

import org.springframework.context.MessageSourceResolvable;

/**
 * Something wrong (or worth knowing) in one cell of an uploaded report workbook: "F14" and why. Errors block
 * the upload; warnings only inform.
 */
public record CellProblem(String cell, int row, Severity severity, MessageSourceResolvable message) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
