package org.ariadne.workbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.text.NameKey;

/**
 * What the officer said the columns with unrecognised headers are, by header (folded with {@link NameKey}): a
 * field of the plan, or {@link #IGNORE} (a column with nothing to import, such as comments). Choices remembered
 * for the same layout come first; what the officer chooses on this preview overrides them.
 */
record ColumnChoices(Map<String, String> byHeader, Map<String, String> remembered) {

    /** The choice that says a column holds nothing to import. */
    static final String IGNORE = "IGNORE";

    static final ColumnChoices NONE = new ColumnChoices(Map.of(), Map.of());

    ColumnChoices {
        byHeader = Map.copyOf(byHeader);
        remembered = Map.copyOf(remembered);
    }

    /** The officer's choices on the page: header key to a column name or IGNORE; blank means "not decided". */
    static ColumnChoices of(Map<String, String> chosen) {
        var valid = new LinkedHashMap<String, String>();
        chosen.forEach((header, choice) -> {
            if (header != null && !header.isBlank() && valid(choice)) {
                valid.put(header, choice);
            }
        });
        return new ColumnChoices(valid, Map.of());
    }

    static boolean valid(String choice) {
        if (choice == null || choice.isBlank()) {
            return false;
        }
        return IGNORE.equals(choice) || offered().stream().anyMatch(column -> column.name().equals(choice));
    }

    /** The fields a column can be said to be: every column of the layout but the per-year targets. */
    static List<WorkbookColumn> offered() {
        return java.util.Arrays.stream(WorkbookColumn.values()).filter(c -> c != WorkbookColumn.YEAR_TARGET).toList();
    }

    /** The same choices over remembered ones (which the officer's own override). */
    ColumnChoices over(Map<String, String> rememberedChoices) {
        var merged = new LinkedHashMap<String, String>(rememberedChoices);
        merged.keySet().removeAll(byHeader.keySet());
        return new ColumnChoices(byHeader, merged);
    }

    /** The choice for a header: the officer's, else the remembered one, else null. */
    String choice(String headerText) {
        var key = NameKey.of(headerText);
        var own = byHeader.get(key);
        return own != null ? own : remembered.get(key);
    }

    boolean remembered(String headerText) {
        var key = NameKey.of(headerText);
        return !byHeader.containsKey(key) && remembered.containsKey(key);
    }

    boolean ignored(String headerText) {
        return headerText != null && IGNORE.equals(choice(headerText));
    }

    boolean isEmpty() {
        return byHeader.isEmpty() && remembered.isEmpty();
    }

    /** The column a header names: as chosen (or remembered), else as the vocabulary knows it. */
    Optional<WorkbookColumn> header(String text, Vocabulary vocabulary) {
        if (text == null) {
            return Optional.empty();
        }
        var choice = choice(text);
        if (choice != null) {
            return IGNORE.equals(choice) ? Optional.empty() : Optional.of(WorkbookColumn.valueOf(choice));
        }
        return vocabulary.header(text);
    }

    /** True when the header was given its meaning on a preview (now or before), not by the vocabulary. */
    boolean chosen(String text) {
        return text != null && choice(text) != null;
    }

    /** Every choice in force, for the preview's fingerprint. */
    Map<String, String> all() {
        var all = new java.util.TreeMap<String, String>(remembered);
        all.putAll(byHeader);
        return all;
    }
}
