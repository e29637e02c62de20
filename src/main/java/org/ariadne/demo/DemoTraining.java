package org.ariadne.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.training.CertificationLine;
import org.ariadne.training.CountLine;
import org.ariadne.training.IndicatorLinkCommand;
import org.ariadne.training.NeedCommand;
import org.ariadne.training.NeedPriority;
import org.ariadne.training.PlannedTrainingCommand;
import org.ariadne.training.TargetGroup;
import org.ariadne.training.TrainerCommand;
import org.ariadne.training.Trainers;
import org.ariadne.training.TrainingCommand;
import org.ariadne.training.TrainingIndicators;
import org.ariadne.training.TrainingNeeds;
import org.ariadne.training.TrainingTopic;
import org.ariadne.training.Trainings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Capacity building of the demo plan, entered by the demo M&amp;E officer (seed 000): the 2018 needs of five
 * institutions, the 2018 training plan derived from them (which leaves one need open), five trainers of the national
 * pool with their certifications (one expiring within 90 days, one expired), six trainings held in 2017 and 2018, one
 * of them with a participant list of 20 made-up persons (their names end in "(demo)"), and the indicator "Number of
 * people participating in the training" of A2.1.7 (Kosovo Police) computed from the police trainings: the police's
 * report for the second quarter of 2018 finds it pre-filled. Loaded once: when the pool has trainers, nothing is added.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoTraining {

    static final String INDICATOR = "Number of people participating in the training";

    private final Trainings trainings;
    private final Trainers trainers;
    private final TrainingNeeds needs;
    private final TrainingIndicators indicators;
    private final Institutions institutions;
    private final Plans plans;
    private final Clock clock;

    DemoTraining(Trainings trainings, Trainers trainers, TrainingNeeds needs, TrainingIndicators indicators,
            Institutions institutions, Plans plans, Clock clock) {
        this.trainings = trainings;
        this.trainers = trainers;
        this.needs = needs;
        this.indicators = indicators;
        this.institutions = institutions;
        this.plans = plans;
        this.clock = clock;
    }

    /** Writes the demo capacity building unless the pool has trainers; returns the trainings written. */
    int load(long planId) {
        return SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> loadAsOfficer(planId));
    }

    private int loadAsOfficer(long planId) {
        if (!trainers.list().isEmpty()) {
            return 0;
        }
        long police = id("Kosovo Police (demo)");
        long prosecutor = id("State Prosecutor (demo)");
        long socialWork = id("Centre for Social Work Prishtina (demo)");
        long labour = id("Labour Inspectorate (demo)");
        long shelter = id("Qendra për Mbrojtjen e Viktimave (demo)");
        long academy = id("Kosovo Academy for Public Safety (demo)");
        long advocates = id("Victim Advocacy and Assistance Office (demo)");

        // the needs assessment of 2018 (seed 000: NRM and SOPs first, then identification and TRM)
        need(police, TargetGroup.POLICE, TrainingTopic.IDENTIFICATION, NeedPriority.HIGH, 40, "Border and regional units first.");
        need(police, TargetGroup.POLICE, TrainingTopic.NRM_SOPS, NeedPriority.MEDIUM, 25, null);
        need(prosecutor, TargetGroup.PROSECUTORS, TrainingTopic.INVESTIGATION_PROSECUTION, NeedPriority.HIGH, 15, null);
        need(socialWork, TargetGroup.SOCIAL_WORKERS, TrainingTopic.NRM_SOPS, NeedPriority.HIGH, 20, null);
        need(labour, TargetGroup.LABOUR_INSPECTORS, TrainingTopic.LABOUR_EXPLOITATION, NeedPriority.MEDIUM, 12,
                "Inspectors meet workers at risk in construction and agriculture.");
        need(shelter, TargetGroup.NGOS, TrainingTopic.VICTIM_PROTECTION, NeedPriority.LOW, 10, null);

        // the plan of 2018: the labour inspectors' need is left open
        var identification = needs.createPlanned(new PlannedTrainingCommand(2018, 1,
                "Early identification of victims at the border (demo)", TrainingTopic.IDENTIFICATION, TargetGroup.POLICE,
                20, List.of(police)));
        needs.createPlanned(new PlannedTrainingCommand(2018, 2, "Identification for regional units (demo)",
                TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, 20, List.of(police)));
        needs.createPlanned(new PlannedTrainingCommand(2018, 2, "The SOPs in practice (demo)", TrainingTopic.NRM_SOPS,
                TargetGroup.SOCIAL_WORKERS, 20, List.of(socialWork)));
        needs.createPlanned(new PlannedTrainingCommand(2018, 3, "Prosecuting trafficking cases (demo)",
                TrainingTopic.INVESTIGATION_PROSECUTION, TargetGroup.PROSECUTORS, 10, List.of(prosecutor)));
        needs.createPlanned(new PlannedTrainingCommand(2018, 4, "Services for male victims (demo)",
                TrainingTopic.VICTIM_PROTECTION, TargetGroup.NGOS, 12, List.of(shelter)));

        // the pool of trainers
        var today = LocalDate.now(clock);
        long arta = trainers.create(new TrainerCommand("Arta Gashi (demo)", academy, "NRM, SOPs, identification",
                List.of(new CertificationLine(TrainingTopic.TRAINING_OF_TRAINERS, LocalDate.of(2017, 11, 20),
                        today.plusYears(2), "Kosovo Academy for Public Safety (demo)"),
                        new CertificationLine(TrainingTopic.IDENTIFICATION, LocalDate.of(2018, 1, 15), null,
                                "IOM Kosovo (demo)"))), true);
        long burim = trainers.create(new TrainerCommand("Burim Krasniqi (demo)", police, "Investigation of trafficking",
                List.of(new CertificationLine(TrainingTopic.TRAINING_OF_TRAINERS, LocalDate.of(2017, 11, 20),
                        today.plusDays(45), "Kosovo Academy for Public Safety (demo)"))), true);
        long dafina = trainers.create(new TrainerCommand("Dafina Rexhepi (demo)", advocates, "Victims' rights",
                List.of(new CertificationLine(TrainingTopic.VICTIM_PROTECTION, LocalDate.of(2016, 5, 2),
                        today.minusMonths(2), "OSCE Mission in Kosovo (demo)"))), true);
        long milan = trainers.create(new TrainerCommand("Milan Petrović (demo)", labour, "Labour exploitation",
                List.of(new CertificationLine(TrainingTopic.LABOUR_EXPLOITATION, LocalDate.of(2017, 3, 1),
                        today.plusYears(1), "ILO (demo)"))), true);
        long teuta = trainers.create(new TrainerCommand("Teuta Hoxha (demo)", socialWork, "Case management, SOPs",
                List.of(new CertificationLine(TrainingTopic.NRM_SOPS, LocalDate.of(2017, 6, 12), today.plusMonths(8),
                        "Kosovo Academy for Public Safety (demo)"))), true);

        // six trainings held
        var written = new ArrayList<Long>();
        long border = trainings.create(new TrainingCommand(police, identification, "Early identification of victims at the border (demo)",
                TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, LocalDate.of(2018, 3, 14), LocalDate.of(2018, 3, 15),
                "Kosovo Academy for Public Safety, Vushtrri", List.of(arta, burim), List.of(), null, null,
                new BigDecimal("2400.00"), "EUR", new BigDecimal("4.4"),
                "Participants asked for more case studies from the northern border."), true);
        written.add(border);
        written.add(trainings.create(new TrainingCommand(police, null, "Identification for regional units (demo)",
                TrainingTopic.IDENTIFICATION, TargetGroup.POLICE, LocalDate.of(2018, 5, 22), LocalDate.of(2018, 5, 22),
                "Regional Police Directorate, Prizren", List.of(burim),
                List.of(new CountLine(police, "Patrol officers", 4, 11), new CountLine(police, "Community police", 3, 2)),
                new BigDecimal("48"), new BigDecimal("71"), new BigDecimal("900.00"), "EUR", new BigDecimal("4.1"),
                null), true));
        written.add(trainings.create(new TrainingCommand(socialWork, null, "The SOPs in practice (demo)",
                TrainingTopic.NRM_SOPS, TargetGroup.SOCIAL_WORKERS, LocalDate.of(2018, 4, 10), LocalDate.of(2018, 4, 12),
                "Centre for Social Work, Prishtina", List.of(teuta),
                List.of(new CountLine(socialWork, "Social workers", 14, 3), new CountLine(shelter, "Case managers", 2, 0)),
                new BigDecimal("52"), new BigDecimal("80"), new BigDecimal("1750.00"), "EUR", new BigDecimal("4.6"),
                "The case-management exercise was the most useful part."), true));
        written.add(trainings.create(new TrainingCommand(prosecutor, null, "Prosecuting trafficking cases (demo)",
                TrainingTopic.INVESTIGATION_PROSECUTION, TargetGroup.PROSECUTORS, LocalDate.of(2017, 10, 5),
                LocalDate.of(2017, 10, 6), "Judicial Institute, Prishtina", List.of(dafina),
                List.of(new CountLine(prosecutor, "Prosecutors", 5, 7)), null, null, new BigDecimal("3100.00"), "EUR",
                new BigDecimal("3.9"), null), true));
        written.add(trainings.create(new TrainingCommand(labour, null, "Labour exploitation for inspectors (demo)",
                TrainingTopic.LABOUR_EXPLOITATION, TargetGroup.LABOUR_INSPECTORS, LocalDate.of(2017, 11, 16),
                LocalDate.of(2017, 11, 16), "Labour Inspectorate, Prishtina", List.of(milan),
                List.of(new CountLine(labour, "Labour inspectors", 2, 8)), null, null, null, null, null, null), true));
        written.add(trainings.create(new TrainingCommand(shelter, null, "Services for male victims (demo)",
                TrainingTopic.VICTIM_PROTECTION, TargetGroup.NGOS, LocalDate.of(2018, 6, 7), LocalDate.of(2018, 6, 7),
                "Qendra për Mbrojtjen e Viktimave, Prishtina", List.of(dafina, teuta),
                List.of(new CountLine(shelter, "Shelter staff", 6, 2), new CountLine(id("Hope Shelter Peja (demo)"),
                        "Shelter staff", 3, 1)), null, null, new BigDecimal("650.00"), "EUR", new BigDecimal("4.8"),
                null), true));
        trainings.typeList(border, 0, participantList(police));

        // the indicator of A2.1.7 computed from the police trainings
        plans.tree(planId).indicators().filter(i -> INDICATOR.equals(i.name())).findFirst()
                .ifPresent(indicator -> indicators.link(new IndicatorLinkCommand(indicator.id(), TargetGroup.POLICE)));
        return written.size() + 1;
    }

    /** Twenty made-up participants, each name marked demo, with their pre- and post-test scores. */
    private String participantList(long police) {
        var names = List.of("Albana Berisha", "Arben Morina", "Besa Kelmendi", "Blerim Hasani", "Drita Leka",
                "Egzon Shala", "Fjolla Bytyqi", "Gentrit Rama", "Hana Gashi", "Ilir Zeka", "Jeta Halimi",
                "Kushtrim Jashari", "Liridona Osmani", "Mentor Krasniqi", "Nora Avdiu", "Petrit Hyseni",
                "Rina Sopi", "Shpend Mustafa", "Valbona Dervishi", "Zeqir Ibrahimi");
        var policeName = institutions.directory().byId(police).map(InstitutionView::shortName).orElse("KP");
        var text = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            var woman = i % 2 == 0;
            var role = i < 16 ? "Border police officer" : "Investigator";
            text.append(names.get(i)).append(" (demo);").append(i == 19 ? "KAPS" : policeName).append(';').append(role)
                    .append(';').append(woman ? "F" : "M").append(';').append(40 + (i * 7) % 30).append(';')
                    .append(65 + (i * 5) % 30).append('\n');
        }
        return text.toString();
    }

    private void need(long institutionId, TargetGroup group, TrainingTopic topic, NeedPriority priority, int staff,
            String note) {
        needs.createNeed(new NeedCommand(institutionId, group, topic, priority, staff, 2018, note));
    }

    private long id(String name) {
        return institutions.directory().find(name).map(InstitutionView::id)
                .orElseThrow(() -> new IllegalStateException("demo institution missing: " + name));
    }
}
