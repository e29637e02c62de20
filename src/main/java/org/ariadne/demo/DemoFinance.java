package org.ariadne.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ariadne.finance.AllocationCommand;
import org.ariadne.finance.CommitmentCommand;
import org.ariadne.finance.CommitmentKind;
import org.ariadne.finance.ExchangeRateCommand;
import org.ariadne.finance.Funding;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's money beyond the budget lines, recorded by the demo M&E officer as she would: the office's USD and CHF
 * rates (one a year), and four commitments on the demo plan that close part of its gaps: a USAID agreement in US
 * dollars, an EU agreement, a Swiss pledge by a funder not in the directory (in francs, not signed yet, so at the
 * latest rate), and the state budget's allotment for the health ministry's training.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoFinance {

    private static final String OFFICER = "officer";

    private final Funding funding;
    private final Plans plans;
    private final Institutions institutions;

    DemoFinance(Funding funding, Plans plans, Institutions institutions) {
        this.funding = funding;
        this.plans = plans;
        this.institutions = institutions;
    }

    /** Records the rates and commitments unless the plan has commitments already; returns how many it recorded. */
    int load(long planId) {
        return SystemTasks.callAs(OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> {
            if (!funding.commitments(planId).isEmpty()) {
                return 0;
            }
            if (funding.rateList().isEmpty()) {
                rate("USD", "0.9050", 2015);
                rate("USD", "0.9020", 2016);
                rate("USD", "0.9400", 2017);
                rate("USD", "0.8300", 2018);
                rate("USD", "0.8700", 2019);
                rate("CHF", "0.9300", 2016);
                rate("CHF", "0.8900", 2017);
                rate("CHF", "0.8600", 2018);
            }
            var tree = plans.tree(planId);
            var commitments = new ArrayList<CommitmentCommand>();
            commitments.add(new CommitmentCommand(institution("USAID (demo)"), null, FundingSourceKind.DONOR,
                    CommitmentKind.AGREEMENT, "USAID-KS-2017-014 (demo)", new BigDecimal("30000"), "USD",
                    LocalDate.of(2017, 3, 15), LocalDate.of(2017, 4, 1), LocalDate.of(2018, 12, 31),
                    List.of(allocation(tree, "A3.2.1", 2017, "15000"), allocation(tree, "A2.2.3", 2017, "12000"))));
            commitments.add(new CommitmentCommand(institution("EU Office in Kosovo (demo)"), null,
                    FundingSourceKind.DONOR, CommitmentKind.AGREEMENT, "EU/IPA/2016/045 (demo)",
                    new BigDecimal("40000"), "EUR", LocalDate.of(2016, 9, 1), LocalDate.of(2016, 10, 1),
                    LocalDate.of(2018, 9, 30),
                    List.of(allocation(tree, "A1.1.3", 2016, "10000"), allocation(tree, "A2.1.5", 2017, "15000"))));
            commitments.add(new CommitmentCommand(null, "Swiss Agency for Development and Cooperation (demo)",
                    FundingSourceKind.DONOR, CommitmentKind.PLEDGE, null, new BigDecimal("12000"), "CHF", null,
                    LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                    List.of(allocation(tree, "A1.1.7", 2018, "8000"))));
            commitments.add(new CommitmentCommand(institution("Ministry of Health (demo)"), null,
                    FundingSourceKind.STATE_BUDGET, CommitmentKind.AGREEMENT, "Budget law 2017, programme 3170 (demo)",
                    new BigDecimal("9000"), "EUR", LocalDate.of(2017, 1, 15), LocalDate.of(2017, 1, 1),
                    LocalDate.of(2017, 12, 31), List.of(allocation(tree, "A2.2.6", 2017, "9000"))));
            int recorded = 0;
            for (var commitment : commitments) {
                // an activity the office renamed away from its demo code is left out rather than refusing the whole
                var known = commitment.allocations().stream().filter(a -> a.activityId() != null).toList();
                funding.create(planId, new CommitmentCommand(commitment.funderInstitutionId(), commitment.funderName(),
                        commitment.source(), commitment.kind(), commitment.reference(), commitment.amount(),
                        commitment.currency(), commitment.signedOn(), commitment.startsOn(), commitment.endsOn(), known));
                recorded++;
            }
            return recorded;
        });
    }

    private void rate(String currency, String rate, int year) {
        funding.recordRate(new ExchangeRateCommand(currency, new BigDecimal(rate), LocalDate.of(year, 1, 1)));
    }

    private Long institution(String name) {
        return institutions.directory().find(name).map(i -> i.id()).orElse(null);
    }

    private static AllocationCommand allocation(org.ariadne.plan.PlanTree tree, String code, int year, String amount) {
        var activity = tree.activities().filter(a -> code.equals(a.code())).findFirst().map(a -> a.id()).orElse(null);
        return new AllocationCommand(activity, year, new BigDecimal(amount));
    }
}
