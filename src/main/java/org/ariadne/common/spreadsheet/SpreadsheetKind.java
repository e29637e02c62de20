package org.ariadne.common.spreadsheet;

/** The kind of file a {@link Grid} was read from, as detected from the content (never from the file name). */
public enum SpreadsheetKind {
    /** Office Open XML workbook (Excel 2007 and later). */
    XLSX,
    /** Binary Excel 97-2003 workbook (BIFF8). */
    XLS,
    /** UTF-8 text with comma, semicolon or tab separated values. */
    CSV
}
