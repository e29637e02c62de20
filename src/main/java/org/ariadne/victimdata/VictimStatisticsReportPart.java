package org.ariadne.victimdata;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.format.Formats;
import org.ariadne.documents.GovernmentReportPart;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The victim statistics of the report to the government: the year's persons and cases, re-trafficking, persons by
 * sex and age group and by form of exploitation, from the register's statistics ({@link VictimStatistics}). The report
 * is published, so every figure goes through the disclosure rule as members of the National Authority read them
 * (each key figure on its own, each table as a whole), whoever generates it. Aggregates only, never a case. The
 * register is national, not kept per plan: the plan asked for does not narrow the figures.
 */
@Component
class VictimStatisticsReportPart implements GovernmentReportPart {

    static final int ORDER = 300;

    private final VictimStatistics statistics;
    private final DisclosureControl disclosure;
    private final MessageSource messages;
    private final org.ariadne.plan.PlanParticipants planParticipants;

    VictimStatisticsReportPart(VictimStatistics statistics, DisclosureControl disclosure, MessageSource messages,
            org.ariadne.plan.PlanParticipants planParticipants) {
        this.statistics = statistics;
        this.planParticipants = planParticipants;
        this.disclosure = disclosure;
        this.messages = messages;
    }

    @Override
    public int order() {
        return ORDER;
    }

    @Override
    public List<Section> sections(long planId, int year, Locale language) {
        var texts = new MessageSourceAccessor(messages, language);
        var formats = Formats.of(language);
        var filter = StatisticsFilter.years(year, year);
        var blocks = new ArrayList<Block>();
        blocks.add(Paragraph.of(texts.getMessage("victimdata.government.intro", new Object[] {String.valueOf(year)})));
        // the plan's participant's cases only, whoever writes the report (issue 19)
        var participant = planParticipants.ofPlan(planId);
        var trend = statistics.retrafficking(filter, participant);
        var total = trend.total();
        if (total.cases().value() != null && total.cases().value() == 0) {
            blocks.add(Paragraph.of(texts.getMessage("victimdata.government.empty",
                    new Object[] {String.valueOf(year)})));
            return List.of(section(texts, blocks));
        }
        var figures = new ArrayList<List<Disclosed>>();
        figures.add(List.of(published(total.persons(), trend.exact())));
        figures.add(List.of(published(total.cases(), trend.exact())));
        figures.add(List.of(published(total.retraffickedPersons(), trend.exact())));
        figures.add(List.of(published(total.reportedBySeveral(), trend.exact())));
        blocks.add(new Subheading(texts.getMessage("victimdata.government.figures")));
        blocks.add(table(List.of(texts.getMessage("victimdata.government.column.figure"),
                texts.getMessage("victimdata.government.column.number")), List.of(
                texts.getMessage("victimdata.statistics.trend.persons"),
                texts.getMessage("victimdata.statistics.trend.cases"),
                texts.getMessage("victimdata.statistics.trend.retrafficked-persons"),
                texts.getMessage("victimdata.statistics.trend.several")), figures, formats));
        blocks.add(Paragraph.noteOf(texts.getMessage("victimdata.statistics.trend.definition")));

        var bySexAndAge = statistics.protectedCrossTable(filter,
                List.of(StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP), participant);
        blocks.add(new Subheading(texts.getMessage("victimdata.government.by-sex-age")));
        blocks.add(crossTable(bySexAndAge, texts, formats));
        var byForm = statistics.protectedCrossTable(filter, List.of(StatisticsDimension.FORM), participant);
        blocks.add(new Subheading(texts.getMessage("victimdata.government.by-form")));
        blocks.add(crossTable(byForm, texts, formats));
        blocks.add(Paragraph.noteOf(texts.getMessage("victimdata.government.note-forms")));
        blocks.add(Paragraph.noteOf(texts.getMessage("victimdata.government.note-protected")));
        if (blocks.stream().anyMatch(block -> block instanceof Table table && SuppressedCells.anyIn(table.rows()))) {
            blocks.add(Paragraph.noteOf(texts.getMessage(SuppressedCells.LEGEND,
                    new Object[] {disclosure.threshold()})));
        }
        return List.of(section(texts, blocks));
    }

    private static Section section(MessageSourceAccessor texts, List<Block> blocks) {
        return new Section("victim-statistics", texts.getMessage("victimdata.government.heading"), List.copyOf(blocks));
    }

    /** A key figure as it may be published: protected on its own, unless the statistics protected it already. */
    private Disclosed published(Disclosed figure, boolean exact) {
        return exact ? disclosure.protect(figure.value()) : figure;
    }

    /** Persons of the table's first layer by its rows (and columns), protected as one table with its totals. */
    private Table crossTable(CrossTable table, MessageSourceAccessor texts, Formats formats) {
        var header = new ArrayList<String>();
        header.add(texts.getMessage(table.rows().messageKey()));
        table.columnCategories().forEach(column -> header.add(label(table.columns(), column, texts)));
        header.add(texts.getMessage(table.columnCategories().isEmpty() ? "victimdata.statistics.persons"
                : "victimdata.statistics.total"));
        var labels = new ArrayList<String>();
        table.rowCategories().forEach(row -> labels.add(label(table.rows(), row, texts)));
        labels.add(texts.getMessage("victimdata.statistics.total"));
        return table(header, labels, persons(table), formats);
    }

    /** Each line's cells and total, then the line of totals, as they may be published. */
    private List<List<Disclosed>> persons(CrossTable table) {
        if (table.tables().isEmpty()) {
            // nothing found: the line of totals alone, a zero (no category was found, so there are no columns)
            return List.of(List.of(Disclosed.published(0)));
        }
        // the tables are protected (protectedCrossTable), with the lists and the grid together, whoever asks
        var layer = table.tables().get(0);
        var rows = new ArrayList<List<Disclosed>>();
        layer.lines().forEach(line -> rows.add(withTotal(line)));
        rows.add(withTotal(layer.totals()));
        return rows;
    }

    private static List<Disclosed> withTotal(CrossTable.Line line) {
        var cells = new ArrayList<Disclosed>();
        line.cells().forEach(cell -> cells.add(cell.persons()));
        cells.add(line.total().persons());
        return cells;
    }

    private static Table table(List<String> header, List<String> labels, List<List<Disclosed>> values,
            Formats formats) {
        var rows = new ArrayList<List<String>>();
        for (int r = 0; r < values.size(); r++) {
            var row = new ArrayList<String>();
            row.add(labels.get(r));
            values.get(r).forEach(value -> row.add(value.isSuppressed() ? SuppressedCells.MARK
                    : formats.whole(value.value())));
            rows.add(row);
        }
        var numeric = new ArrayList<Boolean>();
        for (int c = 0; c < header.size(); c++) {
            numeric.add(c > 0);
        }
        return new Table(header, rows, numeric);
    }

    private static String label(StatisticsDimension dimension, StatisticsCategory category,
            MessageSourceAccessor texts) {
        if (category.unknown()) {
            return texts.getMessage("victimdata.statistics.value.unknown");
        }
        if (dimension.coded()) {
            return texts.getMessage(dimension.valueKey(category.key()), category.key());
        }
        return category.label() == null ? category.key() : category.label();
    }
}
