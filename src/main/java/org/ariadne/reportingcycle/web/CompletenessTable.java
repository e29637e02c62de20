package org.ariadne.reportingcycle.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.reportingcycle.Completeness;
import org.ariadne.reportingcycle.Completeness.Cell;
import org.ariadne.reportingcycle.Completeness.Rate;
import org.ariadne.reportingcycle.Completeness.State;
import org.ariadne.reportingcycle.PeriodView;

/**
 * The completeness matrix narrowed to the periods and institution types chosen, with every rate counted again over
 * what is shown, by the rule of {@link Completeness}: a report counts as due once its deadline has passed (and only
 * where the institution has something to report), as submitted once it was first submitted, and as on time when
 * that was by the deadline.
 *
 * <p>The latest periods shown by default end with the period running today, not with the plan's last one; and when
 * nobody reported in any of them (a plan whose reporting stopped, such as the demo's), they end with the latest
 * period that has a report instead, which {@code latestWithReports} names so that the page can say so.
 *
 * @param overdue           reports past their deadline with nothing submitted, in every period (not only those shown)
 * @param latestWithReports the last period shown when the window was moved back to the latest one with a report;
 *                          null when the window ends today
 */
record CompletenessTable(List<PeriodView> periods, List<Line> lines, List<Rate> periodRates, Rate overall,
        int overdue, PeriodView latestWithReports) {

    /** One institution's row. */
    record Line(long institutionId, String institution, InstitutionType type, List<Cell> cells, Rate rate) {

        /** The cells as the page shows them. */
        public List<Slot> slots() {
            return cells.stream().map(cell -> new Slot(cell, CompletenessBadges.code(cell),
                    CompletenessBadges.badgeClass(cell), CompletenessBadges.linked(cell),
                    "/reporting/" + cell.period().id() + "/institutions/" + institutionId)).toList();
        }
    }

    /**
     * A cell as the page shows it.
     *
     * @param code  "submitted-late", "not-expected": the suffix of its message keys
     * @param link  the report of the institution for the period (without the context path)
     */
    record Slot(Cell cell, String code, String badgeClass, boolean linked, String link) {

        /** Submitted, but after the deadline (also once it was returned or accepted). */
        public boolean late() {
            return cell.firstSubmittedAt() != null && !cell.onTime();
        }

        public String nameKey() {
            return cell.expected() ? cell.state().messageKey() : "completeness.state." + CompletenessBadges.NOT_EXPECTED;
        }
    }

    static CompletenessTable of(Completeness.Matrix matrix, InstitutionDirectory directory, CompletenessQuery query,
            LocalDate today) {
        int all = matrix.periods().size();
        int end = all;
        PeriodView moved = null;
        if (query.latest().isPresent()) {
            // periods that have not started hold nothing to look at yet
            while (end > 1 && matrix.periods().get(end - 1).startsOn().isAfter(today)) {
                end--;
            }
            int withReports = latestWithReports(matrix, end);
            if (withReports >= 0 && withReports < end - query.latest().get()) {
                end = withReports + 1;
                moved = matrix.periods().get(withReports);
            }
        }
        int last = end;
        int from = query.latest().map(latest -> Math.max(0, last - latest)).orElse(0);
        var periods = matrix.periods().subList(from, last);
        var lines = new ArrayList<Line>();
        int overdue = 0;
        for (var row : matrix.rows()) {
            var type = directory.byId(row.institutionId()).map(institution -> institution.type()).orElse(null);
            if (query.institutionType().isPresent() && query.institutionType().get() != type) {
                continue;
            }
            overdue += (int) row.cells().stream().filter(CompletenessTable::isOverdue).count();
            var cells = row.cells().subList(from, last);
            lines.add(new Line(row.institutionId(), row.institution(), type, cells, rate(cells, today)));
        }
        var periodRates = new ArrayList<Rate>();
        for (int column = 0; column < periods.size(); column++) {
            int index = column;
            periodRates.add(rate(lines.stream().map(line -> line.cells().get(index)).toList(), today));
        }
        var overall = new Rate(lines.stream().mapToInt(line -> line.rate().expected()).sum(),
                lines.stream().mapToInt(line -> line.rate().submitted()).sum(),
                lines.stream().mapToInt(line -> line.rate().onTime()).sum());
        return new CompletenessTable(periods, lines, periodRates, overall, overdue, moved);
    }

    /** The index of the latest period before {@code end} in which any institution submitted a report, or -1. */
    private static int latestWithReports(Completeness.Matrix matrix, int end) {
        for (int index = end - 1; index >= 0; index--) {
            int column = index;
            if (matrix.rows().stream().anyMatch(row -> row.cells().get(column).firstSubmittedAt() != null)) {
                return index;
            }
        }
        return -1;
    }

    /** Missing where the institution had something to report: what the overdue list holds. */
    static boolean isOverdue(Cell cell) {
        return cell.expected() && cell.state() == State.MISSING;
    }

    static Rate rate(List<Cell> cells, LocalDate today) {
        int expected = 0;
        int submitted = 0;
        int onTime = 0;
        for (var cell : cells) {
            if (cell.expected() && today.isAfter(cell.period().deadline())) {
                expected++;
                submitted += cell.firstSubmittedAt() != null ? 1 : 0;
                onTime += cell.onTime() ? 1 : 0;
            }
        }
        return new Rate(expected, submitted, onTime);
    }

    /** The institution types that have a row in the whole matrix, for the filter. */
    static List<InstitutionType> types(Completeness.Matrix matrix, InstitutionDirectory directory) {
        return matrix.rows().stream()
                .map(row -> directory.byId(row.institutionId()).map(institution -> institution.type()).orElse(null))
                .filter(java.util.Objects::nonNull).distinct().sorted().toList();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }
}
