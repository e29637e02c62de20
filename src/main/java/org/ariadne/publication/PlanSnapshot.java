package org.ariadne.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * The adopted plan as the public reads it: the strategy's texts and its results framework, with each activity's
 * lead institution and period, and each indicator's unit, baseline and final target. Nothing internal: no people,
 * budgets, risks, comments, reports or statuses.
 */
public record PlanSnapshot(String planTitle, String vision, String mission, String guidingPrinciples, int startYear,
        int endYear, List<Objective> objectives) implements Snapshot {

    public PlanSnapshot {
        objectives = List.copyOf(objectives);
    }

    /**
     * A strategic objective. Its thematic area is the plan's own, named as when published in English
     * ({@code area}) and Albanian ({@code areaSq}); snapshots published before plans had their own areas carry the
     * message key of one of the six default areas ({@code areaKey}) instead. No area: all three null.
     */
    public record Objective(String code, String title, String areaKey, List<PublicIndicator> indicators,
            List<Specific> specificObjectives, String area, String areaSq) {

        public Objective {
            indicators = List.copyOf(indicators);
            specificObjectives = List.copyOf(specificObjectives);
        }

        /** The area's name in the reader's language, or null when the snapshot gives it by message key or not at all. */
        public String areaName(java.util.Locale locale) {
            if (locale != null && "sq".equals(locale.getLanguage()) && areaSq != null && !areaSq.isBlank()) {
                return areaSq;
            }
            return area;
        }
    }

    public record Specific(String code, String title, List<PublicIndicator> indicators, List<PublicActivity> activities) {

        public Specific {
            indicators = List.copyOf(indicators);
            activities = List.copyOf(activities);
        }
    }

    /** An activity: who leads it (the institution's name when published) and when it runs. */
    public record PublicActivity(String code, String title, String leadInstitution, LocalDate start, LocalDate end,
            boolean continuous, List<PublicIndicator> indicators) {

        public PublicActivity {
            indicators = List.copyOf(indicators);
        }

        public boolean hasTimeline() {
            return continuous || start != null || end != null;
        }
    }

    /**
     * An indicator with its baseline and final target (or, without a final target, the target of its last year).
     *
     * @param ownerCode the code of what it measures: "SO 1", "SO 1.1", "A1.1.1"
     */
    public record PublicIndicator(String ownerCode, String name, String unit, BigDecimal baseline,
            Integer baselineYear, BigDecimal target, Integer targetYear) {
    }

    public Stream<PublicActivity> activities() {
        return objectives.stream().flatMap(o -> o.specificObjectives().stream()).flatMap(s -> s.activities().stream());
    }

    /** Every indicator, in plan order: of strategic objectives, specific objectives and activities. */
    public Stream<PublicIndicator> indicators() {
        return objectives.stream().flatMap(o -> Stream.concat(o.indicators().stream(),
                o.specificObjectives().stream().flatMap(s -> Stream.concat(s.indicators().stream(),
                        s.activities().stream().flatMap(a -> a.indicators().stream())))));
    }

    /** The strategic objective each activity belongs to, by activity code, for the activities table. */
    public Stream<ActivityRow> activityRows() {
        return objectives.stream().flatMap(o -> o.specificObjectives().stream()
                .flatMap(s -> s.activities().stream().map(a -> new ActivityRow(o.code(), s.code(), a))));
    }

    public record ActivityRow(String strategicCode, String specificCode, PublicActivity activity) {
    }
}
