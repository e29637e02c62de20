package org.ariadne.publication;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A table as published: a name to download it by, a title, the column headings and the rows. Cells are text,
 * numbers ({@link BigDecimal}) or null; anything else is kept as its text, so the table reads the same after it was
 * stored as JSON as before.
 */
public record PublicTable(String name, String title, List<String> header, List<List<Object>> rows) {

    public PublicTable {
        header = List.copyOf(header);
        var copy = new ArrayList<List<Object>>();
        for (var row : rows) {
            var cells = new ArrayList<Object>();
            row.forEach(cell -> cells.add(cell(cell)));
            copy.add(Collections.unmodifiableList(cells));
        }
        rows = Collections.unmodifiableList(copy);
    }

    static Object cell(Object value) {
        if (value == null || value instanceof String) {
            return value;
        }
        if (value instanceof BigDecimal number) {
            return tidy(number);
        }
        if (value instanceof Number number) {
            return tidy(new BigDecimal(number.toString()));
        }
        if (value instanceof TemporalAccessor || value instanceof Boolean || value instanceof Enum<?>) {
            return value.toString();
        }
        return String.valueOf(value);
    }

    /** 12 rather than 12.00 or 1.2E+1: the same number always writes the same way. */
    static BigDecimal tidy(BigDecimal number) {
        var stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    @JsonIgnore
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
