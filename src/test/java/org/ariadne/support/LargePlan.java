package org.ariadne.support;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.plan.Disaggregation;

import static org.ariadne.support.IndicatorBuilder.anIndicator;

/**
 * The large plan every benchmark measures, built by {@link LargePlans}: {@code strategic} strategic objectives, each
 * with {@code specificPerStrategic} specific objectives of {@code activitiesPerSpecific} activities measured by
 * {@code indicatorsPerActivity} indicators, shared among {@code institutions} institutions. Activity n (counted from 1
 * through the whole plan) is led by institution n mod {@code institutions} and supported by institution (n + 7) mod
 * {@code institutions}, so that every institution leads and supports a few activities all over the plan.
 */
public final class LargePlan {

    /** What indicator {@code number} (from 1) of activity {@code activity} is, given the activity's lead institution. */
    @FunctionalInterface
    public interface IndicatorContent {
        IndicatorBuilder indicator(int activity, int number, long lead);
    }

    /**
     * The size and make-up of a large plan. {@link #national()} is the plan of the benchmarks: 80 institutions, 400
     * activities, 1,200 indicators over five years; every seventh activity's indicators lack a baseline, and every
     * indicator is reported by sex, age group and form of exploitation.
     */
    public record Shape(int institutions, int strategic, int specificPerStrategic, int activitiesPerSpecific,
            int indicatorsPerActivity, int firstYear, int lastYear, int budgetYear, String institutionPrefix,
            String activityTitle, boolean supported, boolean budgeted, IndicatorContent indicators) {

        public static Shape national() {
            return new Shape(80, 8, 10, 5, 3, 2021, 2025, 2024, "Institution", "Activity %d of the national plan", true,
                    true, (activity, number, lead) -> anIndicator("Indicator " + number + " of activity " + activity)
                            .unit("persons").baseline(activity % 7 == 0 ? null : "0", 2020, null).target("2000", 2025)
                            .by(Disaggregation.SEX, Disaggregation.AGE_GROUP, Disaggregation.FORM_OF_EXPLOITATION)
                            .responsible(lead));
        }

        public int activities() {
            return strategic * specificPerStrategic * activitiesPerSpecific;
        }

        public Shape institutions(int count, String prefix) {
            return new Shape(count, strategic, specificPerStrategic, activitiesPerSpecific, indicatorsPerActivity, firstYear,
                    lastYear, budgetYear, prefix, activityTitle, supported, budgeted, indicators);
        }

        public Shape objectives(int strategicCount, int specificPerStrategicCount) {
            return new Shape(institutions, strategicCount, specificPerStrategicCount, activitiesPerSpecific,
                    indicatorsPerActivity, firstYear, lastYear, budgetYear, institutionPrefix, activityTitle, supported,
                    budgeted, indicators);
        }

        public Shape activities(int perSpecific, int indicatorsPerActivityCount) {
            return new Shape(institutions, strategic, specificPerStrategic, perSpecific, indicatorsPerActivityCount,
                    firstYear, lastYear, budgetYear, institutionPrefix, activityTitle, supported, budgeted, indicators);
        }

        public Shape years(int first, int last, int budget) {
            return new Shape(institutions, strategic, specificPerStrategic, activitiesPerSpecific, indicatorsPerActivity,
                    first, last, budget, institutionPrefix, activityTitle, supported, budgeted, indicators);
        }

        /** Activities titled by this format of their number ({@code "Activity %d"}). */
        public Shape titled(String format) {
            return new Shape(institutions, strategic, specificPerStrategic, activitiesPerSpecific, indicatorsPerActivity,
                    firstYear, lastYear, budgetYear, institutionPrefix, format, supported, budgeted, indicators);
        }

        /** Each activity led by one institution alone and without budget: every institution reports one activity. */
        public Shape leadOnlyWithoutBudget() {
            return new Shape(institutions, strategic, specificPerStrategic, activitiesPerSpecific, indicatorsPerActivity,
                    firstYear, lastYear, budgetYear, institutionPrefix, activityTitle, false, false, indicators);
        }

        public Shape indicators(IndicatorContent content) {
            return new Shape(institutions, strategic, specificPerStrategic, activitiesPerSpecific, indicatorsPerActivity,
                    firstYear, lastYear, budgetYear, institutionPrefix, activityTitle, supported, budgeted, content);
        }

        int lead(int activity) {
            return activity % institutions;
        }

        int supporting(int activity) {
            return (activity + 7) % institutions;
        }

        int donor(int activity) {
            return (activity + 3) % institutions;
        }
    }

    /** Activity {@code number} of the plan with who leads and supports it and the indicators measuring it. */
    public record Activity(int number, long id, long lead, Long supporting, List<Long> indicators) {
    }

    private final long id;
    private final Shape shape;
    private final List<Long> institutions;
    private final List<Activity> activities = new ArrayList<>();

    LargePlan(long id, Shape shape, List<Long> institutions) {
        this.id = id;
        this.shape = shape;
        this.institutions = List.copyOf(institutions);
    }

    void add(Activity activity) {
        activities.add(activity);
    }

    public long id() {
        return id;
    }

    public Shape shape() {
        return shape;
    }

    /** The institutions, in the order they were created (the first is number 1 of the prefix). */
    public List<Long> institutions() {
        return institutions;
    }

    public List<Activity> activities() {
        return List.copyOf(activities);
    }

    public List<Long> indicators() {
        return activities.stream().flatMap(activity -> activity.indicators().stream()).toList();
    }

    /** Each institution with the indicators it reports: those of the activities it leads or supports. */
    public Map<Long, List<Long>> reporters() {
        var reporters = new LinkedHashMap<Long, List<Long>>();
        for (var activity : activities) {
            reporters.computeIfAbsent(activity.lead(), key -> new ArrayList<>()).addAll(activity.indicators());
            if (activity.supporting() != null) {
                reporters.computeIfAbsent(activity.supporting(), key -> new ArrayList<>()).addAll(activity.indicators());
            }
        }
        return reporters;
    }

    /** The activities each institution leads. */
    public Map<Long, List<Activity>> ledBy() {
        var led = new HashMap<Long, List<Activity>>();
        activities.forEach(activity -> led.computeIfAbsent(activity.lead(), key -> new ArrayList<>()).add(activity));
        return led;
    }

    /** A plan workbook and how many rows it has. */
    public record Workbook(byte[] bytes, int rows) {
    }

    /**
     * The plan as the workbook an office would import: the same objectives, activities and lead institutions (by
     * name) as {@link LargePlans#build} creates, with an impact indicator per strategic objective, two supporting
     * institutions per activity, a budget on every activity and a second source on every third. The institutions do
     * not exist yet: the import previews them as unknown.
     */
    public static Workbook workbook(Shape shape) {
        var header = List.of("Code", "Title", "Thematic area", "Expected result", "Indicator", "Result level", "Unit",
                "Baseline", "Baseline year", "Target", "Target year", "Lead institution", "Supporting institutions", "Start",
                "End", "Frequency", "Means of verification", "Budget", "Funding source", "Risks");
        var areas = List.of("Prevention", "Protection", "Prosecution", "Partnership");
        var levels = List.of("Output", "Output", "Outcome");
        int rows = 0;
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet("Plan").header(header);
            int activityNumber = 0;
            for (int so = 1; so <= shape.strategic(); so++) {
                xlsx.row(row(header, "Code", "SO " + so, "Title", "Strategic objective " + so + " of the benchmark plan",
                        "Thematic area", areas.get((so - 1) % areas.size()), "Indicator", "Impact indicator of SO " + so,
                        "Result level", "Impact", "Unit", "persons", "Baseline", 100 + so, "Baseline year", 2019,
                        "Target", 50 + so, "Target year", 2024));
                rows++;
                for (int sp = 1; sp <= shape.specificPerStrategic(); sp++) {
                    xlsx.row(row(header, "Code", "SO " + so + "." + sp, "Title", "Specific objective " + so + "." + sp));
                    rows++;
                    for (int a = 1; a <= shape.activitiesPerSpecific(); a++) {
                        activityNumber++;
                        var lead = institution(shape, activityNumber);
                        var supporting = institution(shape, activityNumber + 7) + "; " + institution(shape, activityNumber + 13);
                        for (int i = 1; i <= shape.indicatorsPerActivity(); i++) {
                            var indicator = row(header, "Indicator", "Indicator " + i + " of activity " + so + "." + sp + "." + a,
                                    "Result level", levels.get(i - 1), "Unit", i == 3 ? "%" : "persons",
                                    "Baseline", activityNumber % 5 == 0 ? null : (i == 3 ? 20 : 10 * i), "Baseline year", 2019,
                                    "Target", i == 3 ? 60 : 40 * i, "Target year", 2024);
                            if (i == 1) {
                                put(header, indicator, "Code", "A" + so + "." + sp + "." + a, "Title",
                                        "Activity " + so + "." + sp + "." + a + ": training and outreach for front-line staff",
                                        "Expected result", "Front-line staff identify and refer victims", "Lead institution", lead,
                                        "Supporting institutions", supporting, "Start", "2021-Q" + (1 + activityNumber % 4),
                                        "End", "2023-Q4", "Frequency", "Quarterly", "Means of verification",
                                        "Lists of participants; training reports", "Budget", 10_000 + activityNumber * 125.5,
                                        "Funding source", "State budget", "Risks", "Staff turnover in the institutions");
                            } else if (i == 2 && activityNumber % 3 == 0) {
                                put(header, indicator, "Budget", 5_000, "Funding source", institution(shape, activityNumber + 21));
                            }
                            xlsx.row(indicator);
                            rows++;
                        }
                    }
                }
            }
            return new Workbook(xlsx.toBytes(), rows);
        }
    }

    private static String institution(Shape shape, int number) {
        return shape.institutionPrefix() + " no. " + (1 + number % shape.institutions());
    }

    private static List<Object> row(List<String> header, Object... pairs) {
        var row = new ArrayList<Object>();
        header.forEach(column -> row.add(null));
        put(header, row, pairs);
        return row;
    }

    private static void put(List<String> header, List<Object> row, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            row.set(header.indexOf((String) pairs[i]), pairs[i + 1]);
        }
    }
}
