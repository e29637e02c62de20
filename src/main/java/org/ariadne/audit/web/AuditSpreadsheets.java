package org.ariadne.audit.web;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.AuditFilter;
import org.ariadne.common.PersonNames;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit trail and an element's history as CSV or Excel, in the reader's language. Labels and values are typed
 * by people (an institution called {@code =HYPERLINK(...)}), so everything goes through {@link SafeSpreadsheetWriter}.
 * The trail is written while it is read, so a long one never sits in memory.
 */
@Component
class AuditSpreadsheets {

    /** Excel or CSV: what the address ends with. */
    enum Format {
        CSV, XLSX
    }

    private final AuditHistory history;
    private final AuditValues values;
    private final MessageSource messages;
    private final PersonNames people;

    AuditSpreadsheets(AuditHistory history, AuditValues values, MessageSource messages, PersonNames people) {
        this.history = history;
        this.values = values;
        this.messages = messages;
        this.people = people;
    }

    /**
     * The filtered trail, newest first, at most {@code limit} entries; when the filter matches more, the last line
     * says the file is cut and how to get the rest.
     */
    void trail(AuditFilter filter, int limit, Format format, Locale locale, OutputStream out) {
        var header = List.of(text("audit.when", locale), text("audit.who", locale), text("audit.action", locale),
                text("audit.element-type", locale), text("audit.element-id", locale), text("audit.element", locale),
                text("audit.plan-id", locale), text("audit.changed-fields", locale), text("audit.changes", locale));
        write(format, text("audit.title", locale), header, out, rows -> {
            var names = new HashMap<String, String>();
            boolean cut = history.forEach(filter, limit, entry -> rows.accept(trailRow(entry, names, locale)));
            if (cut) {
                rows.accept(List.of());
                rows.accept(List.of(messages.getMessage("audit.export.cut", new Object[] {limit}, locale)));
            }
        });
    }

    /** An element's history: a line per changed field of each change, newest change first. */
    void history(List<AuditEntry> entries, String sheetName, Format format, Locale locale, OutputStream out) {
        var header = List.of(text("audit.when", locale), text("audit.who", locale), text("audit.action", locale),
                text("audit.history.field", locale), text("audit.history.before", locale),
                text("audit.history.after", locale));
        write(format, sheetName, header, out, rows -> {
            var names = new HashMap<String, String>();
            for (var entry : entries) {
                var who = who(entry.actor(), names);
                var action = values.actionName(entry, locale);
                var lines = values.lines(entry, locale);
                if (lines.isEmpty()) {
                    // the page says "no values were recorded"; the change itself still happened
                    rows.accept(List.of(entry.occurredAt(), who, action));
                }
                for (var line : lines) {
                    rows.accept(List.of(entry.occurredAt(), who, action, values.fieldName(line.field(), locale),
                            line.before(), line.after()));
                }
            }
        });
    }

    private List<Object> trailRow(AuditEntry entry, Map<String, String> names, Locale locale) {
        var lines = values.lines(entry, locale);
        var row = new ArrayList<Object>();
        row.add(entry.occurredAt());
        row.add(who(entry.actor(), names));
        row.add(values.actionName(entry, locale));
        row.add(values.typeName(entry.entityType(), locale));
        row.add(entry.entityId());
        row.add(entry.label());
        row.add(entry.planId());
        row.add(lines.stream().map(line -> values.fieldName(line.field(), locale)).collect(Collectors.joining(", ")));
        row.add(lines.stream()
                .map(line -> values.fieldName(line.field(), locale) + ": " + line.before() + " → " + line.after())
                .collect(Collectors.joining("\n")));
        return row;
    }

    /** "Fatmira Krasniqi (fatmira)": the name people know, and the user name the trail keeps. */
    private String who(String actor, Map<String, String> names) {
        var name = names.computeIfAbsent(actor, people::displayName);
        return name.equals(actor) ? actor : name + " (" + actor + ")";
    }

    private static void write(Format format, String sheetName, List<String> header, OutputStream out,
            Consumer<Consumer<List<?>>> content) {
        if (format == Format.CSV) {
            var csv = SafeSpreadsheetWriter.csv(out).header(header);
            content.accept(csv::row);
            csv.flush();
        } else {
            try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                xlsx.sheet(sheetName).header(header);
                content.accept(xlsx::row);
                xlsx.writeTo(out);
            }
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
