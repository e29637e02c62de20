package org.ariadne.reporting;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reportingcycle.Notices;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two participants in one installation (issue 19): the first one's reports, evidence, holidays, notices, generated
 * documents, publications and audit trail do not exist for the persons of the second, whatever their role; its
 * report texts and institution names come out of no list, download, search or trail of theirs. The first
 * participant's own people, and a person who works across participants, work as before.
 */
@AriadneIntegrationTest
class ReportingParticipantIsolationIntegrationTest {

    private static final List<Role> PARTICIPANT_ROLES = List.of(Role.COORDINATOR, Role.ME_OFFICER, Role.FOCAL_POINT,
            Role.MEMBER, Role.ADMINISTRATOR);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    Notices notices;
    @Autowired
    List<ParticipantOwnership> ownerships;

    ReportingFixture plan;
    PeriodView period;
    String narrative;
    String policeName;
    long reportId;
    long evidenceId;
    long entryId;
    long second;
    long secondInstitution;
    String firstHoliday;
    long firstHolidayId;
    String secondHoliday;
    long secondHolidayId;
    long documentId;
    long publicationId;
    String officeNotice;
    long noticeId;

    @BeforeEach
    void aSubmittedReportOfTheFirstParticipantAndASecondParticipant() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        narrative = Unique.name("Raided the harbour bar");
        var focal = TestSignIn.user(Unique.username("police-focal"), plan.police, Role.FOCAL_POINT);
        as(focal, () -> {
            reports.saveActivity(period.id(), plan.police, plan.training, 0,
                    new ActivityEntryCommand(ActivityStatus.STARTED, narrative, null, List.of()));
            evidenceId = reports.attach(period.id(), plan.police, plan.training, "attendance.pdf", PDF);
            return null;
        });
        reportId = jdbc.sql("select id from progress_report where period_id = ? and institution_id = ?")
                .params(period.id(), plan.police).query(Long.class).single();
        entryId = jdbc.sql("select id from report_activity where report_id = ? and activity_id = ?")
                .params(reportId, plan.training).query(Long.class).single();
        policeName = jdbc.sql("select name from institution where id = ?").param(plan.police).query(String.class).single();

        second = newParticipant();
        secondInstitution = as(person(second, Role.ME_OFFICER, null),
                () -> institutions.create(InstitutionCommand.named(Unique.name("Second police"), InstitutionType.POLICE)));

        // each participant's public holiday, on a day far from every plan, so that no other test's deadline moves
        var day = LocalDate.of(2090, 1, 1).plusDays(Math.floorMod(Unique.name("").hashCode(), 3000));
        firstHoliday = Unique.name("First country day");
        secondHoliday = Unique.name("Second country day");
        as(person(1L, Role.ME_OFFICER, null), () -> {
            schedules.addHoliday(day, firstHoliday);
            return null;
        });
        as(person(second, Role.ME_OFFICER, null), () -> {
            schedules.addHoliday(day, secondHoliday);
            return null;
        });
        firstHolidayId = jdbc.sql("select id from holiday where name = ?").param(firstHoliday).query(Long.class).single();
        secondHolidayId = jdbc.sql("select id from holiday where name = ?").param(secondHoliday).query(Long.class).single();

        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into generated_document (plan_id, kind, period_year, language, include_submitted, title,
                                                        status, progress, requested_by, requested_at)
                        values (?, 'ANNUAL_REPORT', 2024, 'en', false, ?, 'FAILED', 0, 'natc', current_timestamp)""")
                .params(plan.planId, Unique.name("Annual report of the first")).update(keys, "id");
        documentId = keys.getKey().longValue();
        keys = new GeneratedKeyHolder();
        // withdrawn and never on the portal: the portal of the other tests stays as it was
        jdbc.sql("""
                        insert into publication (version, plan_id, kind, subject, title, content, fingerprint,
                                                 published_at, published_by, status, on_portal)
                        values (0, ?, 'PLAN', 'plan', 'Plan', '{}', 'f', current_timestamp, 'natc', 'WITHDRAWN', null)""")
                .param(plan.planId).update(keys, "id");
        publicationId = keys.getKey().longValue();

        officeNotice = Unique.name("Harbour police");
        notices.toOffice(1L, "reporting.notice.submitted", List.of(officeNotice, period.label()),
                "/reporting/" + period.id() + "/institutions/" + plan.police, Unique.name("notice"), null);
        noticeId = jdbc.sql("select id from notice where arguments like ?").param("%" + officeNotice + "%")
                .query(Long.class).single();
    }

    @AfterEach
    void cleanUp() {
        TestSignIn.clear();
        jdbc.sql("delete from holiday where id in (?, ?)").params(firstHolidayId, secondHolidayId).update();
        jdbc.sql("delete from publication where id = ?").param(publicationId).update();
    }

    @Test
    void everyPersonOfTheSecondParticipantGets404OnTheFirstsRecords() throws Exception {
        for (var role : PARTICIPANT_ROLES) {
            var user = person(second, role, role == Role.FOCAL_POINT ? secondInstitution : null);
            for (var address : List.of("/reporting/" + period.id() + "/institutions/" + plan.police,
                    "/reporting/evidence/" + evidenceId, "/documents/" + documentId,
                    "/audit/history/progress-report/" + reportId, "/audit/history/report-activity/" + entryId,
                    "/audit/history/report-activity/" + entryId + ".csv", "/audit/history/institution/" + plan.police,
                    "/audit/history/plan/" + plan.planId)) {
                mvc.perform(get(address).with(TestSignIn.as(user))).andExpect(status().isNotFound());
            }
            mvc.perform(post("/reporting/holidays/" + firstHolidayId + "/delete").with(csrf()).with(TestSignIn.as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/notices/" + noticeId + "/read").with(csrf()).with(TestSignIn.as(user)))
                    .andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("select count(*) from holiday where id = ?").param(firstHolidayId).query(Integer.class)
                .single()).isOne();
    }

    @Test
    void thePublicationAndTheDocumentOfferedForItBelongToTheFirstParticipant() {
        assertThat(owner("publicationId", publicationId, Map.of())).contains(1L);
        assertThat(owner("documentId", documentId, Map.of())).contains(1L);
        assertThat(owner("publicationId", -1, Map.of())).isEmpty();
        assertThat(owner("entityId", reportId, Map.of("entityType", "progress-report"))).contains(1L);
        assertThat(owner("entityId", reportId, Map.of("entityType", "no-such-type"))).isEmpty();
        assertThat(owner("/reporting/holidays/{}", secondHolidayId, Map.of())).contains(second);
    }

    @Test
    void listsDownloadsSearchNoticesAndTheTrailOfTheSecondParticipantNeverShowTheFirstsReports() throws Exception {
        for (var role : PARTICIPANT_ROLES) {
            var user = person(second, role, role == Role.FOCAL_POINT ? secondInstitution : null);
            assertThat(body("/reporting", user)).doesNotContain(policeName);
            assertThat(body("/search?q=" + policeName.replace(' ', '+'), user)).doesNotContain(policeName);
            assertThat(body("/notices", user)).doesNotContain(officeNotice);
            if (role != Role.FOCAL_POINT && role != Role.MEMBER) {
                assertThat(body("/audit", user)).doesNotContain(narrative).doesNotContain(policeName);
                assertThat(body("/audit.csv", user)).doesNotContain(narrative).doesNotContain(policeName);
                assertThat(body("/audit.csv?type=report-activity", user)).doesNotContain(narrative);
            }
            if (role == Role.ME_OFFICER || role == Role.ADMINISTRATOR) {
                assertThat(body("/reporting/holidays", user)).contains(secondHoliday).doesNotContain(firstHoliday);
            }
        }
    }

    @Test
    void theFirstParticipantsOwnPeopleWorkAsBefore() throws Exception {
        var officer = person(1L, Role.ME_OFFICER, null);
        var coordinator = person(1L, Role.COORDINATOR, null);
        assertThat(body("/reporting/" + period.id() + "/institutions/" + plan.police, officer)).contains(narrative);
        mvc.perform(get("/reporting/evidence/" + evidenceId).with(TestSignIn.as(officer))).andExpect(status().isOk());
        assertThat(body("/audit/history/report-activity/" + entryId, officer)).contains(narrative);
        assertThat(body("/audit.csv?type=report-activity", officer)).contains(narrative).doesNotContain(secondHoliday);
        assertThat(body("/search?q=" + policeName.replace(' ', '+'), coordinator)).contains(policeName);
        assertThat(body("/notices", coordinator)).contains(officeNotice);
        assertThat(body("/reporting/holidays", officer)).contains(firstHoliday).doesNotContain(secondHoliday);
        // a plan's deadlines skip its own country's holidays only
        var ofPlan = as(officer, () -> schedules.holidayList(plan.planId));
        assertThat(ofPlan).extracting(ReportingSchedules.Holiday::name).contains(firstHoliday).doesNotContain(secondHoliday);
    }

    @Test
    void theSecondParticipantKeepsItsOwnHolidayAndItsTrailLine() throws Exception {
        var officer = person(second, Role.ME_OFFICER, null);
        assertThat(body("/audit.csv?type=holiday", officer)).contains(secondHoliday).doesNotContain(firstHoliday);
        mvc.perform(post("/reporting/holidays/" + secondHolidayId + "/delete").with(csrf()).with(TestSignIn.as(officer)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from holiday where id = ?").param(secondHolidayId).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select participant_id from audit_event where entity_type = 'holiday' and entity_label like ?")
                .param("%" + secondHoliday).query(Long.class).list()).containsOnly(second);
        assertThat(jdbc.sql("select distinct participant_id from audit_event where plan_id = ?").param(plan.planId)
                .query(Long.class).list()).containsExactly(1L);
    }

    @Test
    void aPersonWhoWorksAcrossParticipantsSeesBoth() throws Exception {
        var regional = person(null, Role.ME_OFFICER, null);
        assertThat(body("/reporting/" + period.id() + "/institutions/" + plan.police, regional)).contains(narrative);
        assertThat(body("/audit.csv?type=report-activity", regional)).contains(narrative);
        assertThat(body("/reporting/holidays", regional)).contains(firstHoliday).contains(secondHoliday);
        assertThat(body("/audit/history/report-activity/" + entryId, regional)).contains(narrative);
    }

    /** The owner the guard is told, asked as a person of the second participant (the guard asks for such only). */
    private java.util.Optional<Long> owner(String key, long id, Map<String, String> address) {
        return as(person(second, Role.COORDINATOR, null), () -> ownerships.stream()
                .filter(module -> module.owners().containsKey(key)).findFirst().orElseThrow()
                .owners().get(key).of(Long.toString(id), address));
    }

    private long newParticipant() {
        var key = new GeneratedKeyHolder();
        jdbc.sql("insert into participant (code, name, created_at, updated_at)"
                        + " values (?, ?, current_timestamp, current_timestamp)")
                .params(Unique.username("p"), Unique.name("Second country")).update(key, "id");
        return key.getKey().longValue();
    }

    private static SignedInUser person(Long participant, Role role, Long institution) {
        return TestSignIn.userOf(participant, Unique.username(role.name().toLowerCase(java.util.Locale.ROOT)),
                institution, role);
    }

    private <T> T as(SignedInUser user, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    private String body(String url, SignedInUser user) throws Exception {
        MockHttpServletRequestBuilder request = get(url).with(TestSignIn.as(user));
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
