package org.ariadne.reporting.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.plan.Disaggregation;
import org.ariadne.reporting.Breakdown;
import org.ariadne.reporting.ValueView;
import org.ariadne.reporting.web.PartInputs.ValueInput;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The parts of an indicator value as the report page lays them out: a grid for two dimensions (sex × age group), a
 * list for one, each box named as Spring binds it ({@code parts[SEX=FEMALE|AGE_GROUP=UNDER_18]}).
 */
@Component
class PartGrids {

    private final MessageSource messages;

    PartGrids(MessageSource messages) {
        this.messages = messages;
    }

    /** A set of parts that add up to the total: a grid of two dimensions, or a list of one. */
    record PartGroup(String title, boolean grid, List<String> columns, List<PartRow> rows) {
    }

    record PartRow(String label, List<PartCell> cells) {
    }

    record PartCell(String key, String label, String value) {

        public String name() {
            return PartInputs.partField(key);
        }
    }

    List<PartGroup> groups(Breakdown breakdown, ValueInput input, Locale locale) {
        var groups = new ArrayList<PartGroup>();
        for (var group : breakdown.groups()) {
            var title = String.join(" × ", group.dimensions().stream()
                    .map(d -> messages.getMessage(d.messageKey(), null, d.messageKey(), locale)).toList());
            if (group.dimensions().size() == 2) {
                // parts come row by row: every category of the first dimension with each of the second
                var columnsPerRow = (int) group.parts().stream()
                        .map(part -> part.categories().get(1).code()).distinct().count();
                var columns = group.parts().subList(0, columnsPerRow).stream()
                        .map(part -> category(part.categories().get(1), locale)).toList();
                var rows = new ArrayList<PartRow>();
                for (int start = 0; start < group.parts().size(); start += columnsPerRow) {
                    var rowParts = group.parts().subList(start, start + columnsPerRow);
                    var rowLabel = category(rowParts.get(0).categories().get(0), locale);
                    rows.add(new PartRow(rowLabel, rowParts.stream().map(part -> new PartCell(part.key(),
                            rowLabel + ", " + category(part.categories().get(1), locale), input.part(part.key())))
                            .toList()));
                }
                groups.add(new PartGroup(title, true, columns, rows));
            } else {
                var rows = group.parts().stream().map(part -> {
                    var label = category(part.categories().get(0), locale);
                    return new PartRow(label, List.of(new PartCell(part.key(), label, input.part(part.key()))));
                }).toList();
                groups.add(new PartGroup(title, false, List.of(), rows));
            }
        }
        return groups;
    }

    /** The saved parts in a line ("Female, Under 18: 2 · ..."), shown after a conflict. */
    String savedParts(Breakdown breakdown, ValueView value, Locale locale) {
        if (value.parts().isEmpty()) {
            return null;
        }
        var shown = new ArrayList<String>();
        for (var group : breakdown.groups()) {
            for (var part : group.parts()) {
                var amount = value.parts().get(part.key());
                if (amount != null) {
                    shown.add(String.join(", ", part.categories().stream().map(c -> category(c, locale)).toList())
                            + ": " + PartInputs.plain(amount));
                }
            }
        }
        return String.join(" · ", shown);
    }

    private String category(Breakdown.Category category, Locale locale) {
        return category.dimension() == Disaggregation.REGION ? category.code()
                : messages.getMessage(category.messageKey(), null, category.code(), locale);
    }
}
