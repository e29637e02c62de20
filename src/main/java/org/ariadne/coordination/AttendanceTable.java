package org.ariadne.coordination;

import java.util.List;

/**
 * Who came to a meeting, by institution, role and sex, with the totals: of each row (women and men), of each column,
 * and of all.
 */
public record AttendanceTable(List<Row> rows) {

    public AttendanceTable {
        rows = List.copyOf(rows);
    }

    public int women() {
        return rows.stream().mapToInt(Row::women).sum();
    }

    public int men() {
        return rows.stream().mapToInt(Row::men).sum();
    }

    public int total() {
        return women() + men();
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** How many distinct institutions came. */
    public long institutions() {
        return rows.stream().map(Row::institutionId).distinct().count();
    }

    public record Row(long institutionId, String institution, String role, int women, int men) {

        public int total() {
            return women + men;
        }
    }
}
