package org.ariadne.reporting.workbook;

import java.time.LocalDateTime;
import java.util.List;

/**
 * What an uploaded workbook changes in one part of the report (an activity, or one indicator value): field by
 * field, before and after. A conflict is a part someone saved in Ariadne after the workbook was downloaded; it
 * is only overwritten when the user asks for it.
 */
public record PartChange(String code, String label, List<FieldChange> fields, boolean conflict,
        String changedBy, LocalDateTime changedAt) {

    /** One field and the cell it is in: "C13 status: 2 – In continuum → 3 – Has started". */
    public record FieldChange(String cell, String field, String before, String after) {
    }
}
