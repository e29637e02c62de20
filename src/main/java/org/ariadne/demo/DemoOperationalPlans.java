package org.ariadne.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.ariadne.operationalplan.LineCommand;
import org.ariadne.operationalplan.LineView;
import org.ariadne.operationalplan.OperationalPlanEditing;
import org.ariadne.operationalplan.OperationalPlans;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.springframework.stereotype.Component;

/**
 * The demo plan's operational plans, written after its reports (the carry-overs read the statuses reported at the end
 * of each year): 2016 and 2017 drafted by the demo M&amp;E officer and approved by the demo coordinator, 2017 with two
 * activities of 2016 carried over (each with its reason, new end date and budget); 2018 drafted and left for the
 * officer to decide. Carry-overs beyond the two are carried to the end of their year as well, so that the year's
 * reports (which follow an approved plan) keep every activity the demo reports were written for.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoOperationalPlans {

    private static final List<String> REASONS = List.of(
            "The procurement of the trainers took until November; the remaining sessions move to the first half of the "
                    + "year (demo).",
            "Two partner shelters closed for renovation; the activity resumes once they reopen (demo).");

    private final OperationalPlanEditing editing;
    private final OperationalPlans operationalPlans;

    DemoOperationalPlans(OperationalPlanEditing editing, OperationalPlans operationalPlans) {
        this.editing = editing;
        this.operationalPlans = operationalPlans;
    }

    /** Returns how many operational plans were written. */
    int load(long planId) {
        approved(planId, 2016);
        approved(planId, 2017);
        asOfficer(() -> editing.draft(planId, 2018));
        return 3;
    }

    private void approved(long planId, int year) {
        asOfficer(() -> editing.draft(planId, year));
        var op = asOfficer(() -> operationalPlans.get(planId, year));
        int carried = 0;
        for (LineView line : op.carryOvers()) {
            var reason = carried < REASONS.size() ? REASONS.get(carried)
                    : "Not finished in " + (year - 1) + "; completed within the first quarter (demo).";
            var newEnd = carried < REASONS.size() ? LocalDate.of(year, 6 * (carried + 1), carried == 0 ? 30 : 31)
                    : LocalDate.of(year, 3, 31);
            var budget = line.plannedBudget() != null ? line.plannedBudget() : BigDecimal.valueOf(2500L * (carried + 1));
            asOfficer(() -> {
                editing.decide(planId, year, line.id(), line.version(), LineCommand.accept(reason, newEnd, budget));
                return null;
            });
            carried++;
        }
        var version = asOfficer(() -> operationalPlans.get(planId, year)).version();
        SystemTasks.callAs("coordinator", null, EnumSet.of(Role.COORDINATOR), () -> {
            editing.approve(planId, year, version);
            return null;
        });
    }

    private static <T> T asOfficer(java.util.function.Supplier<T> work) {
        return SystemTasks.callAs("officer", null, EnumSet.of(Role.ME_OFFICER), work);
    }
}
