package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.ariadne.common.PersonNames;
import org.ariadne.common.format.Formats;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.documents.ReportContent;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Table;
import org.ariadne.documents.ReportWriters;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A year's operational plan as files, in the reader's language: Word and PDF written by the annual report's writers
 * from one content (so both say the same), and an Excel workbook of every line with its decision. Made on request:
 * an operational plan is small, and an approved one does not change.
 */
@Service
@PreAuthorize(OperationalPlans.READERS)
@Transactional(readOnly = true)
public class OperationalPlanFiles {

    private final OperationalPlans operationalPlans;
    private final Plans plans;
    private final Institutions institutions;
    private final PersonNames people;
    private final MessageSource messages;
    private final Clock clock;
    private final String currency;

    OperationalPlanFiles(OperationalPlans operationalPlans, Plans plans, Institutions institutions, PersonNames people,
            MessageSource messages, Clock clock, @Value("${ariadne.currency:EUR}") String currency) {
        this.operationalPlans = operationalPlans;
        this.plans = plans;
        this.institutions = institutions;
        this.people = people;
        this.messages = messages;
        this.clock = clock;
        this.currency = currency;
    }

    public byte[] docx(long planId, int year, Locale locale) {
        return ReportWriters.docx(content(planId, year, locale));
    }

    public byte[] pdf(long planId, int year, Locale locale) {
        return ReportWriters.pdf(content(planId, year, locale));
    }

    /** The file name without its extension, in the reader's language ("Operational plan 2017"). */
    public String fileStem(int year, Locale locale) {
        return messages.getMessage("operationalplan.file", new Object[] {String.valueOf(year)}, locale);
    }

    /** Every line with the plan's data and the officer's decision, numbers and dates as cells of their own type. */
    public byte[] xlsx(long planId, int year, Locale locale) {
        var op = operationalPlans.get(planId, year);
        var directory = institutions.directory();
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text(locale, "operationalplan.sheet", year)).header(List.of(
                    text(locale, "operationalplan.column.kind"), text(locale, "operationalplan.column.decision"),
                    text(locale, "operationalplan.column.objective"), text(locale, "operationalplan.column.code"),
                    text(locale, "operationalplan.column.activity"), text(locale, "operationalplan.column.lead"),
                    text(locale, "operationalplan.column.supporting"), text(locale, "operationalplan.column.start"),
                    text(locale, "operationalplan.column.end"), text(locale, "operationalplan.column.new-end"),
                    text(locale, "operationalplan.column.status"), text(locale, "operationalplan.column.targets"),
                    text(locale, "operationalplan.column.planned-budget"),
                    text(locale, "operationalplan.column.year-budget"), text(locale, "operationalplan.column.currency"),
                    text(locale, "operationalplan.column.reason"), text(locale, "operationalplan.column.target-note"),
                    text(locale, "operationalplan.column.budget-note")));
            for (var line : op.lines()) {
                var row = new ArrayList<Object>();
                row.add(text(locale, line.kind().messageKey()));
                row.add(text(locale, line.decision().messageKey()));
                row.add(line.objectiveCode());
                row.add(line.code());
                row.add(line.title());
                row.add(name(directory, line.leadInstitutionId()));
                row.add(supporting(directory, line));
                row.add(line.continuous() ? text(locale, "operationalplan.continuous") : line.startDate());
                row.add(line.continuous() ? null : line.endDate());
                row.add(line.newEndDate());
                row.add(line.status() == null ? null : text(locale, line.status().messageKey()));
                row.add(String.join("\n", line.yearTargets()));
                row.add(line.plannedBudget());
                row.add(line.decision().inTheYear() ? line.yearBudget() : null);
                row.add(line.currency() == null ? currency : line.currency());
                row.add(line.reason());
                row.add(line.targetNote());
                row.add(line.budgetNote());
                xlsx.row(row);
            }
            return xlsx.toBytes();
        }
    }

    ReportContent content(long planId, int year, Locale locale) {
        var plan = plans.header(planId);
        var op = operationalPlans.get(planId, year);
        var directory = institutions.directory();
        var formats = Formats.of(locale);
        var sections = new ArrayList<Section>();
        sections.add(summary(op, plan, locale, formats));
        sections.add(due(op, directory, locale, formats));
        sections.add(carried(op, directory, locale, formats));
        sections.add(leftOut(op, locale));
        var title = text(locale, "operationalplan.document.title", year);
        var front = new ArrayList<String>();
        front.add(text(locale, "operationalplan.document.plan", plan.title(), plan.startYear() + "\u2013" + plan.endYear()));
        front.add(op.approved()
                ? text(locale, "operationalplan.document.approved", people.displayName(op.approvedBy()),
                        formats.date(op.approvedAt().toLocalDate()))
                : text(locale, "operationalplan.document.draft"));
        front.add(text(locale, "operationalplan.document.made", formats.date(LocalDate.now(clock))));
        return new ReportContent(title, plan.title(), locale, front, text(locale, "documents.contents"),
                text(locale, "documents.page"), text(locale, "documents.page-of"), sections);
    }

    private Section summary(OperationalPlanView op, PlanHeader plan, Locale locale, Formats formats) {
        var blocks = new ArrayList<Block>();
        long included = op.due().stream().filter(l -> l.decision().inTheYear()).count();
        long accepted = op.carryOvers().stream().filter(l -> l.decision().inTheYear()).count();
        long notIn = op.lines().size() - included - accepted - op.undecided();
        blocks.add(Paragraph.of(text(locale, "operationalplan.document.summary", op.year(), included, accepted,
                op.year() - 1, notIn)));
        var shared = op.currency(currency);
        if (shared != null) {
            blocks.add(Paragraph.of(text(locale, "operationalplan.document.budget", op.year(),
                    formats.money(op.totalBudget(), shared))));
        }
        if (op.undecided() > 0) {
            blocks.add(Paragraph.of(text(locale, "operationalplan.document.undecided", op.undecided())));
        }
        if (op.reopenReason() != null) {
            blocks.add(Paragraph.noteOf(text(locale, "operationalplan.document.reopened", op.reopenReason())));
        }
        return new Section("summary", text(locale, "operationalplan.document.summary-heading"), blocks);
    }

    private Section due(OperationalPlanView op, InstitutionDirectory directory, Locale locale, Formats formats) {
        var rows = new ArrayList<List<String>>();
        for (var line : op.due()) {
            if (line.decision().inTheYear()) {
                rows.add(List.of(line.code(), line.title(), name(directory, line.leadInstitutionId()),
                        supporting(directory, line), timeline(line, locale, formats),
                        join(line.yearTargets(), line.targetNote()), money(line.yearBudget(), line, formats),
                        Objects.toString(line.budgetNote(), "")));
            }
        }
        List<Block> blocks = rows.isEmpty() ? List.of(Paragraph.of(text(locale, "operationalplan.document.none")))
                : List.of(new Table(List.of(text(locale, "operationalplan.column.code"),
                        text(locale, "operationalplan.column.activity"), text(locale, "operationalplan.column.lead"),
                        text(locale, "operationalplan.column.supporting"),
                        text(locale, "operationalplan.column.timeline"), text(locale, "operationalplan.column.targets"),
                        text(locale, "operationalplan.column.year-budget"),
                        text(locale, "operationalplan.column.budget-note")),
                        rows, List.of(false, false, false, false, false, false, true, false), true));
        return new Section("due", text(locale, "operationalplan.document.due-heading", op.year()), blocks);
    }

    private Section carried(OperationalPlanView op, InstitutionDirectory directory, Locale locale, Formats formats) {
        var rows = new ArrayList<List<String>>();
        for (var line : op.carryOvers()) {
            if (line.decision().inTheYear()) {
                rows.add(List.of(line.code(), line.title(), name(directory, line.leadInstitutionId()),
                        line.endDate() == null ? "" : formats.date(line.endDate()), formats.date(line.newEndDate()),
                        line.reason(), money(line.yearBudget(), line, formats)));
            }
        }
        List<Block> blocks = rows.isEmpty() ? List.of(Paragraph.of(text(locale, "operationalplan.document.none")))
                : List.of(new Table(List.of(text(locale, "operationalplan.column.code"),
                        text(locale, "operationalplan.column.activity"), text(locale, "operationalplan.column.lead"),
                        text(locale, "operationalplan.column.end"), text(locale, "operationalplan.column.new-end"),
                        text(locale, "operationalplan.column.reason"), text(locale, "operationalplan.column.year-budget")),
                        rows, List.of(false, false, false, false, false, false, true), true));
        return new Section("carried", text(locale, "operationalplan.document.carried-heading", op.year() - 1), blocks);
    }

    private Section leftOut(OperationalPlanView op, Locale locale) {
        var rows = new ArrayList<List<String>>();
        for (var line : op.lines()) {
            if (!line.decision().inTheYear()) {
                rows.add(List.of(line.code(), line.title(), text(locale, line.decision().messageKey()),
                        Objects.toString(line.reason(), "")));
            }
        }
        List<Block> blocks = rows.isEmpty() ? List.of(Paragraph.of(text(locale, "operationalplan.document.none")))
                : List.of(new Table(List.of(text(locale, "operationalplan.column.code"),
                        text(locale, "operationalplan.column.activity"), text(locale, "operationalplan.column.decision"),
                        text(locale, "operationalplan.column.reason")), rows, List.of(false, false, false, false), true));
        return new Section("left-out", text(locale, "operationalplan.document.left-out-heading"), blocks);
    }

    private String timeline(LineView line, Locale locale, Formats formats) {
        if (line.continuous()) {
            return text(locale, "operationalplan.continuous");
        }
        if (line.startDate() == null && line.endDate() == null) {
            return text(locale, "operationalplan.no-dates");
        }
        return (line.startDate() == null ? "" : formats.date(line.startDate())) + " \u2013 "
                + (line.endDate() == null ? "" : formats.date(line.endDate()));
    }

    private String money(BigDecimal amount, LineView line, Formats formats) {
        return amount == null ? "" : formats.money(amount, line.currency() == null ? currency : line.currency());
    }

    private static String join(List<String> targets, String note) {
        var all = new ArrayList<>(targets);
        if (note != null) {
            all.add(note);
        }
        return String.join("\n", all);
    }

    static String name(InstitutionDirectory directory, Long id) {
        return id == null ? "" : directory.nameOf(id);
    }

    static String supporting(InstitutionDirectory directory, LineView line) {
        return String.join("; ", line.supportingInstitutionIds().stream().map(directory::nameOf).toList());
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
