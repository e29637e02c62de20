package org.ariadne.workbook;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
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

    /** What the audit trail calls a remembered column choice. */
    static final String AUDIT_TYPE = "workbook-column-mapping";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditTrail trail;

    ColumnMappings(JdbcClient jdbc, Clock clock, AuditTrail trail) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.trail = trail;
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
    void remember(String layoutKey, Map<String, String[]> choices, Long planId) {
        if (layoutKey == null) {
            return;
        }
        var user = SecurityContextHolder.getContext().getAuthentication().getName();
        var now = Timestamp.valueOf(LocalDateTime.now(clock));
        var changes = new ArrayList<AuditRecord>();
        choices.forEach((headerKey, textAndChoice) -> {
            // the trail says who taught Ariadne what a column is, and what it was taken for before
            var before = jdbc.sql("select field from workbook_column_mapping where layout_key = ? and header_key = ?")
                    .params(layoutKey, cut(headerKey)).query(String.class).optional();
            var after = AuditRecord.state("header", cut(textAndChoice[0]), "column", textAndChoice[1], "layout", layoutKey);
            changes.add(before.isEmpty()
                    ? AuditRecord.created(AUDIT_TYPE, null, cut(textAndChoice[0]), planId, after)
                    : AuditRecord.updated(AUDIT_TYPE, null, cut(textAndChoice[0]), planId,
                            AuditRecord.state("header", cut(textAndChoice[0]), "column", before.get(), "layout", layoutKey),
                            after));
            jdbc.sql("delete from workbook_column_mapping where layout_key = ? and header_key = ?")
                    .params(layoutKey, cut(headerKey)).update();
            jdbc.sql("""
                            insert into workbook_column_mapping (layout_key, header_key, header_text, field, chosen_by,
                                                                 chosen_at)
                            values (?, ?, ?, ?, ?, ?)""")
                    .params(layoutKey, cut(headerKey), cut(textAndChoice[0]), textAndChoice[1], user, now).update();
        });
        trail.recordAll(changes);
    }

    private static String cut(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300);
    }
}
