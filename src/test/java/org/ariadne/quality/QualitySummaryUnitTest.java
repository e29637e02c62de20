package org.ariadne.quality;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ariadne.plan.IndicatorType;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.ariadne.quality.QualityRule.*;
import static org.ariadne.quality.Trees.activity;
import static org.ariadne.quality.Trees.indicator;
import static org.ariadne.quality.Trees.planWith;
import static org.assertj.core.api.Assertions.assertThat;

/** The counts at the top of the audit page: how many of the elements a rule applies to it flags. */
class QualitySummaryUnitTest {

    private final PlanQualityRules rules = new PlanQualityRules();

    private static String english(RuleSummary summary) {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/quality");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        // the sentence counts with an ICU plural, written as the application's message source writes it
        var pattern = messages.getMessage(summary.rule().summaryKey(), null, Locale.ENGLISH);
        return new com.ibm.icu.text.MessageFormat(pattern, Locale.ENGLISH)
                .format(new Object[] {summary.flagged(), summary.checked()});
    }

    @Test
    void twoOfThreeIndicatorsHaveNoBaseline() {
        var report = rules.check(planWith(indicator().baseline(null, null).build(),
                indicator().baseline(null, null).build(), indicator().build()));

        // the objectives' outcome indicators of the fixture count too: 2 of 3 on the activity, plus 2 complete ones
        var summary = report.summary(INDICATOR_WITHOUT_BASELINE);
        assertThat(summary.flagged()).isEqualTo(2);
        assertThat(summary.checked()).isEqualTo(5);
    }

    @Test
    void theSentenceReadsAsTheOfficerSaysIt() {
        var tree = Trees.plan(Trees.strategic("SO 1", java.util.List.of(),
                Trees.specific("SO 1.1", java.util.List.of(), activity().indicators(indicator().baseline(null, null).build(),
                        indicator().baseline(null, null).build(), indicator().build()).build())));

        var summary = rules.check(tree).summary(INDICATOR_WITHOUT_BASELINE);

        assertThat(english(summary)).isEqualTo("2 of 3 indicators have no baseline");
        assertThat(summary.percent()).isEqualTo(67);
    }

    @Test
    void aRuleCountsOnlyTheElementsItAppliesTo() {
        var report = rules.check(planWith(
                indicator().type(IndicatorType.PERCENTAGE).ratio("assisted", null).build(),
                indicator().type(IndicatorType.PERCENTAGE).ratio("assisted", "identified").build(),
                indicator().type(IndicatorType.YES_NO).unit(null).baseline("0", 2015).target("1", 2017).build(),
                indicator().unit(null).build()));

        assertThat(report.summary(PERCENTAGE_WITHOUT_RATIO)).isEqualTo(new RuleSummary(PERCENTAGE_WITHOUT_RATIO, 1, 2));
        // the two objective indicators and the unitless count need a unit; yes/no and percentages do not
        assertThat(report.summary(INDICATOR_WITHOUT_UNIT)).isEqualTo(new RuleSummary(INDICATOR_WITHOUT_UNIT, 1, 3));
        assertThat(report.summary(ACTIVITY_WITHOUT_LEAD)).isEqualTo(new RuleSummary(ACTIVITY_WITHOUT_LEAD, 0, 1));
    }

    @Test
    void theHeadlineCountsIndicatorsAndActivitiesWithoutAnyProblemWarningsAllowed() {
        var report = rules.check(planWith(
                activity().indicators(indicator().baseline(null, null).build(), indicator().baseline("5", null).build()).build(),
                activity().code("A1.1.2").lead(null).build()));

        assertThat(report.indicators()).isEqualTo(new Readiness(5, 4));
        assertThat(report.activities()).isEqualTo(new Readiness(2, 1));
        assertThat(report.count(Severity.PROBLEM)).isEqualTo(2);
        assertThat(report.count(Severity.WARNING)).isEqualTo(1);
    }

    @Test
    void oneFlaggedElementOfManyNeverShowsAsZeroPerCent() {
        assertThat(new RuleSummary(INDICATOR_WITHOUT_BASELINE, 1, 1200).percent()).isEqualTo(1);
        assertThat(new RuleSummary(INDICATOR_WITHOUT_BASELINE, 0, 1200).percent()).isZero();
        assertThat(new RuleSummary(PLAN_WITHOUT_RISKS, 0, 0).applies()).isFalse();
    }

    @Test
    void theFilterNarrowsByRuleSeverityObjectiveAndInstitution() {
        var tree = planWith(activity().lead(null).indicators(indicator().baseline("1", null).responsible(9L).build()).build());
        var report = rules.check(tree);
        var strategicId = tree.objectives().get(0).id();

        assertThat(report.findings(new QualityFilter(ACTIVITY_WITHOUT_LEAD, null, null, null))).hasSize(1);
        assertThat(report.findings(new QualityFilter(null, Severity.WARNING, null, null)))
                .extracting(Finding::rule).containsExactly(BASELINE_WITHOUT_YEAR);
        assertThat(report.findings(new QualityFilter(null, null, strategicId, null))).hasSize(2);
        assertThat(report.findings(new QualityFilter(null, null, strategicId + 1000, null))).isEmpty();
        assertThat(report.findings(new QualityFilter(null, null, null, 9L))).extracting(Finding::rule)
                .containsExactly(BASELINE_WITHOUT_YEAR);
        assertThat(report.findings(QualityFilter.none())).hasSize(2);
    }
}
