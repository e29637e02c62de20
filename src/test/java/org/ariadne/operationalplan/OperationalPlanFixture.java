package org.ariadne.operationalplan;

import java.time.LocalDate;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.ThematicArea;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * A 2016-2018 plan for the operational plan of 2017: the police train border officers all 2017 (budget and target of
 * 2017) and left their 2016 risk assessment unfinished; the shelter did not start its 2016 hotline campaign; the
 * prosecution completed its 2016 guidelines; the office coordinates continuously; a 2018 study is not due yet.
 */
public final class OperationalPlanFixture {

    public final long police;
    public final long shelter;
    public final BuiltPlan plan;

    public OperationalPlanFixture(TestPlans plans) {
        police = plans.institution("Border police", InstitutionType.POLICE);
        shelter = plans.institution("Hope shelter", InstitutionType.NGO);
        long prosecution = plans.institution("Prosecution", InstitutionType.PROSECUTION);
        plan = plans.build(aPlan().named("Operational plan test").running(2016, 2018)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train border officers in identification").ledBy(police)
                        .supportedBy(shelter).running(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))
                        .budget(2017, FundingSourceKind.STATE_BUDGET, police, "12000", null)
                        .withIndicator(anIndicator("Officers trained").unit("persons").target("120", 2017)))
                .withActivity(anActivity("A1.1.2", "Assess the risks at border crossings").ledBy(police)
                        .running(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 31)).status(ActivityStatus.STARTED))
                .withActivity(anActivity("A1.1.3", "Run the hotline campaign").ledBy(shelter)
                        .running(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 9, 30))
                        .status(ActivityStatus.NOT_STARTED))
                .withActivity(anActivity("A1.1.4", "Write prosecution guidelines").ledBy(prosecution)
                        .running(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 6, 30)).status(ActivityStatus.COMPLETED))
                .withActivity(anActivity("A1.1.5", "Coordinate the referral mechanism").ledBy(police))
                .withActivity(anActivity("A1.1.6", "Study the 2018 trends").ledBy(prosecution)
                        .running(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))));
    }

    public String path() {
        return "/plans/" + plan.id() + "/operational-plans/2017";
    }
}
