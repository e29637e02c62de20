package org.ariadne.reporting.workbook;

/**
 * Where things are on the "Report" sheet. Column A holds each row's key and row 1 each column's marker, both
 * hidden: they are what the fingerprint is taken of, so that a row or column inserted, deleted or moved is seen.
 */
final class Columns {

    static final int KEY = 0;
    static final int CODE = 1;
    static final int LABEL = 2;
    static final int PERIOD = 3;
    static final int TOTAL = 4;
    static final int NUMERATOR = 5;
    static final int DENOMINATOR = 6;
    static final int NOTE = 7;
    /** The parts of an indicator's value (e.g. sex × age group) start here, one column each. */
    static final int FIRST_PART = 8;

    /** Status, narrative and problems are typed here (narrative and problems across to {@link #NOTE}). */
    static final int ENTRY = LABEL;
    static final int SOURCE = LABEL;
    static final int AMOUNT = PERIOD;
    static final int SOURCE_INSTITUTION = TOTAL;

    private Columns() {
    }

    /** "E23" for the 1-based row 23 and column index 4. */
    static String reference(int row, int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + row;
    }
}
