package org.ariadne.publication;

import java.time.LocalDate;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * A plan built through the services as the M&amp;E officer would: SO 1 Protection with "Training of police officers"
 * (led by the police, started, with "Victims identified" from 0 to 200 victims and a budget with a gap, a person
 * responsible and risks that must never be public) and "Shelter beds" (completed, continuous); SO 2 Prevention with
 * an awareness campaign of the ministry. The plan runs from last year to next year. Tests get it from
 * {@link PublicationPlans}.
 */
final class PublicationFixture {

    final long planId;
    final String title;
    final int year;
    final long police;
    final long training;
    final long beds;
    final long victims;

    PublicationFixture(TestPlans kit, PlanEditing editing, PlanStatus status, String activityTitle) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        year = LocalDate.now().getYear();
        police = kit.institution("Police", InstitutionType.POLICE);
        var ministry = kit.institution("Ministry", InstitutionType.MINISTRY);
        var plan = kit.build(aPlan().named("Public plan").vision("A country free of trafficking").mission("Coordinate")
                .running(year - 1, year + 1).status(status)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", activityTitle).describedAs("How: in secret").ledBy(police)
                        .responsible("Agent Smith").running(LocalDate.of(year - 1, 3, 1), LocalDate.of(year, 11, 30))
                        .assuming("Secret assumption").risking("Secret risk")
                        .budget(year, FundingSourceKind.STATE_BUDGET, police, "7777", "1111")
                        .withIndicator(anIndicator("Victims identified").unit("victims").baseline("0", year - 2, null)
                                .target("200", year + 1).responsible(police)))
                .withActivity(anActivity("A1.1.2", "Shelter beds").ledBy(police))
                .withStrategicObjective("SO 2", "Prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 2.1", "Campaigns")
                .withActivity(anActivity("A2.1.1", "Awareness campaign").ledBy(ministry)));
        planId = plan.id();
        title = plan.title();
        training = plan.element("A1.1.1");
        beds = plan.element("A1.1.2");
        victims = plan.indicator("Victims identified");
        if (status != PlanStatus.DRAFT) {
            editing.recordStatus(training, ActivityStatus.STARTED);
            editing.recordStatus(beds, ActivityStatus.COMPLETED);
        }
        TestSignIn.clear();
    }
}
