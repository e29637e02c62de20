package org.ariadne.workbook;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.spreadsheet.Grid;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What officers said the unrecognised columns of a layout are, remembered so that the next file with the same
 * headers is read the same way without asking again (the officer can still change it on the preview).
 */
@Component
class ColumnMappings {

    private final JdbcClient jdbc;
    private final Clock clock;

    ColumnMappings(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * The choices remembered for the layout of one of the sheet's first rows (the header, wherever it is): header key
     * to a column name or IGNORE; empty when no layout of these rows is known.
     */
    Map<String, String> rememberedFor(Grid grid) {
        var layouts = new LinkedHashMap<String, Integer>();
        var rows = grid.rows();
        for (int i = 0; i < Math.min(TableFinder.HEADER_SEARCH_ROWS, rows.size()); i++) {
            if (!rows.get(i).cells().stream().allMatch(cell -> cell.isEmpty())) {
                layouts.putIfAbsent(TableFinder.layoutKey(rows.get(i)), i);
            }
        }
        if (layouts.isEmpty()) {
            return Map.of();
        }
        var byLayout = new HashMap<String, Map<String, String>>();
        jdbc.sql("select layout_key, header_key, field from workbook_column_mapping where layout_key in (:layouts)")
                .param("layouts", List.copyOf(layouts.keySet()))
                .query((row, index) -> byLayout.computeIfAbsent(row.getString("layout_key"), key -> new HashMap<>())
                        .put(row.getString("header_key"), row.getString("field")))
                .list();
        // the highest row with a known layout is the header; a later one would be a repeated header
        return layouts.keySet().stream().filter(byLayout::containsKey).findFirst()
                .map(layout -> Map.copyOf(byLayout.get(layout))).orElse(Map.of());
    }

    /** Remembers the officer's choices for the layout: header key to (header as written, choice). */
    void remember(String layoutKey, Map<String, String[]> choices) {
        if (layoutKey == null) {
            return;
        }
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        var now = Timestamp.valueOf(LocalDateTime.now(clock));
        choices.forEach((headerKey, textAndChoice) -> {
            jdbc.sql("delete from workbook_column_mapping where layout_key = ? and header_key = ?")
                    .params(layoutKey, cut(headerKey)).update();
            jdbc.sql("""
                            insert into workbook_column_mapping (layout_key, header_key, header_text, field, chosen_by,
                                                                 chosen_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(layoutKey, cut(headerKey), cut(textAndChoice[0]), textAndChoice[1], user, now).update();
        });
    }

    private static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
