package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.BudgetLineView;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanHeader;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.SpecificObjectiveNode;
import org.ariadne.plan.StrategicObjectiveNode;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ReportedActivities.Spending;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the funding position: conversion, what counts as secured, the gap, priority, the shares. */
class FundingRulesUnitTest {

    private static final long NGO = 50;
    private static final long POLICE = 51;
    private static final LocalDate JAN_2016 = LocalDate.of(2016, 1, 1);
    private static final LocalDate JAN_2017 = LocalDate.of(2017, 1, 1);

    private final Rates rates = new Rates("EUR", List.of(
            new ExchangeRateView(1, "USD", new BigDecimal("0.90"), JAN_2016, "officer", LocalDateTime.now()),
            new ExchangeRateView(2, "USD", new BigDecimal("0.80"), JAN_2017, "officer", LocalDateTime.now())));

    // ---- rates ----

    @Test
    void aRateIsTheOneInForceOnTheDayOrTheLatestWithoutADay() {
        assertThat(rates.rate("USD", LocalDate.of(2016, 6, 30))).contains(new BigDecimal("0.90"));
        assertThat(rates.rate("USD", JAN_2017)).contains(new BigDecimal("0.80"));
        assertThat(rates.rate("USD", null)).contains(new BigDecimal("0.80"));
        assertThat(rates.convert(new BigDecimal("1000"), "USD", LocalDate.of(2016, 3, 1)))
                .contains(new BigDecimal("900.00"));
    }

    @Test
    void aMissingRateIsMissingNeverOneToOne() {
        assertThat(rates.rate("USD", LocalDate.of(2015, 12, 31))).isEmpty();
        assertThat(rates.rate("GBP", null)).isEmpty();
        assertThat(rates.convert(BigDecimal.TEN, "GBP", null)).isEmpty();
        assertThat(rates.rate("EUR", null)).contains(BigDecimal.ONE);
    }

    @Test
    void currenciesAreIso4217Codes() {
        assertThat(Currencies.isKnown("usd ")).isTrue();
        assertThat(Currencies.isKnown("ALL")).isTrue();
        assertThat(Currencies.isKnown("XYZ")).isFalse();
        assertThat(Currencies.isKnown("EURO")).isFalse();
    }

    // ---- the position ----

    @Test
    void securedIsTheLinesTypedSecuredPlusTheAllocationsAndTheGapDropsByTheAllocation() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "10000", "2000", null)));

        var before = position(tree, null, List.of());
        var after = position(tree, null, List.of(commitment(FundingSourceKind.DONOR, "3000", "EUR", null,
                new AllocationView(1, 2016, new BigDecimal("3000")))));

        assertThat(before.totals().gap()).isEqualByComparingTo("8000");
        assertThat(after.totals().secured()).isEqualByComparingTo("5000");
        assertThat(after.totals().committed()).isEqualByComparingTo("3000");
        assertThat(after.totals().gap()).isEqualByComparingTo("5000");
        assertThat(after.activities().get(0).donorGap()).isEqualByComparingTo("5000");
        assertThat(after.activities().get(0).status()).isEqualTo(FundingPosition.Status.PARTLY_FUNDED);
    }

    @Test
    void anAllocationInAnotherCurrencyIsConvertedAtTheRateOfTheSignedDay() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "10000", null, null)));

        var position = position(tree, null, List.of(commitment(FundingSourceKind.DONOR, "5000", "USD",
                LocalDate.of(2016, 5, 1), new AllocationView(1, 2016, new BigDecimal("5000")))));

        assertThat(position.totals().committed()).isEqualByComparingTo("4500.00");
        assertThat(position.totals().gap()).isEqualByComparingTo("5500.00");
        assertThat(position.missingRates()).isEmpty();
        assertThat(position.donors().get(0).funded().get(0).converted()).isEqualByComparingTo("4500.00");
    }

    @Test
    void anAmountWithoutARateIsNotCountedAndIsListed() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "10000", null, null),
                line(2016, FundingSourceKind.DONOR, "700", null, "GBP")));

        var position = position(tree, null, List.of(commitment(FundingSourceKind.DONOR, "5000", "USD",
                LocalDate.of(2015, 5, 1), new AllocationView(1, 2016, new BigDecimal("5000")))));

        assertThat(position.totals().planned()).isEqualByComparingTo("10000");
        assertThat(position.totals().committed()).isEqualByComparingTo("0");
        assertThat(position.missingRates()).extracting(FundingPosition.MissingRate::currency)
                .containsExactlyInAnyOrder("GBP", "USD");
        assertThat(position.missingRates()).filteredOn(m -> m.currency().equals("USD"))
                .extracting(FundingPosition.MissingRate::on).containsExactly(LocalDate.of(2015, 5, 1));
    }

    @Test
    void aSurplusOnOneActivityNeverHidesTheGapOfAnother() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "1000", null, null)),
                activity(2, "A1.1.2", POLICE, line(2016, FundingSourceKind.DONOR, "1000", null, null)));

        var position = position(tree, null, List.of(commitment(FundingSourceKind.DONOR, "3000", "EUR", null,
                new AllocationView(1, 2016, new BigDecimal("3000")))));

        assertThat(position.totals().gap()).isEqualByComparingTo("1000");
        assertThat(position.activities().get(0).status()).isEqualTo(FundingPosition.Status.FUNDED);
        assertThat(position.activities().get(1).status()).isEqualTo(FundingPosition.Status.UNFUNDED);
    }

    @Test
    void aYearCountsItsOwnLinesAndAllocationsAndShowsTheWholePeriodApart() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "1000", null, null),
                line(null, FundingSourceKind.DONOR, "500", null, null)));
        var commitments = List.of(commitment(FundingSourceKind.DONOR, "900", "EUR", null,
                new AllocationView(1, 2017, new BigDecimal("600")), new AllocationView(1, null, new BigDecimal("300"))));

        var in2016 = position(tree, 2016, commitments);
        var whole = position(tree, null, commitments);

        assertThat(in2016.totals().planned()).isEqualByComparingTo("1000");
        assertThat(in2016.totals().committed()).isEqualByComparingTo("0");
        assertThat(in2016.totals().plannedWithoutYear()).isEqualByComparingTo("500");
        assertThat(in2016.totals().committedWithoutYear()).isEqualByComparingTo("300");
        assertThat(whole.totals().gap()).isEqualByComparingTo("600");
        assertThat(whole.years()).extracting(FundingPosition.YearFunding::year).containsExactly(2016, 2017, 2018, null);
    }

    @Test
    void aStateBudgetCommitmentIsSecuredButLeavesTheDonorGap() {
        var tree = tree(activity(1, "A1.1.1", POLICE, line(2016, FundingSourceKind.DONOR, "1000", null, null)));

        var position = position(tree, null, List.of(commitment(FundingSourceKind.STATE_BUDGET, "400", "EUR", null,
                new AllocationView(1, 2016, new BigDecimal("400")))));

        assertThat(position.activities().get(0).gap()).isEqualByComparingTo("600");
        assertThat(position.activities().get(0).donorGap()).isEqualByComparingTo("1000");
    }

    @Test
    void theDonorRoundListsUnfundedAndPartlyFundedActivitiesByObjectiveThenLargestGap() {
        var first = new StrategicObjectiveNode(10, 0, "SO 1", "Prevention", null, ThematicArea.PREVENTION, List.of(),
                List.of(new SpecificObjectiveNode(11, 0, 10, "SO 1.1", "Awareness", null, List.of(), List.of(
                        activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "1000", null, null)),
                        activity(2, "A1.1.2", NGO, line(2016, FundingSourceKind.DONOR, "5000", "1000", null)),
                        activity(3, "A1.1.3", NGO, line(2016, FundingSourceKind.DONOR, "5000", "5000", null))))));
        var second = new StrategicObjectiveNode(20, 0, "SO 2", "Protection", null, ThematicArea.PROTECTION, List.of(),
                List.of(new SpecificObjectiveNode(21, 0, 20, "SO 2.1", "Shelters", null, List.of(), List.of(
                        activity(4, "A2.1.1", POLICE, line(2016, FundingSourceKind.DONOR, "90000", null, null))))));
        var tree = new PlanTree(plan(), List.of(first, second));

        var round = position(tree, null, List.of()).donorRound();

        assertThat(round).extracting(FundingPosition.ActivityFunding::code).containsExactly("A1.1.2", "A1.1.1", "A2.1.1");
    }

    @Test
    void theSharesCountStateBudgetLinesAndActivitiesLedByNgos() {
        var tree = tree(activity(1, "A1.1.1", NGO, line(2016, FundingSourceKind.DONOR, "3000", null, null)),
                activity(2, "A1.1.2", POLICE, line(2016, FundingSourceKind.STATE_BUDGET, "7000", "7000", null)));
        var spending = List.of(new Spending(1, 2016, FundingSourceKind.DONOR, null, new BigDecimal("100")),
                new Spending(2, 2016, FundingSourceKind.STATE_BUDGET, null, new BigDecimal("300")));

        var shares = new FundingCalculation(tree, null, rates, id -> "Institution " + id, id -> id == NGO)
                .build(List.of(), spending).shares();

        assertThat(shares.statePlannedShare()).isEqualByComparingTo("70.0");
        assertThat(shares.ngoPlannedShare()).isEqualByComparingTo("30.0");
        assertThat(shares.stateSpentShare()).isEqualByComparingTo("75.0");
        assertThat(shares.ngoSpentShare()).isEqualByComparingTo("25.0");
    }

    // ---- helpers ----

    private FundingPosition position(PlanTree tree, Integer year, List<CommitmentView> commitments) {
        return new FundingCalculation(tree, year, rates, id -> "Institution " + id, id -> id == NGO)
                .build(commitments, List.of());
    }

    private static PlanHeader plan() {
        return new PlanHeader(1, 0, "Plan", null, null, null, 2016, 2018, PlanStatus.DRAFT, false);
    }

    private static PlanTree tree(ActivityView... activities) {
        return new PlanTree(plan(), List.of(new StrategicObjectiveNode(10, 0, "SO 1", "Prevention", null,
                ThematicArea.PREVENTION, List.of(), List.of(new SpecificObjectiveNode(11, 0, 10, "SO 1.1",
                        "Awareness", null, List.of(), List.of(activities))))));
    }

    private static BudgetLineView line(Integer year, FundingSourceKind kind, String planned, String secured,
            String currency) {
        return new BudgetLineView(year, kind, null, new BigDecimal(planned),
                secured == null ? null : new BigDecimal(secured), currency);
    }

    private static ActivityView activity(long id, String code, long lead, BudgetLineView... lines) {
        return new ActivityView(id, 0, 11, code, "Activity " + code, null, null, lead, List.of(), null, null, null,
                false, Frequency.YEARLY, null, null, null, ActivityStatus.NOT_STARTED, new ArrayList<>(List.of(lines)),
                List.of());
    }

    private static long commitments = 100;

    private static CommitmentView commitment(FundingSourceKind source, String amount, String currency,
            LocalDate signedOn, AllocationView... allocations) {
        return new CommitmentView(++commitments, 0, 1, null, "Funder " + commitments, "Funder " + commitments, source,
                CommitmentKind.AGREEMENT, "REF-" + commitments, new BigDecimal(amount), currency, signedOn, null, null,
                List.of(allocations), "officer", LocalDateTime.now());
    }
}
