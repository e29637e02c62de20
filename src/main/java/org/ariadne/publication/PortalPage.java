package org.ariadne.publication;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A plan's page on the portal: what is public about it, each piece with when it was published and by which
 * institution. Built only from stored snapshots (or, in a preview, with the snapshot that would be stored).
 *
 * @param title the plan's title as last published
 */
public record PortalPage(long planId, String title, int startYear, int endYear, Published<PlanSnapshot> plan,
        List<Published<FiguresSnapshot>> figures, List<Published<ReportSnapshot>> reports) {

    public PortalPage {
        figures = figures.stream().sorted(Comparator.comparing((Published<FiguresSnapshot> f) -> f.snapshot().year())
                .reversed()).toList();
        reports = reports.stream().sorted(Comparator.comparing((Published<ReportSnapshot> r) -> r.snapshot().year())
                .thenComparing(r -> r.snapshot().quarter() == null ? 5 : r.snapshot().quarter())
                .reversed().thenComparing(r -> r.snapshot().title())).toList();
    }

    /**
     * A snapshot and its publication. {@code id} is 0 for the snapshot a preview shows, which is not saved yet.
     *
     * @param publisher the publishing institution's name; null for the coordinator's office
     */
    public record Published<T extends Snapshot>(long id, LocalDateTime publishedAt, String publisher, T snapshot) {
    }

    /**
     * The page of these publications. The plan's title and period come from the published plan, or else from the
     * latest publication: each snapshot names the plan as it was when it was published.
     */
    static PortalPage of(long planId, List<Published<?>> published) {
        Published<PlanSnapshot> plan = null;
        var figures = new java.util.ArrayList<Published<FiguresSnapshot>>();
        var reports = new java.util.ArrayList<Published<ReportSnapshot>>();
        Published<?> latest = null;
        for (var item : published) {
            if (item.snapshot() instanceof PlanSnapshot snapshot) {
                plan = new Published<>(item.id(), item.publishedAt(), item.publisher(), snapshot);
            } else if (item.snapshot() instanceof FiguresSnapshot snapshot) {
                figures.add(new Published<>(item.id(), item.publishedAt(), item.publisher(), snapshot));
            } else if (item.snapshot() instanceof ReportSnapshot snapshot) {
                reports.add(new Published<>(item.id(), item.publishedAt(), item.publisher(), snapshot));
            }
            if (latest == null || !item.publishedAt().isBefore(latest.publishedAt())) {
                latest = item;
            }
        }
        Snapshot heading = plan != null ? plan.snapshot() : latest.snapshot();
        return new PortalPage(planId, heading.planTitle(), heading.startYear(), heading.endYear(), plan, figures,
                reports);
    }

    /** The published figures of a year, or the latest year's when the year is not published. */
    public Optional<Published<FiguresSnapshot>> figures(Integer year) {
        return figures.stream().filter(f -> year != null && f.snapshot().year() == year).findFirst()
                .or(() -> figures.stream().findFirst());
    }

    public List<Integer> figureYears() {
        return figures.stream().map(f -> f.snapshot().year()).toList();
    }

    public Optional<Published<ReportSnapshot>> report(long publicationId) {
        return reports.stream().filter(r -> r.id() == publicationId).findFirst();
    }

    /** When anything on the page was last published. */
    public LocalDateTime lastPublished() {
        var times = new java.util.ArrayList<LocalDateTime>();
        if (plan != null) {
            times.add(plan.publishedAt());
        }
        figures.forEach(f -> times.add(f.publishedAt()));
        reports.forEach(r -> times.add(r.publishedAt()));
        return times.stream().max(Comparator.naturalOrder()).orElse(null);
    }
}
