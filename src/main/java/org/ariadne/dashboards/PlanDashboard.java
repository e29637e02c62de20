package org.ariadne.dashboards;

import java.util.List;
import java.util.Map;

import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.plan.PlanArea;
import org.ariadne.progress.Achievement;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.review.HalfYear;

/**
 * A plan's overview for a year: overall progress and what it rests on, one row per strategic objective, activities
 * by status and by half-year rating, and the indicators that are behind. {@code ratings} is null for readers the
 * review does not show ratings to (focal points). {@code withheldIndicators}: how many indicators the reader sees only
 * protected with their count suppressed, left out of every achievement of the page (a note says so).
 */
@org.springframework.modulith.NamedInterface("api")
public record PlanDashboard(PlanHeader plan, int year, DashboardFilter filter, Achievement achievement,
        Coverage coverage, List<ObjectiveRow> objectives, List<OffTrack> offTrack, int measuredIndicators,
        DashboardChart statuses, DashboardTable objectivesTable, DashboardTable offTrackTable,
        List<PlanArea> areas, List<InstitutionOption> institutions, RatingsOfHalfYear ratings,
        int withheldIndicators) {

    /** The name of the plan's area with this code in the reader's language. */
    public String areaLabel(String code, java.util.Locale locale) {
        return PlanOverviews.areaLabel(areas, code, locale);
    }

    public static final String STATUSES = "statuses";
    public static final String RATINGS = "ratings";
    public static final String OBJECTIVES = "objectives";
    public static final String OFF_TRACK = "off-track";

    /** A strategic objective's row: its progress, what it rests on, and its activities counted by status. */
    public record ObjectiveRow(StrategicObjectiveNode objective, Achievement achievement, Coverage coverage,
            Map<StatusColumn, Integer> statuses) {

        public int count(StatusColumn column) {
            return statuses.getOrDefault(column, 0);
        }
    }

    /** A measured indicator in the red, with the code of what it measures and who answers for it. */
    public record OffTrack(IndicatorProgress progress, String ownerCode, String institution) {
    }

    /**
     * Activities by half-year rating per strategic objective, for the latest half-year of the year that has ratings
     * (the second half when it has any, else the first); {@code approved} when the coordinator approved that review.
     */
    public record RatingsOfHalfYear(HalfYear halfYear, boolean approved, int rated, DashboardChart chart) {
    }

    /** An institution the filter can choose: one that leads, supports or answers for something in the plan. */
    public record InstitutionOption(long id, String name) {
    }

    /** Activities in the filter's scope that have a given status, over all strategic objectives. */
    public int count(StatusColumn column) {
        return objectives.stream().mapToInt(row -> row.count(column)).sum();
    }

    public int completedActivities() {
        return count(StatusColumn.COMPLETED);
    }

    public List<DashboardTable> tables() {
        return ratings == null ? List.of(statuses.table(), objectivesTable, offTrackTable)
                : List.of(statuses.table(), ratings.chart().table(), objectivesTable, offTrackTable);
    }
}
