package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.ariadne.coordination.ActionStatus;
import org.ariadne.coordination.AgreementCommand;
import org.ariadne.coordination.AgreementKind;
import org.ariadne.coordination.AgreementStatus;
import org.ariadne.coordination.Agreements;
import org.ariadne.coordination.CommitteeReportCommand;
import org.ariadne.coordination.CommitteeReports;
import org.ariadne.coordination.FollowUpActions;
import org.ariadne.coordination.FollowUpCommand;
import org.ariadne.coordination.MeetingCommand;
import org.ariadne.coordination.MeetingKind;
import org.ariadne.coordination.Meetings;
import org.ariadne.coordination.NoteCommand;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.services.ServiceCommand;
import org.ariadne.services.ServiceType;
import org.ariadne.services.Services;
import org.ariadne.services.TargetGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The office's coordination work around the demo plan, entered by the demo M&amp;E officer: two National Authority
 * sessions with attendance and decisions, a working group, follow-up actions (one overdue, one done, the others
 * open), the local committee of Prizren with its monthly reports (one month missing), three MoUs (one expiring within
 * 60 days) and a dozen services in the directory (two needing an update). Dates are relative to today, so the demo
 * always has something due. Loaded once: when there are meetings, nothing is added.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoCoordination {

    private static final Logger log = LoggerFactory.getLogger(DemoCoordination.class);

    private final Meetings meetings;
    private final FollowUpActions actions;
    private final CommitteeReports reports;
    private final Agreements agreements;
    private final Services services;
    private final Institutions institutions;
    private final Plans plans;
    private final Clock clock;

    DemoCoordination(Meetings meetings, FollowUpActions actions, CommitteeReports reports, Agreements agreements,
            Services services, Institutions institutions, Plans plans, Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.reports = reports;
        this.agreements = agreements;
        this.services = services;
        this.institutions = institutions;
        this.plans = plans;
        this.clock = clock;
    }

    /** Writes the demo's coordination work unless there are meetings already; returns the meetings written. */
    int load(long planId) {
        return SystemTasks.callAs(DemoRisks.OFFICER, null, EnumSet.of(Role.ME_OFFICER), () -> loadAsOfficer(planId));
    }

    private int loadAsOfficer(long planId) {
        if (!meetings.list(null, null).isEmpty()) {
            return 0;
        }
        var today = LocalDate.now(clock);
        var activities = plans.tree(planId).activities().toList();
        Long firstActivity = activities.isEmpty() ? null : activities.get(0).id();
        Long secondActivity = activities.size() < 2 ? null : activities.get(1).id();

        long spring = create(meeting(MeetingKind.NATIONAL_AUTHORITY, "National Authority, first session of the year",
                today.minusMonths(4), "Government building, hall 3, Prishtina",
                "Opening by the National Coordinator\nAnnual implementation report of last year\nBudget for victim services\nAny other business",
                List.of("Ministry of Internal Affairs (demo)", "Ministry of Justice (demo)", "Kosovo Police (demo)",
                        "State Prosecutor (demo)", "Ministry of Labour and Social Welfare (demo)",
                        "Qendra për Mbrojtjen e Viktimave (demo)"),
                List.of(row("Ministry of Internal Affairs (demo)", "Minister, chair", 0, 1),
                        row("Ministry of Justice (demo)", "Deputy minister", 1, 0),
                        row("Kosovo Police (demo)", "Director of the trafficking directorate", 0, 2),
                        row("State Prosecutor (demo)", "Chief prosecutor for trafficking", 1, 0),
                        row("Ministry of Labour and Social Welfare (demo)", "Director of social welfare", 1, 1),
                        row("Qendra për Mbrojtjen e Viktimave (demo)", "Executive director", 2, 0)),
                List.of("The annual implementation report is adopted, with the corrections agreed at the session.",
                        "The Ministry of Labour and Social Welfare drafts the standards for reintegration services.",
                        "The Police and the State Prosecutor report the joint investigations at the next session."),
                "The National Coordinator opened the session and presented the annual report.\n"
                        + "Members discussed the delays in shelter contracts and agreed on the decisions below."));
        long autumn = create(meeting(MeetingKind.NATIONAL_AUTHORITY, "National Authority, second session of the year",
                today.minusDays(20), "Government building, hall 3, Prishtina",
                "Follow-up of the decisions of the first session\nMid-term review of the action plan\nMoU with IOM on return and reintegration",
                List.of("Ministry of Internal Affairs (demo)", "Ministry of Justice (demo)", "Kosovo Police (demo)",
                        "Ministry of Health (demo)", "IOM Kosovo (demo)"),
                List.of(row("Ministry of Internal Affairs (demo)", "Deputy minister, chair", 1, 0),
                        row("Ministry of Justice (demo)", "Head of legal department", 0, 1),
                        row("Kosovo Police (demo)", "Head of unit", 1, 1),
                        row("Ministry of Health (demo)", "Senior officer", 2, 0),
                        row("IOM Kosovo (demo)", "Programme manager", 1, 0)),
                List.of("The mid-term review starts next month; the evaluator is chosen by the office.",
                        "The MoU with IOM is renewed for three more years."),
                "The session reviewed the decisions of the first session: two are done, one is late."));
        long group = create(meeting(MeetingKind.WORKING_GROUP, "Working group on labour exploitation",
                today.minusMonths(2), "Office of the National Coordinator, Prishtina",
                "Indicators of forced labour\nJoint inspections with the Labour Inspectorate",
                List.of("Labour Inspectorate (demo)", "Kosovo Police (demo)", "Rrjeti Rinor Çelësi (demo)"),
                List.of(row("Labour Inspectorate (demo)", "Chief inspector", 0, 2),
                        row("Kosovo Police (demo)", "Investigator", 1, 1),
                        row("Rrjeti Rinor Çelësi (demo)", "Project coordinator", 2, 0)),
                List.of("The Labour Inspectorate and the Police plan four joint inspections this year."), null));
        create(meeting(MeetingKind.LOCAL_COMMITTEE, "Local committee of Prizren, quarterly meeting",
                today.minusMonths(1), "Municipality of Prizren",
                "Cases referred this quarter\nAwareness in schools",
                List.of("Municipality of Prizren (demo)", "Kosovo Police (demo)"),
                List.of(row("Municipality of Prizren (demo)", "Director of social services", 1, 0),
                        row("Kosovo Police (demo)", "Community police officer", 0, 1)),
                List.of("The committee asks the Ministry for an interpreter for foreign victims."), null)
                .withCommittee(id("Municipality of Prizren (demo)")));

        actions.create(spring, new FollowUpCommand("Draft the standards for reintegration services", 2,
                id("Ministry of Labour and Social Welfare (demo)"), today.minusDays(10), firstActivity,
                ActionStatus.IN_PROGRESS, null));
        actions.create(spring, new FollowUpCommand("Send the corrected annual report to the Government", 1,
                id("Office of the National Anti-Trafficking Coordinator (demo)"), today.minusMonths(3), null,
                ActionStatus.DONE, "Sent with the covering letter of the National Coordinator."));
        actions.create(spring, new FollowUpCommand("Report the joint investigations of the year", 3,
                id("Kosovo Police (demo)"), today.plusDays(5), secondActivity, ActionStatus.OPEN, null));
        actions.create(autumn, new FollowUpCommand("Prepare the terms of reference of the mid-term review", 1,
                id("Office of the National Anti-Trafficking Coordinator (demo)"), today.plusDays(25), null,
                ActionStatus.OPEN, null));
        actions.create(group, new FollowUpCommand("Plan the first joint inspection in agriculture", 1,
                id("Labour Inspectorate (demo)"), today.plusMonths(1), null, ActionStatus.OPEN, null));

        // Prizren's committee reports every month since eight months ago; one month is missing
        var prizren = id("Municipality of Prizren (demo)");
        var month = YearMonth.now(clock).minusMonths(8);
        for (int i = 0; i < 8; i++, month = month.plusMonths(1)) {
            if (i == 5) {
                continue;
            }
            reports.create(new CommitteeReportCommand(prizren, month, 1 + i % 3,
                    i % 2 == 0 ? "Awareness session in a secondary school" : "Case conference with the centre for social work",
                    i % 4 == 0 ? 1 : 0, i == 3 ? "No interpreter for a foreign victim" : null));
        }

        agreements.create(agreement("MoU on the referral of victims between the Police and the shelters",
                today.minusYears(2), today.plusDays(45),
                "Referral of identified victims to shelters at any hour; exchange of information within the SOPs.",
                party("Kosovo Police (demo)", null, "Refers identified victims within 24 hours; escorts them."),
                party("Qendra për Mbrojtjen e Viktimave (demo)", null, "Admits referred victims at any hour."),
                party("Safe House Gjakova (demo)", null, "Keeps two places for referred victims.")));
        long iom = agreements.create(agreement("MoU on assisted voluntary return and reintegration",
                today.minusYears(1), today.plusYears(2),
                "Return of foreign victims and reintegration of returned nationals.",
                party("Ministry of Internal Affairs (demo)", null, "Issues travel documents within five days."),
                party(null, "IOM Kosovo", "Organises the return and funds the reintegration grants.")));
        agreements.note(iom, 0, new NoteCommand(today.getYear() - 1, "Nine victims returned; six reintegration grants paid."));
        agreements.create(agreement("Cooperation agreement with the University on curricula",
                today.minusYears(4), today.plusYears(1),
                "Anti-trafficking topics in the curricula of law, social work and education.",
                party("University of Prishtina (demo)", null, "Adopts the topics in three faculties."),
                party("Office of the National Anti-Trafficking Coordinator (demo)", null, "Provides trainers and materials.")));

        int written = 0;
        for (var service : directory()) {
            var command = new ServiceCommand(service.name(), service.type(), id(service.provider()), service.region(),
                    service.municipality(), service.capacity(), service.groups(), service.contacts(), service.hours());
            if (service.monthsOld() > 0) {
                services.createAsOf(command, today.minusMonths(service.monthsOld()));
            } else {
                services.create(command);
            }
            written++;
        }
        log.info("Demo coordination written: 4 meetings, 5 follow-up actions, 7 monthly reports, 3 agreements, {} services.",
                written);
        return 4;
    }

    private record Row(String institution, String role, int women, int men) {
    }

    private static Row row(String institution, String role, int women, int men) {
        return new Row(institution, role, women, men);
    }

    private DemoMeeting meeting(MeetingKind kind, String title, LocalDate day, String place, String agenda,
            List<String> invited, List<Row> attendance, List<String> decisions, String minutes) {
        return new DemoMeeting(kind, title, day, place, agenda, invited.stream().map(this::id).toList(),
                attendance.stream().map(r -> id(r.institution())).toList(), attendance.stream().map(Row::role).toList(),
                attendance.stream().map(r -> Integer.toString(r.women())).toList(),
                attendance.stream().map(r -> Integer.toString(r.men())).toList(), decisions, minutes, null);
    }

    /** A meeting as the demo writes it; a local committee's names its municipality. */
    private record DemoMeeting(MeetingKind kind, String title, LocalDate day, String place, String agenda,
            List<Long> invited, List<Long> institutions, List<String> roles, List<String> women, List<String> men,
            List<String> decisions, String minutes, Long committee) {

        DemoMeeting withCommittee(Long id) {
            return new DemoMeeting(kind, title, day, place, agenda, invited, institutions, roles, women, men, decisions,
                    minutes, id);
        }
    }

    private long create(DemoMeeting meeting) {
        return meetings.create(command(meeting));
    }

    private static MeetingCommand command(DemoMeeting m) {
        return new MeetingCommand(m.kind(), m.title(), m.day(), LocalTime.of(10, 0), LocalTime.of(12, 30), m.place(),
                m.agenda(), m.invited(), null, m.committee(), m.institutions(), m.roles(), m.women(), m.men(),
                m.decisions(), m.minutes());
    }

    private record Party(Long institution, String organisation, String obligations) {
    }

    private Party party(String institution, String organisation, String obligations) {
        return new Party(institution == null ? null : id(institution), organisation, obligations);
    }

    private static AgreementCommand agreement(String title, LocalDate signed, LocalDate expires, String scope,
            Party... parties) {
        var institutions = new ArrayList<Long>();
        var organisations = new ArrayList<String>();
        var obligations = new ArrayList<String>();
        for (var party : parties) {
            institutions.add(party.institution());
            organisations.add(party.organisation());
            obligations.add(party.obligations());
        }
        return new AgreementCommand(AgreementKind.MOU, title, signed, expires, scope, AgreementStatus.IN_FORCE,
                institutions, organisations, obligations, List.of());
    }

    private record DemoService(String name, ServiceType type, String provider, String region, String municipality,
            Integer capacity, Set<TargetGroup> groups, String contacts, String hours, int monthsOld) {
    }

    private static List<DemoService> directory() {
        var women = EnumSet.of(TargetGroup.WOMEN, TargetGroup.CHILDREN);
        var all = EnumSet.of(TargetGroup.WOMEN, TargetGroup.MEN, TargetGroup.CHILDREN, TargetGroup.FOREIGNERS);
        return Arrays.asList(
                new DemoService("Shelter for victims of trafficking", ServiceType.SHELTER,
                        "Qendra për Mbrojtjen e Viktimave (demo)", "Prishtina", "Prishtina", 18, women,
                        "+383 38 000 101", "24/7", 2),
                new DemoService("Safe House Gjakova", ServiceType.SHELTER, "Safe House Gjakova (demo)", "Gjakova",
                        "Gjakova", 10, women, "+383 390 000 102", "24/7", 4),
                new DemoService("Hope Shelter", ServiceType.SHELTER, "Hope Shelter Peja (demo)", "Peja", "Peja", 8,
                        EnumSet.of(TargetGroup.WOMEN, TargetGroup.CHILDREN, TargetGroup.FOREIGNERS),
                        "+383 39 000 103", "24/7", 15),
                new DemoService("Interim Security Facility", ServiceType.SHELTER, "Interim Security Facility (demo)",
                        "Prishtina", "Prishtina", 12, all, "+383 38 000 104", "24/7", 6),
                new DemoService("Anti-trafficking hotline 0800", ServiceType.HOTLINE, "Rrjeti Rinor Çelësi (demo)",
                        "Kosovo-wide", null, null, all, "0800 10 999 (free), chat on the website", "24/7", 1),
                new DemoService("Police hotline 192", ServiceType.HOTLINE, "Kosovo Police (demo)", "Kosovo-wide", null,
                        null, all, "192", "24/7", 3),
                new DemoService("Victim advocates", ServiceType.LEGAL_AID, "Victim Advocacy and Assistance Office (demo)",
                        "Kosovo-wide", null, null, all, "+383 38 000 107", "Mon–Fri 8:00–16:00", 5),
                new DemoService("Free legal aid for victims", ServiceType.LEGAL_AID, "Ministry of Justice (demo)",
                        "Prishtina", "Prishtina", null, all, "+383 38 000 108", "Mon–Fri 8:00–16:00", 14),
                new DemoService("Medical examinations and care for victims", ServiceType.HEALTH_CARE,
                        "Ministry of Health (demo)", "Kosovo-wide", null, null, all, "Emergency: 194",
                        "24/7 in emergency departments", 7),
                new DemoService("Psycho-social counselling", ServiceType.PSYCHOSOCIAL_SUPPORT,
                        "Centre for Social Work Prishtina (demo)", "Prishtina", "Prishtina", 25,
                        EnumSet.of(TargetGroup.WOMEN, TargetGroup.MEN, TargetGroup.CHILDREN), "+383 38 000 110",
                        "Mon–Fri 8:00–16:00", 0),
                new DemoService("Reintegration grants and vocational training", ServiceType.REINTEGRATION,
                        "IOM Kosovo (demo)", "Kosovo-wide", null, 40, all, "+383 38 000 111", "Mon–Fri 9:00–17:00", 2),
                new DemoService("Reintegration programme for young people", ServiceType.REINTEGRATION,
                        "Rrjeti Rinor Çelësi (demo)", "Prizren", "Prizren", 15,
                        EnumSet.of(TargetGroup.WOMEN, TargetGroup.MEN), "+383 29 000 112", "Mon–Sat 9:00–18:00", 9));
    }

    private Long id(String name) {
        return institutions.directory().find(name).map(i -> i.id())
                .orElseThrow(() -> new IllegalStateException("demo institution missing: " + name));
    }
}
