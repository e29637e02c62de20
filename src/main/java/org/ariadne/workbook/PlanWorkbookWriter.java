package org.ariadne.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.ariadne.plan.PlanTree;

/**
 * Writes a plan in the workbook layout, one row per objective and activity, further indicators and budget lines
 * on the rows below with an empty code: exactly what {@link PlanWorkbookReader} reads back.
 */
final class PlanWorkbookWriter {

    /** The columns export writes, in order; yearly target columns follow when the plan has yearly targets. */
    static final List<WorkbookColumn> COLUMNS = Arrays.stream(WorkbookColumn.values())
            .filter(column -> column != WorkbookColumn.YEAR_TARGET)
            .toList();

    private final PlanTree tree;
    private final InstitutionDirectory institutions;
    private final Vocabulary vocabulary;
    private final Locale locale;
    private final List<Integer> targetYears;

    PlanWorkbookWriter(PlanTree tree, InstitutionDirectory institutions, Vocabulary vocabulary, Locale locale) {
        this.tree = tree;
        this.institutions = institutions;
        this.vocabulary = vocabulary;
        this.locale = locale;
        this.targetYears = List.copyOf(tree.indicators().flatMap(i -> i.yearTargets().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    List<String> header() {
        var header = new ArrayList<String>();
        COLUMNS.forEach(column -> header.add(vocabulary.label(column.messageKey(), locale)));
        targetYears.forEach(year -> header.add(vocabulary.label(WorkbookColumn.TARGET.messageKey(), locale) + " " + year));
        return header;
    }

    List<List<Object>> rows() {
        var rows = new ArrayList<List<Object>>();
        for (var strategic : tree.objectives()) {
            var first = blank();
            set(first, WorkbookColumn.CODE, strategic.code());
            set(first, WorkbookColumn.TITLE, strategic.title());
            // the plan's own name of the area, in the language of the export: the import finds it again by that name
            set(first, WorkbookColumn.THEMATIC_AREA, tree.areaLabel(strategic.thematicArea(), locale));
            addWithIndicators(rows, first, strategic.indicators(), List.of());
            for (var specific : strategic.specificObjectives()) {
                var row = blank();
                set(row, WorkbookColumn.CODE, specific.code());
                set(row, WorkbookColumn.TITLE, specific.title());
                addWithIndicators(rows, row, specific.indicators(), List.of());
                for (var activity : specific.activities()) {
                    addWithIndicators(rows, activityRow(activity), activity.indicators(), activity.budgetLines());
                }
            }
        }
        return rows;
    }

    private List<Object> activityRow(ActivityView activity) {
        var row = blank();
        set(row, WorkbookColumn.CODE, activity.code());
        set(row, WorkbookColumn.TITLE, activity.title());
        set(row, WorkbookColumn.DESCRIPTION, activity.description());
        set(row, WorkbookColumn.EXPECTED_RESULT, activity.expectedResult());
        set(row, WorkbookColumn.LEAD_INSTITUTION, institutions.nameOf(activity.leadInstitutionId()));
        var supporting = activity.supportingInstitutionIds().stream().map(institutions::nameOf).filter(Objects::nonNull)
                .sorted().collect(Collectors.joining("; "));
        set(row, WorkbookColumn.SUPPORTING_INSTITUTIONS, supporting.isEmpty() ? null : supporting);
        set(row, WorkbookColumn.RESPONSIBLE_PERSON, activity.responsiblePerson());
        var continuous = label("workbook.continuous");
        if (activity.continuous() && activity.startDate() == null && activity.endDate() == null) {
            set(row, WorkbookColumn.START, continuous);
        } else if (activity.continuous()) {
            set(row, WorkbookColumn.START, activity.startDate() == null ? continuous : activity.startDate() + " (" + continuous + ")");
            set(row, WorkbookColumn.END, activity.endDate());
        } else {
            set(row, WorkbookColumn.START, activity.startDate());
            set(row, WorkbookColumn.END, activity.endDate());
        }
        set(row, WorkbookColumn.FREQUENCY, activity.frequency() == null ? null : label(activity.frequency().messageKey()));
        set(row, WorkbookColumn.MEANS_OF_VERIFICATION, activity.meansOfVerification());
        set(row, WorkbookColumn.ASSUMPTIONS, activity.assumptions());
        set(row, WorkbookColumn.RISKS, activity.risks());
        return row;
    }

    /** The element's row carries its first indicator and budget line; the rows below carry the rest. */
    private void addWithIndicators(List<List<Object>> rows, List<Object> first, List<IndicatorView> indicators,
            List<BudgetLineView> budget) {
        int lines = Math.max(1, Math.max(indicators.size(), budget.size()));
        for (int i = 0; i < lines; i++) {
            var row = i == 0 ? first : blank();
            if (i < indicators.size()) {
                writeIndicator(row, indicators.get(i));
            }
            if (i < budget.size()) {
                writeBudget(row, budget.get(i));
            }
            rows.add(row);
        }
    }

    private void writeIndicator(List<Object> row, IndicatorView indicator) {
        set(row, WorkbookColumn.INDICATOR, indicator.name());
        set(row, WorkbookColumn.RESULT_LEVEL, label(indicator.resultLevel().messageKey()));
        set(row, WorkbookColumn.UNIT, indicator.unit());
        set(row, WorkbookColumn.BASELINE, value(indicator, indicator.baselineValue()));
        set(row, WorkbookColumn.BASELINE_YEAR, indicator.baselineYear());
        set(row, WorkbookColumn.TARGET, value(indicator, indicator.targetValue()));
        set(row, WorkbookColumn.TARGET_YEAR, indicator.targetYear());
        set(row, WorkbookColumn.INDICATOR_TYPE, label(indicator.type().messageKey()));
        set(row, WorkbookColumn.DIRECTION, label(indicator.direction().messageKey()));
        var dimensions = indicator.disaggregations().stream().sorted().map(d -> label(d.messageKey()))
                .collect(Collectors.joining("; "));
        set(row, WorkbookColumn.DISAGGREGATION, dimensions.isEmpty() ? null : dimensions);
        set(row, WorkbookColumn.BASELINE_SOURCE, indicator.baselineSource());
        set(row, WorkbookColumn.DATA_SOURCE, indicator.dataSource());
        set(row, WorkbookColumn.AGGREGATION, indicator.aggregation() == null ? null
                : label(indicator.aggregation().messageKey()));
        for (int i = 0; i < targetYears.size(); i++) {
            row.set(COLUMNS.size() + i, value(indicator, indicator.yearTargets().get(targetYears.get(i))));
        }
    }

    private void writeBudget(List<Object> row, BudgetLineView line) {
        set(row, WorkbookColumn.BUDGET, line.planned());
        String source;
        var institution = institutions.nameOf(line.sourceInstitutionId());
        if (line.kind() == FundingSourceKind.DONOR && institution != null) {
            source = institution;
        } else {
            source = label(line.kind().messageKey()) + (institution == null ? "" : ": " + institution);
        }
        set(row, WorkbookColumn.FUNDING_SOURCE, source);
        set(row, WorkbookColumn.BUDGET_YEAR, line.year());
        set(row, WorkbookColumn.SECURED, line.secured());
        set(row, WorkbookColumn.CURRENCY, line.currency() == null ? vocabulary.defaultCurrency() : line.currency());
    }

    /** Yes/no indicators read better as words; every other value stays a number. */
    private Object value(IndicatorView indicator, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (indicator.type() == IndicatorType.YES_NO) {
            return label(value.signum() == 0 ? "common.no" : "common.yes");
        }
        return value.stripTrailingZeros().scale() < 0 ? value.setScale(0) : value.stripTrailingZeros();
    }

    private List<Object> blank() {
        var row = new ArrayList<Object>();
        for (int i = 0; i < COLUMNS.size() + targetYears.size(); i++) {
            row.add(null);
        }
        return row;
    }

    private static void set(List<Object> row, WorkbookColumn column, Object value) {
        row.set(COLUMNS.indexOf(column), value);
    }

    private String label(String key) {
        return vocabulary.label(key, locale);
    }
}
