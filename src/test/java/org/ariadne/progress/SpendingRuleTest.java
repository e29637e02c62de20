package org.ariadne.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/** Issue 12, item 7: money that does not add up, as the review, the budget page and the dashboards judge it. */
class SpendingRuleTest {

    @Test
    void moreSpentThanPlannedIsOverspentWhetherOrNotTheYearIsOver() {
        assertThat(SpendingRule.judge(money("160200"), money("342000"), false)).isEqualTo(SpendingRule.OVERSPENT);
        assertThat(SpendingRule.judge(money("100"), money("100.01"), true)).isEqualTo(SpendingRule.OVERSPENT);
        assertThat(SpendingRule.judge(money("100"), money("100"), true)).isEqualTo(SpendingRule.WITHIN);
    }

    @Test
    void moneySpentWhereNothingWasPlannedIsSpentWithoutABudget() {
        assertThat(SpendingRule.judge(null, money("5"), false)).isEqualTo(SpendingRule.UNPLANNED);
        assertThat(SpendingRule.judge(BigDecimal.ZERO, money("5"), true)).isEqualTo(SpendingRule.UNPLANNED);
        assertThat(SpendingRule.judge(null, null, true)).isEqualTo(SpendingRule.WITHIN);
    }

    @Test
    void lessThanHalfSpentIsUnderspentOnlyOnceTheYearIsOver() {
        assertThat(SpendingRule.judge(money("1000"), money("499.99"), true)).isEqualTo(SpendingRule.UNDERSPENT);
        assertThat(SpendingRule.judge(money("1000"), null, true)).isEqualTo(SpendingRule.UNDERSPENT);
        assertThat(SpendingRule.judge(money("1000"), money("500"), true)).isEqualTo(SpendingRule.WITHIN);
        assertThat(SpendingRule.judge(money("1000"), money("0"), false)).isEqualTo(SpendingRule.WITHIN);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
