package org.ariadne.dashboards;

import java.util.ArrayList;
import java.util.List;

/**
 * A table as it is downloaded (CSV, XLSX) and reused in documents: a name to ask for it by, a title, the column
 * headings and the rows. Cells are text, numbers, dates or {@code null} (nothing to show); an achievement that
 * cannot be computed is written as its reason ("not measurable"), never as 0.
 */
@org.springframework.modulith.NamedInterface("api")
public record DashboardTable(String name, String title, List<String> header, List<List<Object>> rows) {

    public DashboardTable {
        header = List.copyOf(header);
        var copy = new ArrayList<List<Object>>();
        rows.forEach(row -> copy.add(java.util.Collections.unmodifiableList(new ArrayList<>(row))));
        rows = java.util.Collections.unmodifiableList(copy);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
