package org.ariadne.publication;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.dashboards.DashboardTable;
import org.ariadne.dashboards.PlanDashboard;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanArea;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.Plans;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Takes the snapshot that publishing would save now, from live data: the plan tree, the plan dashboard of
 * {@link DashboardCharts} (reused, not recomputed) in every language the portal offers, or a finished document's
 * files. The snapshot is read back from its JSON before anyone sees it, so the preview shows exactly what the
 * portal will show.
 */
@Component
class Snapshots {

    private static final int TITLE_LENGTH = 500;
    private static final int KIND_LENGTH = 60;

    private final Plans plans;
    private final Institutions institutions;
    private final DashboardCharts dashboards;
    private final LanguageProperties languages;
    private final ObjectProvider<PublishableDocuments> documents;
    private final SnapshotJson json;
    private final CountedBreakdowns breakdowns;

    Snapshots(Plans plans, Institutions institutions, DashboardCharts dashboards, LanguageProperties languages,
            ObjectProvider<PublishableDocuments> documents, SnapshotJson json, CountedBreakdowns breakdowns) {
        this.plans = plans;
        this.institutions = institutions;
        this.dashboards = dashboards;
        this.languages = languages;
        this.documents = documents;
        this.json = json;
        this.breakdowns = breakdowns;
    }

    /**
     * What publishing the subject would save now.
     *
     * @throws PublicationException when the plan's status does not allow it, or the year is not one of the plan's
     * @throws NotFoundException    for a document that does not exist, is not finished or belongs to another plan
     */
    Candidate candidate(long planId, PublicationSubject subject) {
        var header = plans.header(planId);
        if (!subject.kind().allows(header.status())) {
            throw PublicationException.notAllowed(subject.kind());
        }
        return switch (subject.kind()) {
            case PLAN -> planCandidate(planId, subject);
            case FIGURES -> figuresCandidate(header, subject);
            case REPORT -> reportCandidate(header, subject);
        };
    }

    /** The module that generates documents, when one offers them. */
    Optional<PublishableDocuments> documents() {
        return Optional.ofNullable(documents.getIfAvailable());
    }

    private Candidate planCandidate(long planId, PublicationSubject subject) {
        // only the adopted version is published: while a revision is open, the last adopted version's tree
        var tree = plans.adoptedTree(planId);
        var plan = tree.plan();
        var directory = institutions.directory();
        var objectives = tree.objectives().stream().map(so -> {
            var area = tree.area(so.thematicArea());
            return new PlanSnapshot.Objective(so.code(), so.title(), null, indicators(so.code(), so.indicators()),
                    so.specificObjectives().stream().map(sp -> new PlanSnapshot.Specific(sp.code(), sp.title(),
                            indicators(sp.code(), sp.indicators()),
                            sp.activities().stream().map(activity -> activity(activity, directory)).toList())).toList(),
                    area.map(PlanArea::name).orElse(null), area.map(PlanArea::nameSq).orElse(null));
        }).toList();
        var snapshot = new PlanSnapshot(plan.title(), plan.vision(), plan.mission(), plan.guidingPrinciples(),
                plan.startYear(), plan.endYear(), objectives);
        return candidate(planId, subject, "plan", plan.title(), null, snapshot, List.of(), DisclosureControl.RULE);
    }

    private static PlanSnapshot.PublicActivity activity(ActivityView activity, InstitutionDirectory directory) {
        return new PlanSnapshot.PublicActivity(activity.code(), activity.title(),
                directory.nameOf(activity.leadInstitutionId()), activity.continuous() ? null : activity.startDate(),
                activity.continuous() ? null : activity.endDate(), activity.continuous(),
                indicators(activity.code(), activity.indicators()));
    }

    private static List<PlanSnapshot.PublicIndicator> indicators(String ownerCode, List<IndicatorView> indicators) {
        return indicators.stream().map(indicator -> {
            BigDecimal target = indicator.targetValue();
            Integer targetYear = indicator.targetYear();
            if (target == null && !indicator.yearTargets().isEmpty()) {
                // no final target: the target of the last year stands for it, as on the plan page
                targetYear = indicator.yearTargets().lastKey();
                target = indicator.yearTargets().get(targetYear);
            }
            return new PlanSnapshot.PublicIndicator(ownerCode, indicator.name(), indicator.unit(),
                    tidy(indicator.baselineValue()), indicator.baselineYear(), tidy(target), targetYear);
        }).toList();
    }

    private Candidate figuresCandidate(PlanHeader plan, PublicationSubject subject) {
        int year = subject.year();
        if (year < plan.startYear() || year > plan.endYear()) {
            throw PublicationException.yearOutsidePlan(year);
        }
        // the whole plan, accepted reports only: what a member of the public may read
        var filter = DashboardFilter.year(year);
        var worded = new LinkedHashMap<String, FiguresSnapshot.Worded>();
        PlanDashboard first = null;
        // counts of persons by sex, age group...: protected before they are kept (CountedBreakdowns)
        var counted = breakdowns.countedIndicators(plan.id(), year);
        for (var locale : languages.locales()) {
            // as a member of the public may read them, whoever publishes: the victim register's indicators protected
            var dashboard = dashboards.planAsPublished(plan.id(), filter, locale);
            var counts = breakdowns.tables(counted, year, locale);
            var tables = new ArrayList<PublicTable>(List.of(table(dashboard.objectivesTable()),
                    breakdowns.offTrack(dashboard, counts)));
            tables.addAll(counts);
            worded.put(locale.toLanguageTag(), new FiguresSnapshot.Worded(List.of(PublicChart.of(dashboard.statuses())),
                    tables));
            first = first == null ? dashboard : first;
        }
        // the figures are the same in every language; only their words differ
        var coverage = first.coverage();
        var snapshot = new FiguresSnapshot(plan.title(), plan.startYear(), plan.endYear(), year,
                PublicAchievement.of(first.achievement()), coverage.activities(), coverage.measured(),
                coverage.notMeasurable(), coverage.noData(), first.completedActivities(), first.measuredIndicators(),
                first.offTrack().size(), worded);
        return candidate(plan.id(), subject, "figures:" + year, plan.title(), year, snapshot, List.of(),
                DisclosureControl.RULE);
    }

    private static PublicTable table(DashboardTable table) {
        return new PublicTable(table.name(), table.title(), table.header(), table.rows());
    }

    private Candidate reportCandidate(PlanHeader plan, PublicationSubject subject) {
        var source = documents().orElseThrow(() -> NotFoundException.of("document", subject.documentId()));
        var document = source.find(subject.documentId()).filter(d -> d.planId() == plan.id())
                .orElseThrow(() -> NotFoundException.of("document", subject.documentId()));
        var files = new ArrayList<Candidate.CandidateFile>();
        var stem = fileStem(document);
        var pdf = source.pdf(document.id());
        if (pdf == null || pdf.length == 0) {
            throw PublicationException.noFile();
        }
        files.add(file("pdf", stem + ".pdf", "application/pdf", pdf));
        var docx = source.docx(document.id());
        if (docx != null && docx.length > 0) {
            files.add(file("docx", stem + ".docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx));
        }
        var language = document.language().toLanguageTag();
        var snapshot = new ReportSnapshot(plan.title(), plan.startYear(), plan.endYear(), document.title(),
                document.kind(), document.kindLabel(), document.year(), document.quarter(), language,
                document.finishedAt(), files.stream().map(f -> new ReportSnapshot.PublicFile(f.format(), f.fileName(),
                        f.mediaType(), f.content().length, f.sha256())).toList(), document.includesUnaccepted());
        // the files were protected when the document was made, under the rule of that day
        return candidate(plan.id(), subject, reportKey(document), document.title(), document.year(), snapshot, files,
                document.disclosureRule());
    }

    /**
     * What a report's publication supersedes: the publication of a document of the same kind, year, quarter and
     * language ("report:annual-report:2024:-:en"), so a regenerated annual report replaces the one on the portal.
     */
    static String reportKey(PublishableDocument document) {
        var kind = shorten(document.kind().strip().toLowerCase(Locale.ROOT), KIND_LENGTH);
        return "report:" + kind + ":" + document.year() + ":" + (document.quarter() == null ? "-" : document.quarter())
                + ":" + document.language().toLanguageTag();
    }

    private static Candidate.CandidateFile file(String format, String name, String mediaType, byte[] content) {
        return new Candidate.CandidateFile(format, name, mediaType, content.clone(), SnapshotJson.sha256(content));
    }

    /** Letters and digits of the title, joined by dashes: "Annual-report-2024". */
    private static String fileStem(PublishableDocument document) {
        var cleaned = document.title().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "");
        cleaned = shorten(cleaned, 80);
        return cleaned.isEmpty() ? "report-" + document.year() : cleaned;
    }

    private Candidate candidate(long planId, PublicationSubject subject, String key, String title, Integer year,
            Snapshot snapshot, List<Candidate.CandidateFile> files, int disclosureRule) {
        var text = json.write(snapshot);
        return new Candidate(planId, subject, key, shorten(title, TITLE_LENGTH), year,
                json.read(subject.kind(), text), text, SnapshotJson.fingerprint(text), List.copyOf(files),
                disclosureRule);
    }

    private static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static BigDecimal tidy(BigDecimal value) {
        return value == null ? null : PublicTable.tidy(value);
    }
}
