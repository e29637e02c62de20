package org.ariadne.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.ariadne.common.ConflictException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.UserFacingException;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.Breakdown;
import org.ariadne.reporting.EvidenceView;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportingProperties;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ValueView;
import org.ariadne.reporting.web.ReportForms.ActivityForm;
import org.ariadne.reporting.web.ReportForms.SpendingLine;
import org.ariadne.reporting.web.ReportForms.ValueForm;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Turns a report sheet into what the report page shows: one block per activity and per indicator value, each
 * with the values to put in its fields (as saved, or as the user typed them when a save was refused), the
 * problems next to them, and after a conflict the values someone else saved. Labels that depend on data (period
 * names, categories, history) are written here in the user's language so that the templates stay plain.
 */
@Component
class ReportPageModel {

    static final String PAGE = "reporting/report/page";

    private final MessageSource messages;
    private final Institutions institutions;
    private final PersonNames people;
    private final Clock clock;
    private final long maxEvidenceBytes;
    private final String currency;

    ReportPageModel(MessageSource messages, Institutions institutions, PersonNames people, Clock clock,
            ReportingProperties properties, @Value("${ariadne.currency:EUR}") String currency) {
        this.currency = currency;
        this.messages = messages;
        this.institutions = institutions;
        this.people = people;
        this.clock = clock;
        this.maxEvidenceBytes = properties.maxEvidenceBytes();
    }

    // ---- what the templates read ----

    record ReportView(ReportSheet sheet, ReportStatus status, String periodDates, String deadline, boolean overdue, List<String> history,
            List<MissingItem> missing, long requiredMissing, List<ActivityBlock> activities,
            List<IndicatorBlock> others, boolean editable, boolean reviewing, boolean canReopen,
            List<InstitutionView> sources, Review review, String submitProblem, String reopenProblem,
            String reopenReason, long maxEvidenceBytes, long maxEvidenceMegabytes, String currency,
            List<String> unplaced) {

        public String key() {
            return sheet.period().id() + ":" + sheet.institutionId();
        }

        public String base() {
            return "/reporting/" + sheet.period().id() + "/institutions/" + sheet.institutionId();
        }

        public ActivityStatus[] statuses() {
            return ActivityStatus.values();
        }

        public FundingSourceKind[] fundingKinds() {
            return FundingSourceKind.values();
        }

        public boolean hasProblems() {
            return activities.stream().anyMatch(ActivityBlock::hasProblem)
                    || indicators().anyMatch(value -> value.hasProblem());
        }

        /** The first block whose save was refused, for the link at the top of the page. */
        public String firstProblem() {
            return activities.stream().filter(ActivityBlock::hasProblem).map(ActivityBlock::anchor).findFirst()
                    .or(() -> indicators().filter(ValueBlock::hasProblem).map(ValueBlock::anchor).findFirst())
                    .orElse(null);
        }

        /** The block of an activity or an indicator value by its anchor, or null. */
        public ActivityBlock activityBlock(String anchor) {
            return activities.stream().filter(block -> block.anchor().equals(anchor)).findFirst().orElse(null);
        }

        public ValueBlock valueBlock(String anchor) {
            return indicators().filter(block -> block.anchor().equals(anchor)).findFirst().orElse(null);
        }

        public IndicatorBlock indicatorOf(String anchor) {
            return java.util.stream.Stream.concat(activities.stream().flatMap(a -> a.indicators().stream()),
                    others.stream()).filter(i -> i.values().stream().anyMatch(v -> v.anchor().equals(anchor)))
                    .findFirst().orElse(null);
        }

        private java.util.stream.Stream<ValueBlock> indicators() {
            return java.util.stream.Stream.concat(activities.stream().flatMap(a -> a.indicators().stream()),
                    others.stream()).flatMap(i -> i.values().stream());
        }
    }

    record MissingItem(String anchor, String text, boolean required) {
    }

    /** The review form: the overall comment and one per activity, kept as typed when a return is refused. */
    record Review(String comment, Map<Long, String> activityComments, String problem) {

        public String commentFor(long activityId) {
            return activityComments.get(activityId);
        }
    }

    record ActivityBlock(ReportSheet.SheetActivity item, String anchor, int revision, ActivityForm form,
            List<SpendingLine> lines, Map<String, String> errors, String message, boolean problem, String conflict,
            String lastSaved, List<String> savedSpending, List<EvidenceView> evidence, String evidenceMessage,
            boolean evidenceProblem, List<IndicatorBlock> indicators) {

        public long id() {
            return item.activity().id();
        }

        public ActivityEntryView saved() {
            return item.entry();
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasProblem() {
            return problem || conflict != null;
        }
    }

    record IndicatorBlock(ReportSheet.SheetIndicator item, String ownerCode, String baseline, String target,
            String typeKey, List<ValueBlock> values) {

        public IndicatorView indicator() {
            return item.indicator();
        }

        public boolean percentage() {
            return indicator().type() == IndicatorType.PERCENTAGE;
        }

        public boolean yesNo() {
            return indicator().type() == IndicatorType.YES_NO;
        }

        public String scale() {
            var i = indicator();
            if (i.type() != IndicatorType.SCALE || (i.scaleMin() == null && i.scaleMax() == null)) {
                return null;
            }
            return Objects.toString(ReportForms.plain(i.scaleMin()), "…") + " – "
                    + Objects.toString(ReportForms.plain(i.scaleMax()), "…");
        }
    }

    record ValueBlock(ValueView saved, long indicatorId, String anchor, String label, int revision, ValueForm form,
            List<PartGroup> groups, Map<String, String> errors, String message, boolean problem, String conflict,
            String lastSaved, String savedParts) {

        public String action() {
            return "/indicators/" + indicatorId + "/" + saved.startsOn();
        }

        public String savedTotal() {
            return ReportForms.plain(saved.total());
        }

        public String savedNumerator() {
            return ReportForms.plain(saved.numerator());
        }

        public String savedDenominator() {
            return ReportForms.plain(saved.denominator());
        }

        public String error(String field) {
            return errors.get(field);
        }

        public boolean hasProblem() {
            return problem || conflict != null;
        }

        /** The part errors, which are shown under the grid rather than in each small cell. */
        public List<String> partErrors() {
            return errors.entrySet().stream().filter(e -> e.getKey().startsWith(ReportForms.PART_PREFIX))
                    .map(Map.Entry::getValue).distinct().toList();
        }
    }

    /** A set of parts that add up to the total: a grid of two dimensions, or a list of one. */
    record PartGroup(String title, boolean grid, List<String> columns, List<PartRow> rows) {
    }

    record PartRow(String label, List<PartCell> cells) {
    }

    record PartCell(String key, String label, String value) {

        public String name() {
            return ReportForms.PART_PREFIX + key;
        }
    }

    /** What a refused or conflicting save puts back on the page for one block. */
    record BlockInput(String anchor, Object form, Map<String, String> errors, String message, boolean problem,
            Integer revision, String conflict) {

        static BlockInput notice(String anchor, String message) {
            return new BlockInput(anchor, null, Map.of(), message, false, null, null);
        }
    }

    /** Everything that overrides what the sheet says, for one rendering of the page. */
    static final class Overrides {
        /** Full names, looked up once per page rather than once per part. */
        final Map<String, String> names = new HashMap<>();
        final Map<String, BlockInput> blocks = new HashMap<>();
        final Map<Long, String> evidenceMessages = new HashMap<>();
        final Map<Long, Boolean> evidenceProblems = new HashMap<>();
        Review review;
        String reviewProblem;
        String submitProblem;
        String reopenProblem;
        String reopenReason;

        Overrides block(BlockInput input) {
            blocks.put(input.anchor(), input);
            return this;
        }
    }

    // ---- building ----

    String render(Model model, ReportSheet sheet, Locale locale, Overrides overrides) {
        model.addAttribute("report", build(sheet, locale, overrides));
        return PAGE;
    }

    ReportView build(ReportSheet sheet, Locale locale, Overrides overrides) {
        var user = CurrentUser.get();
        var status = sheet.status();
        var today = LocalDate.now(clock);
        var activities = sheet.activities().stream().map(item -> activity(sheet, item, locale, overrides)).toList();
        var others = sheet.otherIndicators().stream()
                .map(indicator -> indicator(indicator, sheet, locale, overrides)).toList();
        var reviewing = sheet.reviewable() && status == ReportStatus.SUBMITTED;
        var typed = overrides.review;
        if (typed == null) {
            // the comments of the last return stay on the entries; the reviewer starts from them
            var comments = new HashMap<Long, String>();
            sheet.activities().forEach(a -> {
                if (a.entry().reviewerComment() != null) {
                    comments.put(a.activity().id(), a.entry().reviewerComment());
                }
            });
            typed = new Review("", comments, null);
        }
        var review = new Review(typed.comment(), typed.activityComments(), overrides.reviewProblem);
        var dates = date(sheet.period().startsOn(), locale) + " – " + date(sheet.period().endsOn(), locale);
        // a refusal about a part that is not on the page (an address made by hand) is still said, at the top
        var anchors = new java.util.HashSet<String>();
        activities.forEach(a -> {
            anchors.add(a.anchor());
            a.indicators().forEach(i -> i.values().forEach(v -> anchors.add(v.anchor())));
        });
        others.forEach(i -> i.values().forEach(v -> anchors.add(v.anchor())));
        var unplaced = overrides.blocks.values().stream()
                .filter(input -> !anchors.contains(input.anchor()) && input.message() != null)
                .map(BlockInput::message).toList();
        return new ReportView(sheet, status, dates, date(sheet.period().deadline(), locale),
                !status.isSubmitted() && today.isAfter(sheet.period().deadline()), history(sheet, locale, overrides),
                missing(sheet, locale), sheet.requiredMissing(), activities, others, sheet.editable(), reviewing,
                status == ReportStatus.ACCEPTED && user.map(u -> u.has(Role.ME_OFFICER)).orElse(false),
                sources(sheet), review, overrides.submitProblem, overrides.reopenProblem,
                overrides.reopenReason == null ? "" : overrides.reopenReason, maxEvidenceBytes,
                maxEvidenceBytes / (1024 * 1024), currency, unplaced);
    }

    private ActivityBlock activity(ReportSheet sheet, ReportSheet.SheetActivity item, Locale locale,
            Overrides overrides) {
        var id = item.activity().id();
        var anchor = "a-" + id;
        var input = overrides.blocks.get(anchor);
        var form = input != null && input.form() instanceof ActivityForm typed ? typed : ActivityForm.of(item.entry());
        var revision = input != null && input.revision() != null ? input.revision() : item.entry().version();
        var indicators = item.indicators().stream().map(i -> indicator(i, sheet, locale, overrides)).toList();
        return new ActivityBlock(item, anchor, revision, form, form.linesWithBlank(),
                input == null ? Map.of() : input.errors(), input == null ? null : input.message(),
                input != null && input.problem(), input == null ? null : input.conflict(),
                lastSaved(item.entry().updatedAt(), item.entry().updatedBy(), locale, overrides), spending(item.entry(), locale),
                sheet.evidenceFor(id),
                overrides.evidenceMessages.get(id), overrides.evidenceProblems.getOrDefault(id, false), indicators);
    }

    private IndicatorBlock indicator(ReportSheet.SheetIndicator item, ReportSheet sheet, Locale locale,
            Overrides overrides) {
        var indicator = item.indicator();
        var values = item.values().stream().map(value -> value(item, value, locale, overrides)).toList();
        return new IndicatorBlock(item, item.ownerCode(), baseline(indicator, locale),
                target(indicator, sheet.period().endsOn().getYear(), locale), indicator.type().messageKey(), values);
    }

    private ValueBlock value(ReportSheet.SheetIndicator item, ValueView value, Locale locale, Overrides overrides) {
        var anchor = "i-" + item.indicator().id() + "-" + value.startsOn();
        var input = overrides.blocks.get(anchor);
        var form = input != null && input.form() instanceof ValueForm typed ? typed : ValueForm.of(value);
        var revision = input != null && input.revision() != null ? input.revision() : value.version();
        return new ValueBlock(value, item.indicator().id(), anchor, span(value.startsOn(), value.endsOn(), locale),
                revision, form, groups(item.breakdown(), form, locale), input == null ? Map.of() : input.errors(),
                input == null ? null : input.message(), input != null && input.problem(),
                input == null ? null : input.conflict(), lastSaved(value.updatedAt(), value.updatedBy(), locale, overrides),
                savedParts(item.breakdown(), value, locale));
    }

    private List<PartGroup> groups(Breakdown breakdown, ValueForm form, Locale locale) {
        var groups = new ArrayList<PartGroup>();
        for (var group : breakdown.groups()) {
            var title = String.join(" × ", group.dimensions().stream()
                    .map(d -> text(d.messageKey(), locale)).toList());
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
                            rowLabel + ", " + category(part.categories().get(1), locale), form.part(part.key())))
                            .toList()));
                }
                groups.add(new PartGroup(title, true, columns, rows));
            } else {
                var rows = group.parts().stream().map(part -> {
                    var label = category(part.categories().get(0), locale);
                    return new PartRow(label, List.of(new PartCell(part.key(), label, form.part(part.key()))));
                }).toList();
                groups.add(new PartGroup(title, false, List.of(), rows));
            }
        }
        return groups;
    }

    /** The funds spent as saved, one line per source: "Donor · EU Delegation · 1200". */
    private List<String> spending(ActivityEntryView entry, Locale locale) {
        var directory = institutions.directory();
        return entry.spending().stream().map(line -> {
            var parts = new ArrayList<String>();
            parts.add(text((line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind()).messageKey(), locale));
            if (line.sourceInstitutionId() != null) {
                parts.add(Objects.requireNonNullElse(directory.nameOf(line.sourceInstitutionId()),
                        "#" + line.sourceInstitutionId()));
            }
            parts.add(ReportForms.plain(line.amount()) + " " + currency);
            return String.join(" · ", parts);
        }).toList();
    }

    /** The saved parts in a line ("Female, Under 18: 2 · ..."), shown after a conflict. */
    private String savedParts(Breakdown breakdown, ValueView value, Locale locale) {
        if (value.parts().isEmpty()) {
            return null;
        }
        var shown = new ArrayList<String>();
        for (var group : breakdown.groups()) {
            for (var part : group.parts()) {
                var amount = value.parts().get(part.key());
                if (amount != null) {
                    shown.add(String.join(", ", part.categories().stream().map(c -> category(c, locale)).toList())
                            + ": " + ReportForms.plain(amount));
                }
            }
        }
        return String.join(" · ", shown);
    }

    private String category(Breakdown.Category category, Locale locale) {
        return category.dimension() == Disaggregation.REGION ? category.code()
                : messages.getMessage(category.messageKey(), null, category.code(), locale);
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
                    case STATUS -> text("reporting.report.missing.status", locale, missing.code(), missing.label());
                    case VALUE -> text("reporting.report.missing.value", locale, missing.code(), missing.label(),
                            missingSpan(sheet, missing.anchor(), locale));
                }, missing.required())).toList();
    }

    /** The collection period a missing value is for, found from its anchor ("i-12-2026-01-01"). */
    private String missingSpan(ReportSheet sheet, String anchor, Locale locale) {
        return sheet.indicators().flatMap(i -> i.values().stream()
                        .filter(v -> anchor.equals("i-" + i.indicator().id() + "-" + v.startsOn())))
                .findFirst().map(v -> span(v.startsOn(), v.endsOn(), locale)).orElse("");
    }

    private List<String> history(ReportSheet sheet, Locale locale, Overrides overrides) {
        var header = sheet.report();
        var lines = new ArrayList<String>();
        if (header == null) {
            return lines;
        }
        if (header.submittedAt() != null) {
            lines.add(text("reporting.report.history.submitted", locale, name(header.submittedBy(), overrides),
                    dateTime(header.submittedAt(), locale)));
        }
        if (header.firstSubmittedAt() != null && !header.firstSubmittedAt().equals(header.submittedAt())) {
            lines.add(text("reporting.report.history.first-submitted", locale,
                    dateTime(header.firstSubmittedAt(), locale)));
        }
        if (header.returnedAt() != null) {
            lines.add(text("reporting.report.history.returned", locale, name(header.returnedBy(), overrides),
                    dateTime(header.returnedAt(), locale), header.timesReturned()));
        }
        if (header.acceptedAt() != null) {
            lines.add(text("reporting.report.history.accepted", locale, name(header.acceptedBy(), overrides),
                    dateTime(header.acceptedAt(), locale)));
        }
        if (header.reopenedAt() != null) {
            lines.add(text("reporting.report.history.reopened", locale, name(header.reopenedBy(), overrides),
                    dateTime(header.reopenedAt(), locale), Objects.toString(header.reopenReason(), "")));
        }
        return lines;
    }

    private String baseline(IndicatorView indicator, Locale locale) {
        if (indicator.baselineValue() == null) {
            return text("reporting.report.no-baseline", locale);
        }
        var value = ReportForms.plain(indicator.baselineValue());
        return indicator.baselineYear() == null ? value : value + " (" + indicator.baselineYear() + ")";
    }

    /** The target for the year the period ends in, and the final target. */
    private String target(IndicatorView indicator, int year, Locale locale) {
        var parts = new ArrayList<String>();
        var thisYear = indicator.yearTargets().get(year);
        if (thisYear != null) {
            parts.add(text("reporting.report.target-year", locale, Integer.toString(year), ReportForms.plain(thisYear)));
        }
        if (indicator.targetValue() != null) {
            var value = ReportForms.plain(indicator.targetValue());
            parts.add(text("reporting.report.target-final", locale,
                    indicator.targetYear() == null ? value : value + " (" + indicator.targetYear() + ")"));
        }
        return parts.isEmpty() ? text("reporting.report.no-target", locale) : String.join(" · ", parts);
    }

    // ---- texts ----

    private String lastSaved(LocalDateTime at, String by, Locale locale, Overrides overrides) {
        if (at == null) {
            return null;
        }
        return text("reporting.report.last-saved", locale, dateTime(at, locale), name(by, overrides));
    }

    /** Who saved the same part meanwhile, and when, in the user's language. */
    String conflict(ConflictException conflict, Locale locale) {
        if (conflict.changedBy() == null || conflict.changedAt() == null) {
            return text("reporting.report.conflict-anonymous", locale);
        }
        return text("reporting.report.conflict", locale, conflict.changedBy(), dateTime(conflict.changedAt(), locale));
    }

    String refusal(UserFacingException refused, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {refused.messageKey()},
                refused.arguments(), refused.messageKey()), locale);
    }

    String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** "14:02": when a part was saved, for the line under it. */
    String timeNow() {
        return DateTimeFormatter.ofPattern("HH:mm").format(LocalDateTime.now(clock));
    }

    String notEditable(ReportStatus status, Locale locale) {
        return messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"reporting.error.not-editable"},
                new Object[] {new DefaultMessageSourceResolvable(status.messageKey())}), locale);
    }

    private String name(String username, Overrides overrides) {
        return username == null ? "?" : overrides.names.computeIfAbsent(username, people::displayName);
    }

    static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(day);
    }

    /** "23 November 2026, 14:02"; "today, 14:02" would be nicer but pages are also printed. */
    static String dateTime(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", locale).format(at);
    }

    /** "January 2026" for a month, "January – March 2026" for longer spans, "2026" for a calendar year. */
    static String span(LocalDate start, LocalDate end, Locale locale) {
        var month = DateTimeFormatter.ofPattern("LLLL", locale);
        if (start.getDayOfMonth() == 1 && start.getMonthValue() == 1 && end.getMonthValue() == 12
                && end.getDayOfMonth() == 31 && start.getYear() == end.getYear()) {
            return Integer.toString(start.getYear());
        }
        String text;
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            text = month.format(start) + " " + start.getYear();
        } else if (start.getYear() == end.getYear()) {
            text = month.format(start) + " – " + month.format(end) + " " + start.getYear();
        } else {
            text = month.format(start) + " " + start.getYear() + " – " + month.format(end) + " " + end.getYear();
        }
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The comments a reviewer typed per activity ("activityComment.12" = "..."). */
    static Map<Long, String> activityComments(org.springframework.util.MultiValueMap<String, String> params) {
        var comments = new LinkedHashMap<Long, String>();
        params.forEach((name, values) -> {
            if (name.startsWith("activityComment.") && !values.isEmpty()) {
                try {
                    comments.put(Long.valueOf(name.substring("activityComment.".length())), values.get(0));
                } catch (NumberFormatException ignored) {
                    // not a field this page writes
                }
            }
        });
        return comments;
    }
}
