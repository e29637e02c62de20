package org.ariadne.api.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;

import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.PlanTree;
import org.ariadne.progress.Achievement;
import org.ariadne.reportingcycle.PeriodView;

/**
 * What the API answers and accepts, as records of its own: the facades' records are the modules' business and may
 * change; these are the published contract (the OpenAPI description is generated from them).
 */
public final class ApiModels {

    private ApiModels() {
    }


    @Schema(description = "An action plan with the size of its results framework")
    public record PlanItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) int startYear, @Schema(requiredMode = RequiredMode.REQUIRED) int endYear,
            @Schema(requiredMode = RequiredMode.REQUIRED) String status, int strategicObjectives, int specificObjectives,
            int activities, int indicators) {

        static PlanItem of(PlanSummary plan) {
            return new PlanItem(plan.id(), plan.title(), plan.startYear(), plan.endYear(), plan.status().name(),
                    plan.strategicObjectives(), plan.specificObjectives(), plan.activities(), plan.indicators());
        }
    }

    @Schema(description = "An action plan with its elements: strategic objectives, specific objectives, activities and"
            + " the indicators of each")
    public record PlanDetail(@Schema(requiredMode = RequiredMode.REQUIRED) long id, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            String vision, String mission, @Schema(requiredMode = RequiredMode.REQUIRED) int startYear,
            @Schema(requiredMode = RequiredMode.REQUIRED) int endYear, @Schema(requiredMode = RequiredMode.REQUIRED) String status,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<StrategicObjectiveItem> objectives) {

        static PlanDetail of(PlanTree tree) {
            var plan = tree.plan();
            return new PlanDetail(plan.id(), plan.title(), plan.vision(), plan.mission(), plan.startYear(),
                    plan.endYear(), plan.status().name(), tree.objectives().stream().map(so -> new StrategicObjectiveItem(
                            so.id(), so.code(), so.title(), so.description(), so.thematicArea(),
                            IndicatorItem.of(so.indicators(), so.code()),
                            so.specificObjectives().stream().map(sp -> new SpecificObjectiveItem(sp.id(), sp.code(),
                                    sp.title(), sp.description(), IndicatorItem.of(sp.indicators(), sp.code()),
                                    sp.activities().stream().map(ActivityItem::of).toList())).toList())).toList());
        }
    }

    public record StrategicObjectiveItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String code, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            String description, String thematicArea, @Schema(requiredMode = RequiredMode.REQUIRED) List<IndicatorItem> indicators,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<SpecificObjectiveItem> specificObjectives) {
    }

    public record SpecificObjectiveItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String code, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            String description, @Schema(requiredMode = RequiredMode.REQUIRED) List<IndicatorItem> indicators,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ActivityItem> activities) {
    }

    public record ActivityItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id, @Schema(requiredMode = RequiredMode.REQUIRED) String code,
            @Schema(requiredMode = RequiredMode.REQUIRED) String title, String expectedResult, Long leadInstitutionId,
            List<Long> supportingInstitutionIds, LocalDate startDate, LocalDate endDate, String frequency,
            String status, @Schema(requiredMode = RequiredMode.REQUIRED) List<IndicatorItem> indicators) {

        static ActivityItem of(ActivityView a) {
            return new ActivityItem(a.id(), a.code(), a.title(), a.expectedResult(), a.leadInstitutionId(),
                    a.supportingInstitutionIds(), a.startDate(), a.endDate(), nameOf(a.frequency()), nameOf(a.status()),
                    IndicatorItem.of(a.indicators(), a.code()));
        }
    }

    @Schema(description = "An indicator with its baseline and targets; ownerCode is the code of the element it measures")
    public record IndicatorItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id, @Schema(requiredMode = RequiredMode.REQUIRED) String ownerCode,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name, String resultLevel, @Schema(requiredMode = RequiredMode.REQUIRED) String type,
            String unit, String direction, Baseline baseline, Target target,
            @Schema(description = "targets by year") SortedMap<String, BigDecimal> yearTargets,
            List<String> disaggregations, String frequency, Long responsibleInstitutionId) {

        static List<IndicatorItem> of(List<IndicatorView> indicators, String ownerCode) {
            return indicators.stream().map(i -> of(i, ownerCode)).toList();
        }

        static IndicatorItem of(IndicatorView i, String ownerCode) {
            var years = new TreeMap<String, BigDecimal>();
            i.yearTargets().forEach((year, value) -> years.put(String.valueOf(year), value));
            return new IndicatorItem(i.id(), ownerCode, i.name(), nameOf(i.resultLevel()), nameOf(i.type()), i.unit(),
                    nameOf(i.direction()),
                    i.baselineValue() == null ? null : new Baseline(i.baselineValue(), i.baselineYear(), i.baselineSource()),
                    i.targetValue() == null ? null : new Target(i.targetValue(), i.targetYear()), years,
                    i.disaggregations().stream().map(Enum::name).sorted().toList(), nameOf(i.frequency()),
                    i.responsibleInstitutionId());
        }
    }

    public record Baseline(@Schema(requiredMode = RequiredMode.REQUIRED) BigDecimal value, Integer year, String source) {
    }

    public record Target(@Schema(requiredMode = RequiredMode.REQUIRED) BigDecimal value, Integer year) {
    }

    @Schema(description = "How far an element or indicator is: MEASURED with a percent, NOT_MEASURABLE or NO_DATA")
    public record AchievementItem(@Schema(requiredMode = RequiredMode.REQUIRED) String kind, BigDecimal percent, String light) {

        static AchievementItem of(Achievement achievement) {
            return new AchievementItem(achievement.kind().name(), achievement.percent(),
                    achievement.isMeasured() ? achievement.light().name() : null);
        }
    }

    @Schema(description = "A plan's progress in a year, as the plan dashboard counts it")
    public record ProgressItem(@Schema(requiredMode = RequiredMode.REQUIRED) long planId, @Schema(requiredMode = RequiredMode.REQUIRED) int year,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean includesSubmitted,
            @Schema(requiredMode = RequiredMode.REQUIRED) AchievementItem achievement,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ElementProgress> elements,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<IndicatorProgressItem> indicators) {
    }

    public record ElementProgress(@Schema(requiredMode = RequiredMode.REQUIRED) String kind, @Schema(requiredMode = RequiredMode.REQUIRED) long id,
            @Schema(requiredMode = RequiredMode.REQUIRED) String code, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) AchievementItem achievement) {
    }

    public record IndicatorProgressItem(@Schema(requiredMode = RequiredMode.REQUIRED) long indicatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String ownerCode, @Schema(requiredMode = RequiredMode.REQUIRED) String name,
            BigDecimal value, BigDecimal target, String basis,
            @Schema(requiredMode = RequiredMode.REQUIRED) AchievementItem achievement) {
    }

    public record PeriodItem(@Schema(requiredMode = RequiredMode.REQUIRED) long id, @Schema(requiredMode = RequiredMode.REQUIRED) String label,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate startsOn, @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate endsOn,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate deadline) {

        static PeriodItem of(PeriodView period) {
            return new PeriodItem(period.id(), period.label(), period.startsOn(), period.endsOn(), period.deadline());
        }
    }

    @Schema(description = "An indicator's values from accepted reports, one per institution and collection period")
    public record IndicatorValues(@Schema(requiredMode = RequiredMode.REQUIRED) long indicatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String name, @Schema(requiredMode = RequiredMode.REQUIRED) List<AcceptedValue> values) {
    }

    public record AcceptedValue(@Schema(requiredMode = RequiredMode.REQUIRED) long institutionId,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate startsOn, @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate endsOn,
            BigDecimal total, BigDecimal numerator, BigDecimal denominator, Map<String, BigDecimal> parts,
            @Schema(description = "the value is a count of persons the caller may see only through the disclosure"
                    + " rule, and it is too small to publish (or would give such a count away): total and parts are"
                    + " left out") boolean suppressed) {
    }

    @Schema(description = "Completeness and timeliness of reporting per institution and period")
    public record CompletenessItem(@Schema(requiredMode = RequiredMode.REQUIRED) long planId,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<PeriodItem> periods,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<CompletenessRow> institutions, @Schema(requiredMode = RequiredMode.REQUIRED) Rate overall) {
    }

    public record CompletenessRow(@Schema(requiredMode = RequiredMode.REQUIRED) long institutionId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String institution, @Schema(requiredMode = RequiredMode.REQUIRED) List<CompletenessCell> periods,
            @Schema(requiredMode = RequiredMode.REQUIRED) Rate rate) {
    }

    public record CompletenessCell(@Schema(requiredMode = RequiredMode.REQUIRED) long periodId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String state, @Schema(requiredMode = RequiredMode.REQUIRED) boolean expected,
            LocalDateTime firstSubmittedAt) {
    }

    public record Rate(@Schema(requiredMode = RequiredMode.REQUIRED) int expected, @Schema(requiredMode = RequiredMode.REQUIRED) int submitted,
            @Schema(requiredMode = RequiredMode.REQUIRED) int onTime, @Schema(requiredMode = RequiredMode.REQUIRED) int percent) {
    }

    @Schema(description = "An institution's progress report for a period, as its form shows it")
    public record ReportItem(@Schema(requiredMode = RequiredMode.REQUIRED) long periodId, @Schema(requiredMode = RequiredMode.REQUIRED) String period,
            @Schema(requiredMode = RequiredMode.REQUIRED) long institutionId, @Schema(requiredMode = RequiredMode.REQUIRED) String institution,
            @Schema(requiredMode = RequiredMode.REQUIRED) String status,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "send it back to submit") int version,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean editable, LocalDateTime submittedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ReportActivityItem> activities,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<ReportValueItem> values,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "activities still without a status") int missingStatuses) {
    }

    public record ReportActivityItem(@Schema(requiredMode = RequiredMode.REQUIRED) long activityId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String code, @Schema(requiredMode = RequiredMode.REQUIRED) String title, String status,
            String narrative, String problems, @Schema(requiredMode = RequiredMode.REQUIRED) int revision) {
    }

    public record ReportValueItem(@Schema(requiredMode = RequiredMode.REQUIRED) long indicatorId,
            @Schema(requiredMode = RequiredMode.REQUIRED) String ownerCode, @Schema(requiredMode = RequiredMode.REQUIRED) String indicator,
            @Schema(requiredMode = RequiredMode.REQUIRED, description = "NUMBER, PERCENTAGE, YES_NO or SCALE") String type,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate startsOn, @Schema(requiredMode = RequiredMode.REQUIRED) LocalDate endsOn,
            BigDecimal total, BigDecimal numerator, BigDecimal denominator, Map<String, BigDecimal> parts, String note,
            @Schema(requiredMode = RequiredMode.REQUIRED) int revision,
            @Schema(description = "a value was saved, but it is a count of persons from the victim register that the"
                    + " caller may see only through the disclosure rule: total, numerator, denominator, parts and note"
                    + " are left out (the indicator's values and progress give its figures as they may be published)")
            boolean suppressed) {
    }

    @Schema(description = "Parts of a report to save: what the institution says on activities, and indicator values."
            + " Omitted fields of an activity keep what was saved; a value replaces the saved one.")
    public record ReportChange(List<ActivityChange> activities, List<ValueChange> values) {

        public ReportChange {
            activities = activities == null ? List.of() : activities;
            values = values == null ? List.of() : values;
        }
    }

    public record ActivityChange(@Schema(description = "the activity's id, or give its code") Long activityId,
            @Schema(example = "A1.1.1") String activityCode,
            @Schema(allowableValues = {"NOT_STARTED", "CONTINUOUS", "STARTED", "COMPLETED"}) String status,
            String narrative, String problems,
            @Schema(description = "the revision read; a newer save is then a conflict (409)") Integer revision) {
    }

    public record ValueChange(@Schema(requiredMode = RequiredMode.REQUIRED) long indicatorId,
            @Schema(description = "the collection period's first day; may be left out when the report has one value"
                    + " for the indicator") LocalDate startsOn,
            BigDecimal total, BigDecimal numerator, BigDecimal denominator,
            @Schema(description = "parts by disaggregation, e.g. \"SEX=FEMALE|AGE_GROUP=UNDER_18\": 4")
            Map<String, BigDecimal> parts, String note,
            @Schema(description = "the revision read; a newer save is then a conflict (409)") Integer revision) {
    }

    @Schema(description = "What was saved")
    public record SaveOutcome(@Schema(requiredMode = RequiredMode.REQUIRED) int saved,
            @Schema(requiredMode = RequiredMode.REQUIRED) ReportItem report) {
    }

    public record SubmitRequest(@Schema(description = "the report's version read; left out, the current one") Integer version) {
    }

    @Schema(description = "A plan with something on the public portal")
    public record PublishedPlan(@Schema(requiredMode = RequiredMode.REQUIRED) long planId, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) int startYear, @Schema(requiredMode = RequiredMode.REQUIRED) int endYear,
            @Schema(requiredMode = RequiredMode.REQUIRED) boolean planPublished,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<Integer> figureYears, LocalDateTime lastPublished) {
    }

    @Schema(description = "A year's aggregate figures as published on the portal (small counts suppressed)")
    public record PublishedFigures(@Schema(requiredMode = RequiredMode.REQUIRED) long planId, @Schema(requiredMode = RequiredMode.REQUIRED) int year,
            @Schema(requiredMode = RequiredMode.REQUIRED) LocalDateTime publishedAt,
            @Schema(requiredMode = RequiredMode.REQUIRED) AchievementItem overall, int activities, int measured, int notMeasurable,
            int noData, int completed, int measuredIndicators, int indicatorsBehind,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<PublishedTable> tables) {
    }

    public record PublishedTable(@Schema(requiredMode = RequiredMode.REQUIRED) String name, @Schema(requiredMode = RequiredMode.REQUIRED) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED) List<String> header, @Schema(requiredMode = RequiredMode.REQUIRED) List<List<Object>> rows) {
    }

    static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
