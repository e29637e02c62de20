package org.ariadne.operationalplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.ariadne.common.NotFoundException;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the operational plans of a plan: whoever may read the plan (everyone signed in, as
 * {@link org.ariadne.plan.Plans}) reads its operational plans, drafts included.
 */
@Service
@PreAuthorize(OperationalPlans.READERS)
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class OperationalPlans {

    // Who may do what, said once: the services and the pages name these instead of restating roles.
    /** Who reads operational plans: whoever reads the plan, that is everyone signed in. */
    public static final String READERS = "isAuthenticated()";
    /** Who drafts and decides the lines: the M&amp;E officer. */
    public static final String DRAFTERS = "hasRole('ME_OFFICER')";
    /** Who approves and reopens: the coordinator. */
    public static final String APPROVERS = "hasRole('COORDINATOR')";

    /** One year of the plan and its operational plan, if drafted. */
    public record Year(int year, OperationalPlanStatus status, int lines, long undecided) {

        public boolean drafted() {
            return status != null;
        }
    }

    private final OperationalPlanRecords records;
    private final OperationalPlanLines lines;
    private final Plans plans;

    OperationalPlans(OperationalPlanRecords records, OperationalPlanLines lines, Plans plans) {
        this.records = records;
        this.lines = lines;
        this.plans = plans;
    }

    /** Every year of the plan, with its operational plan's state. */
    public List<Year> years(long planId) {
        var header = plans.header(planId);
        var drafted = records.findByPlanIdOrderByPlanYear(planId);
        var years = new ArrayList<Year>();
        for (int year : header.years()) {
            var plan = drafted.stream().filter(p -> p.year() == year).findFirst();
            if (plan.isEmpty()) {
                years.add(new Year(year, null, 0, 0));
            } else {
                var its = lines.findByOperationalPlanIdOrderByPosition(plan.get().id());
                years.add(new Year(year, plan.get().status(), its.size(),
                        its.stream().filter(l -> l.decision() == LineDecision.PROPOSED).count()));
            }
        }
        return years;
    }

    public Optional<OperationalPlanView> find(long planId, int year) {
        return records.findByPlanIdAndPlanYear(planId, year).map(plan -> plan.view(
                lines.findByOperationalPlanIdOrderByPosition(plan.id()).stream().map(OperationalPlanLine::view).toList()));
    }

    public OperationalPlanView get(long planId, int year) {
        return find(planId, year).orElseThrow(() -> NotFoundException.of("operational-plan", planId + "/" + year));
    }
}
