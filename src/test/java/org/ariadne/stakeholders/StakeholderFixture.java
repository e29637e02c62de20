package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestPlans;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;

/**
 * What the stakeholder tests share: a plan with one objective, specific objective, activity and indicator; the police
 * (invited, with a contact who agreed to be contacted and one who did not) and the shelter (not invited); a round on
 * the plan that takes comments today, with one comment of the police and a link issued to an outside organisation.
 */
final class StakeholderFixture {

    final long planId;
    final long police;
    final long shelter;
    final long strategic;
    final long activity;
    final long indicator;
    final long consentingContact;
    final long silentContact;
    final long round;
    final long policeComment;
    final IssuedLink link;
    final SignedInUser policeFocalPoint;
    final SignedInUser shelterFocalPoint;

    StakeholderFixture(TestPlans testPlans, Contacts contacts, Consultations consultations) {
        police = testPlans.institution("Police", InstitutionType.POLICE);
        shelter = testPlans.institution("Shelter", InstitutionType.SHELTER_NGO);
        var plan = testPlans.build(aPlan().named("Consulted plan").running(2026, 2028)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train border police").ledBy(police)
                        .withIndicator(anIndicator("Officers trained"))));
        planId = plan.id();
        strategic = plan.element("SO 1");
        activity = plan.element("A1.1.1");
        indicator = plan.indicator("Officers trained");
        policeFocalPoint = TestSignIn.user("focal.police.test", police, Role.FOCAL_POINT);
        shelterFocalPoint = TestSignIn.user("focal.shelter.test", shelter, Role.FOCAL_POINT);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            consentingContact = contacts.create(police, new ContactCommand("Arta Krasniqi", "Head of unit",
                    "arta@police.example", "+383 38 000", Set.of(ContactLanguage.ALBANIAN), true,
                    LocalDate.now().minusDays(3), null));
            silentContact = contacts.create(police, new ContactCommand("Besnik Gashi", "Officer",
                    "besnik@police.example", null, Set.of(), false, null, null));
            var opened = consultations.open(planId, new RoundCommand("Consultation on the draft", "Validation",
                    LocalDate.now(), LocalDate.now().plusWeeks(2), Set.of(police), List.of("Outside NGO"),
                    List.of("ngo@example.org")));
            round = opened.id();
            link = opened.links().get(0);
        } finally {
            TestSignIn.clear();
        }
        as(policeFocalPoint, () -> consultations.comment(round, java.util.Map.of("a-" + activity,
                "Add the border crossings of the south.")));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            policeComment = consultations.comments(round).get(0).id();
        } finally {
            TestSignIn.clear();
        }
    }

    static void as(SignedInUser user, Runnable work) {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(user, null,
                        user.getAuthorities()));
        try {
            work.run();
        } finally {
            TestSignIn.clear();
        }
    }
}
