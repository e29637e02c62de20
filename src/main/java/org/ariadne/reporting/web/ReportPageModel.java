package org.ariadne.reporting.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;

import org.ariadne.common.PersonNames;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.ComputedValues;
import org.ariadne.reporting.ReportChecks;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ReportingProperties;
import org.ariadne.reporting.ValueView;
import org.ariadne.reporting.web.PartInputs.ActivityInput;
import org.ariadne.reporting.web.PartInputs.ValueInput;
import org.ariadne.reporting.web.ReportView.ActivityBlock;
import org.ariadne.reporting.web.ReportView.IndicatorBlock;
import org.ariadne.reporting.web.ReportView.MissingItem;
import org.ariadne.reporting.web.ReportView.Review;
import org.ariadne.reporting.web.ReportView.ValueBlock;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns a report sheet into what the report page shows: one block per activity and per indicator value, each
 * with the values to put in its fields (as saved, or as the user typed them when a save came back), the reasons
 * next to them, and after a conflict the values someone else saved. Labels that depend on data (period names,
 * history) are written here in the user's language so that the templates stay plain.
 */
@Component
class ReportPageModel {

    static final String PAGE = "reporting/report/page";

    private final ReportTexts texts;
    private final PartGrids grids;
    private final Institutions institutions;
    private final PersonNames people;
    private final long maxEvidenceBytes;
    private final String currency;
    private final ObjectProvider<ReportChecks> checks;
    private final ObjectProvider<ComputedValues> computedValues;
    private final DisclosureControl disclosure;

    ReportPageModel(ReportTexts texts, PartGrids grids, Institutions institutions, PersonNames people,
            ReportingProperties properties, @Value("${ariadne.currency:EUR}") String currency,
            ObjectProvider<ReportChecks> checks, ObjectProvider<ComputedValues> computedValues,
            DisclosureControl disclosure) {
        this.disclosure = disclosure;
        this.checks = checks;
        this.computedValues = computedValues;
        this.texts = texts;
        this.grids = grids;
        this.institutions = institutions;
        this.people = people;
        this.maxEvidenceBytes = properties.maxEvidenceBytes();
        this.currency = currency;
    }

    // ---- building ----

    String render(Model model, ReportSheet sheet, Locale locale, PageState shown) {
        model.addAttribute("report", build(sheet, locale, shown));
        return PAGE;
    }

    ReportView build(ReportSheet sheet, Locale locale, PageState shown) {
        var user = CurrentUser.get();
        var status = sheet.status();
        var names = new HashMap<String, String>();
        UnaryOperator<String> name = username -> username == null ? "?"
                : names.computeIfAbsent(username, people::displayName);
        var activities = sheet.activities().stream().map(item -> activity(sheet, item, locale, shown, name)).toList();
        var others = sheet.otherIndicators().stream()
                .map(indicator -> indicator(indicator, null, sheet, locale, shown, name)).toList();
        var reviewing = sheet.reviewable() && status == ReportStatus.SUBMITTED;
        var typed = shown.review();
        var review = typed == null ? savedReview(sheet, null)
                : typed.activityComments() == null ? savedReview(sheet, typed.problem()) : typed;
        var dates = ReportTexts.date(sheet.period().startsOn(), locale) + " – "
                + ReportTexts.date(sheet.period().endsOn(), locale);
        return new ReportView(sheet, status, dates, ReportTexts.date(sheet.period().deadline(), locale),
                !status.isSubmitted() && texts.today().isAfter(sheet.period().deadline()),
                history(sheet, locale, name), missing(sheet, locale), sheet.requiredMissing(), activities, others,
                sheet.editable(), reviewing,
                status == ReportStatus.ACCEPTED && user.map(u -> u.has(Role.ME_OFFICER)).orElse(false),
                sources(sheet), review, shown.submitProblem(), shown.reopenProblem(),
                shown.reopenReason() == null ? "" : shown.reopenReason(), maxEvidenceBytes,
                maxEvidenceBytes / (1024 * 1024), currency, unplaced(shown, activities, others),
                warnings(sheet, locale), sheet.anySuppressed() ? disclosure.threshold() : null);
    }

    /**
     * What the data-quality checks say of the report's figures as they stand (never blocking); nothing of an indicator
     * whose values the reader sees only as {@code [c]}, since a warning names the figure.
     */
    List<ReportChecks.Warning> warnings(ReportSheet sheet, Locale locale) {
        // by indicator: a warning on one of its periods may name the figures of the others
        var suppressed = sheet.indicators().filter(i -> i.values().stream().anyMatch(ValueView::suppressed))
                .map(i -> "i-" + i.indicator().id() + "-").toList();
        return checks.orderedStream()
                .flatMap(check -> check.warnings(sheet.period().id(), sheet.institutionId(), locale).stream())
                .filter(warning -> suppressed.stream().noneMatch(prefix -> warning.anchor().startsWith(prefix)))
                .toList();
    }

    /** The comments of the last return stay on the entries; the reviewer starts from them. */
    private static Review savedReview(ReportSheet sheet, String problem) {
        var comments = new HashMap<Long, String>();
        sheet.activities().forEach(a -> {
            if (a.entry().reviewerComment() != null) {
                comments.put(a.activity().id(), a.entry().reviewerComment());
            }
        });
        return new Review("", comments, problem);
    }

    /** A refusal about a part that is not on the page (an address made by hand) is still said, at the top. */
    private static List<String> unplaced(PageState shown, List<ActivityBlock> activities, List<IndicatorBlock> others) {
        if (shown.anchor() == null || shown.state().message() == null || shown.anchor().startsWith("e-")) {
            return List.of();
        }
        var anchors = new HashSet<String>();
        activities.forEach(a -> {
            anchors.add(a.anchor());
            a.indicators().forEach(i -> i.values().forEach(v -> anchors.add(v.anchor())));
        });
        others.forEach(i -> i.values().forEach(v -> anchors.add(v.anchor())));
        return anchors.contains(shown.anchor()) ? List.of() : List.of(shown.state().message());
    }

    private ActivityBlock activity(ReportSheet sheet, ReportSheet.SheetActivity item, Locale locale, PageState shown,
            UnaryOperator<String> name) {
        var id = item.activity().id();
        var anchor = "a-" + id;
        var typed = shown.at(anchor) && shown.input() instanceof ActivityInput input ? input : null;
        var form = typed != null ? typed : ActivityInput.of(item.entry());
        var revision = shown.at(anchor) && shown.revision() != null ? shown.revision() : item.entry().version();
        var indicators = item.indicators().stream()
                .map(i -> indicator(i, item.activity().frequency(), sheet, locale, shown, name)).toList();
        return new ActivityBlock(item, anchor, revision, form, form.linesWithBlank(), shown.stateAt(anchor),
                lastSaved(item.entry().updatedAt(), item.entry().updatedBy(), locale, name),
                spending(item.entry(), locale), sheet.evidenceFor(id), shown.stateAt("e-" + id), indicators);
    }

    private IndicatorBlock indicator(ReportSheet.SheetIndicator item, Frequency activityFrequency, ReportSheet sheet,
            Locale locale, PageState shown, UnaryOperator<String> name) {
        var indicator = item.indicator();
        var values = item.values().stream().map(value -> value(item, value, sheet.editable(), locale, shown, name))
                .toList();
        var frequency = indicator.frequency() != null ? indicator.frequency() : activityFrequency;
        var notDue = values.isEmpty() && frequency != null
                ? texts.text("reporting.report.not-due." + frequency.name().toLowerCase(Locale.ROOT), locale,
                        NextCollection.after(frequency, sheet.period().endsOn(), locale))
                : null;
        return new IndicatorBlock(item, item.ownerCode(), baseline(indicator, locale),
                target(indicator, sheet.period().endsOn().getYear(), locale), indicator.type().messageKey(), values,
                notDue);
    }

    private ValueBlock value(ReportSheet.SheetIndicator item, ValueView value, boolean editable, Locale locale,
            PageState shown, UnaryOperator<String> name) {
        var anchor = "i-" + item.indicator().id() + "-" + value.startsOn();
        var typed = shown.at(anchor) && shown.input() instanceof ValueInput input ? input : null;
        var computed = computedValues.orderedStream()
                .flatMap(port -> port.computed(item.indicator().id(), value.startsOn(), value.endsOn(), locale).stream())
                .findFirst().orElse(null);
        var form = typed != null ? typed
                : computed != null && editable && value.isEmpty() ? prefilled(item, computed) : ValueInput.of(value);
        var revision = shown.at(anchor) && shown.revision() != null ? shown.revision() : value.version();
        return new ValueBlock(value, item.indicator().id(), anchor,
                ReportTexts.span(value.startsOn(), value.endsOn(), locale), revision, form,
                grids.groups(item.breakdown(), form, locale), shown.stateAt(anchor),
                lastSaved(value.updatedAt(), value.updatedBy(), locale, name),
                grids.savedParts(item.breakdown(), value, locale), computed == null ? null : computed.source());
    }

    /**
     * An empty value offered a figure computed by another module (the training register): its total, its parts where
     * the report breaks the indicator down the same way, and its source as the note, which stays with the value the
     * institution saves and the office accepts.
     */
    private static ValueInput prefilled(ReportSheet.SheetIndicator item, ComputedValues.Computed computed) {
        var parts = new java.util.TreeMap<String, String>();
        for (var group : item.breakdown().groups()) {
            var keys = group.parts().stream().map(part -> part.key()).toList();
            if (computed.parts().keySet().containsAll(keys)) {
                keys.forEach(key -> parts.put(key, PartInputs.plain(computed.parts().get(key))));
            }
        }
        return new ValueInput(PartInputs.plain(computed.total()), null, null, parts, computed.source());
    }

    /** The funds spent as saved, one line per source: "Donor · EU Delegation · 1200". */
    private List<String> spending(ActivityEntryView entry, Locale locale) {
        var directory = institutions.directory();
        return entry.spending().stream().map(line -> {
            var parts = new ArrayList<String>();
            parts.add(texts.text((line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind()).messageKey(),
                    locale));
            if (line.sourceInstitutionId() != null) {
                parts.add(Objects.requireNonNullElse(directory.nameOf(line.sourceInstitutionId()),
                        "#" + line.sourceInstitutionId()));
            }
            parts.add(PartInputs.plain(line.amount()) + " " + currency);
            return String.join(" · ", parts);
        }).toList();
    }

    private List<InstitutionView> sources(ReportSheet sheet) {
        if (!sheet.editable()) {
            return List.of();
        }
        var used = sheet.activities().stream().flatMap(a -> a.entry().spending().stream())
                .map(line -> line.sourceInstitutionId()).filter(Objects::nonNull).toList();
        return institutions.directory().all().stream()
                .filter(institution -> institution.active() || used.contains(institution.id())).toList();
    }

    private List<MissingItem> missing(ReportSheet sheet, Locale locale) {
        return sheet.missing().stream().map(missing -> new MissingItem(missing.anchor(),
                switch (missing.kind()) {
                    case STATUS -> texts.text("reporting.report.missing.status", locale, missing.code(),
                            missing.label());
                    case VALUE -> texts.text("reporting.report.missing.value", locale, missing.code(),
                            missing.label(), missingSpan(sheet, missing.anchor(), locale));
                }, missing.required())).toList();
    }

    /** The collection period a missing value is for, found from its anchor ("i-12-2026-01-01"). */
    private static String missingSpan(ReportSheet sheet, String anchor, Locale locale) {
        return sheet.indicators().flatMap(i -> i.values().stream()
                        .filter(v -> anchor.equals("i-" + i.indicator().id() + "-" + v.startsOn())))
                .findFirst().map(v -> ReportTexts.span(v.startsOn(), v.endsOn(), locale)).orElse("");
    }

    private List<String> history(ReportSheet sheet, Locale locale, UnaryOperator<String> name) {
        var header = sheet.report();
        var lines = new ArrayList<String>();
        if (header == null) {
            return lines;
        }
        if (header.submittedAt() != null) {
            lines.add(texts.text("reporting.report.history.submitted", locale, name.apply(header.submittedBy()),
                    ReportTexts.dateTime(header.submittedAt(), locale)));
        }
        if (header.firstSubmittedAt() != null && !header.firstSubmittedAt().equals(header.submittedAt())) {
            lines.add(texts.text("reporting.report.history.first-submitted", locale,
                    ReportTexts.dateTime(header.firstSubmittedAt(), locale)));
        }
        if (header.returnedAt() != null) {
            lines.add(texts.text("reporting.report.history.returned", locale, name.apply(header.returnedBy()),
                    ReportTexts.dateTime(header.returnedAt(), locale), header.timesReturned()));
        }
        if (header.acceptedAt() != null) {
            lines.add(texts.text("reporting.report.history.accepted", locale, name.apply(header.acceptedBy()),
                    ReportTexts.dateTime(header.acceptedAt(), locale)));
        }
        if (header.reopenedAt() != null) {
            lines.add(texts.text("reporting.report.history.reopened", locale, name.apply(header.reopenedBy()),
                    ReportTexts.dateTime(header.reopenedAt(), locale), Objects.toString(header.reopenReason(), "")));
        }
        return lines;
    }

    private String baseline(IndicatorView indicator, Locale locale) {
        if (indicator.baselineValue() == null) {
            return texts.text("reporting.report.no-baseline", locale);
        }
        var value = PartInputs.plain(indicator.baselineValue());
        return indicator.baselineYear() == null ? value : value + " (" + indicator.baselineYear() + ")";
    }

    /** The target for the year the period ends in, and the final target. */
    private String target(IndicatorView indicator, int year, Locale locale) {
        var parts = new ArrayList<String>();
        var thisYear = indicator.yearTargets().get(year);
        if (thisYear != null) {
            parts.add(texts.text("reporting.report.target-year", locale, Integer.toString(year),
                    PartInputs.plain(thisYear)));
        }
        if (indicator.targetValue() != null) {
            var value = PartInputs.plain(indicator.targetValue());
            parts.add(texts.text("reporting.report.target-final", locale,
                    indicator.targetYear() == null ? value : value + " (" + indicator.targetYear() + ")"));
        }
        return parts.isEmpty() ? texts.text("reporting.report.no-target", locale) : String.join(" · ", parts);
    }

    private String lastSaved(LocalDateTime at, String by, Locale locale, UnaryOperator<String> name) {
        if (at == null) {
            return null;
        }
        return texts.text("reporting.report.last-saved", locale, ReportTexts.dateTime(at, locale), name.apply(by));
    }

    // ---- texts, for the controllers that show the page's messages ----

    String text(String key, Locale locale, Object... arguments) {
        return texts.text(key, locale, arguments);
    }

    /** The collection period in which an indicator not due in this report is next due: "2017-H1", "2017". */
    static final class NextCollection {

        private NextCollection() {
        }

        static String after(Frequency frequency, LocalDate periodEnd, Locale locale) {
            int months = switch (frequency) {
                case MONTHLY -> 1;
                case BI_MONTHLY -> 2;
                case QUARTERLY -> 3;
                case HALF_YEARLY -> 6;
                case YEARLY -> 12;
            };
            // collection periods are aligned on the calendar year; the one holding the period's end is due next
            int index = (periodEnd.getMonthValue() - 1) / months;
            var start = LocalDate.of(periodEnd.getYear(), index * months + 1, 1);
            var end = start.plusMonths(months).minusDays(1);
            return switch (frequency) {
                case YEARLY -> Integer.toString(start.getYear());
                case HALF_YEARLY -> start.getYear() + "-H" + (index + 1);
                case QUARTERLY -> start.getYear() + "-Q" + (index + 1);
                default -> ReportTexts.span(start, end, locale);
            };
        }
    }
}
