package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.stakeholders.ContactCommand;
import org.ariadne.stakeholders.ContactLanguage;
import org.ariadne.stakeholders.Contacts;
import org.ariadne.stakeholders.Consultations;
import org.ariadne.stakeholders.Disposition;
import org.ariadne.stakeholders.DispositionCommand;
import org.ariadne.stakeholders.EngagementApproach;
import org.ariadne.stakeholders.PlacementCommand;
import org.ariadne.stakeholders.RoundCommand;
import org.ariadne.stakeholders.StakeholderAnalysis;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's stakeholders, entered by the demo M&amp;E officer: contact people of six demo institutions (one of the
 * police's did not agree to be contacted), the stakeholder grid of the demo plan with nine institutions, the
 * consultation on the draft of the plan in autumn 2014 (closed: the police's and the shelter's comments, each with the
 * office's disposition) and an open round on the plan's revision, inviting the police and the shelter and one outside
 * organisation (its link was sent; only its fingerprint is kept). Made-up people; their names end in "(demo)".
 * Loaded once: when the police have contact people, nothing is added.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoStakeholders {

    private final Contacts contacts;
    private final StakeholderAnalysis analysis;
    private final Consultations consultations;
    private final Institutions institutions;
    private final Plans plans;
    private final Clock clock;

    DemoStakeholders(Contacts contacts, StakeholderAnalysis analysis, Consultations consultations,
            Institutions institutions, Plans plans, Clock clock) {
        this.contacts = contacts;
        this.analysis = analysis;
        this.consultations = consultations;
        this.institutions = institutions;
        this.plans = plans;
        this.clock = clock;
    }

    /** Writes the demo stakeholders unless the police have contact people; returns the comments written. */
    int load(long planId) {
        long police = id(DemoData.POLICE);
        long shelter = id(DemoData.SHELTER);
        var written = SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> {
            if (!contacts.list(police).isEmpty()) {
                return null;
            }
            loadContacts(police, shelter);
            loadGrid(planId, police, shelter);
            return openRounds(planId, police, shelter);
        });
        if (written == null) {
            return 0;
        }
        var tree = SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> plans.tree(planId));
        var policeActivity = tree.activities().filter(a -> Long.valueOf(police).equals(a.leadInstitutionId()))
                .findFirst().orElse(tree.activities().findFirst().orElseThrow());
        var shelterActivity = tree.activities().filter(a -> Long.valueOf(shelter).equals(a.leadInstitutionId()))
                .findFirst().orElse(tree.activities().skip(1).findFirst().orElseThrow());
        var objective = tree.objectives().get(0);
        var indicator = tree.indicators().findFirst().orElseThrow();
        var closed = written[0];
        var open = written[1];
        var autumn = LocalDate.of(2014, 10, 15);
        var comments = new LinkedHashMap<String, String>();
        comments.put("a-" + policeActivity.id(), "Name the border crossings where the joint teams work, and train "
                + "the officers of the regional directorates too, not only at the centre.");
        comments.put("i-" + indicator.id(), "Count the officers trained by sex: the unit reports them so already.");
        SystemTasks.callAs("focal.police", police, EnumSet.of(Role.FOCAL_POINT),
                () -> consultations.commentAsOf(closed, comments, autumn));
        SystemTasks.callAs("focal.shelter", shelter, EnumSet.of(Role.FOCAL_POINT),
                () -> consultations.commentAsOf(closed, Map.of(
                        "a-" + shelterActivity.id(), "The shelter needs a budget line for reintegration grants.",
                        "so-" + objective.id(), "Add the victims' own voice: a survivors' advisory board."),
                        autumn.plusDays(5)));
        SystemTasks.callAs("focal.police", police, EnumSet.of(Role.FOCAL_POINT), () -> consultations.comment(open,
                Map.of("a-" + policeActivity.id(), "Keep the joint operations in the revision: they found 14 victims in 2017.")));
        return SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> {
            var decisions = Map.of(
                    "a-" + policeActivity.id(), new DispositionCommand(Disposition.ACCEPTED, null,
                            "Added to the activity's description."),
                    "i-" + indicator.id(), new DispositionCommand(Disposition.PARTLY_ACCEPTED,
                            "Disaggregation by sex only; age groups are not recorded by the unit yet.", null),
                    "a-" + shelterActivity.id(), new DispositionCommand(Disposition.REJECTED,
                            "Grants are in the social welfare budget, not in this plan.",
                            "Raised with the Ministry of Labour and Social Welfare."),
                    "so-" + objective.id(), new DispositionCommand(Disposition.ACCEPTED, null,
                            "A new activity under this objective."));
            var its = consultations.comments(closed);
            for (var comment : its) {
                var decision = decisions.get(comment.elementKey());
                if (decision != null) {
                    consultations.dispose(comment.id(), comment.version(), decision);
                }
            }
            consultations.closeAsOf(closed, consultations.round(closed).version(), LocalDate.of(2014, 11, 3));
            return its.size() + 1;
        });
    }

    private void loadContacts(long police, long shelter) {
        var agreed = LocalDate.now(clock).minusMonths(8);
        contacts.create(police, new ContactCommand("Driton Hoxha (demo)", "Focal point, anti-trafficking unit",
                "driton.hoxha@police.demo.invalid", "+383 38 500 001", Set.of(ContactLanguage.ALBANIAN,
                        ContactLanguage.ENGLISH), true, agreed, "Prefers e-mail."));
        contacts.create(police, new ContactCommand("Nora Krasniqi (demo)", "Head of the trafficking directorate",
                "nora.krasniqi@police.demo.invalid", null, Set.of(ContactLanguage.ALBANIAN, ContactLanguage.SERBIAN),
                false, null, "Did not agree to be contacted directly: write through the focal point."));
        contacts.create(shelter, new ContactCommand("Mimoza Shala (demo)", "Programme manager",
                "mimoza.shala@shelter.demo.invalid", "+383 44 500 002", Set.of(ContactLanguage.ALBANIAN,
                        ContactLanguage.ENGLISH), true, agreed, null));
        contacts.create(id("State Prosecutor (demo)"), new ContactCommand("Arben Berisha (demo)",
                "Prosecutor for trafficking cases", "arben.berisha@prosecution.demo.invalid", null,
                Set.of(ContactLanguage.ALBANIAN), true, agreed.plusMonths(1), null));
        contacts.create(id("Centre for Social Work Prishtina (demo)"), new ContactCommand("Ana Petrović (demo)",
                "Case manager", "ana.petrovic@csw.demo.invalid", "+383 38 500 004", Set.of(ContactLanguage.SERBIAN,
                        ContactLanguage.ALBANIAN), true, agreed, "Covers the northern municipalities."));
        contacts.create(id("Ministry of Internal Affairs (demo)"), new ContactCommand("Lulzim Rexhepi (demo)",
                "Secretary of the National Authority", "lulzim.rexhepi@mia.demo.invalid", null,
                Set.of(ContactLanguage.ALBANIAN, ContactLanguage.ENGLISH, ContactLanguage.TURKISH), true, agreed, null));
    }

    private void loadGrid(long planId, long police, long shelter) {
        place(planId, police, 5, 5, null, "Leads identification and the joint operations.");
        place(planId, id("Ministry of Internal Affairs (demo)"), 4, 5, null, "Chairs the National Authority; holds the budget.");
        place(planId, id("State Prosecutor (demo)"), 3, 4, null, "Prosecutes; few cases reach court.");
        place(planId, id("Ministry of Labour and Social Welfare (demo)"), 2, 4, null,
                "Funds social services; little involved so far.");
        place(planId, id("Kosovo Judicial Council (demo)"), 2, 3, EngagementApproach.KEEP_INFORMED,
                "Sentencing practice matters; engaged through the prosecutors.");
        place(planId, shelter, 5, 2, null, "Runs the national shelter; depends on the plan's funding.");
        place(planId, id("Rrjeti Rinor Çelësi (demo)"), 4, 1, null, "Youth prevention campaigns.");
        place(planId, id("Municipality of Prishtina (demo)"), 3, 2, null, "Local committee; reintegration support.");
        place(planId, id("Independent Media Commission (demo)"), 1, 2, null, "Media reporting on victims.");
    }

    private void place(long planId, long institution, int interest, int power, EngagementApproach approach,
            String reason) {
        analysis.place(planId, new PlacementCommand(institution, interest, power, approach, reason));
    }

    private long[] openRounds(long planId, long police, long shelter) {
        var closed = consultations.openAsOf(planId, new RoundCommand("Consultation on the draft plan 2015-2019 (demo)",
                "The draft strategy and action plan shared with all stakeholders for validation and feedback (seed 004, "
                        + "section 3).", LocalDate.of(2014, 10, 1), LocalDate.of(2014, 10, 31), Set.of(police, shelter),
                List.of(), List.of()), LocalDate.of(2014, 10, 1)).id();
        var today = LocalDate.now(clock);
        var open = consultations.open(planId, new RoundCommand("Consultation on the plan's revision (demo)",
                "Comments on the activities to keep, change or drop in the revision.", today.minusDays(7),
                today.plusDays(21), Set.of(police, shelter), List.of("Women's Network (demo)"),
                List.of("network@women.demo.invalid"))).id();
        return new long[] {closed, open};
    }

    private long id(String name) {
        return institutions.directory().find(name).map(i -> i.id()).orElseThrow(
                () -> new IllegalStateException("demo institution missing: " + name));
    }
}
