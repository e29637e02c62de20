package org.ariadne.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@AriadneIntegrationTest
class ProgressReportsIntegrationTest {

    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    Plans plans;

    ReportingFixture plan;
    PeriodView period;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private SignedInUser focalPoint(long institution) {
        return TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
    }

    private static ActivityEntryCommand status(ActivityStatus status) {
        return new ActivityEntryCommand(status, "Done what was planned", null, List.of());
    }

    @Test
    void theReportHoldsOnlyTheInstitutionsOwnActivitiesWithAValuePerCollectionPeriod() {
        as(focalPoint(plan.police));

        var sheet = reports.sheet(period.id(), plan.police);

        assertThat(sheet.activities()).extracting(a -> a.activity().title())
                .containsExactly("Training of police officers", "Joint operations");
        var victims = sheet.indicators().filter(i -> i.indicator().id() == plan.victimsIdentified).findFirst().orElseThrow();
        assertThat(victims.values()).hasSize(3).allMatch(ValueView::isEmpty);
        assertThat(victims.breakdown().groups().get(0).parts()).hasSize(4);
        assertThat(sheet.missing()).filteredOn(ReportSheet.Missing::required).hasSize(2);
    }

    @Test
    void aFocalPointOfAnotherInstitutionCanNeitherReadNorWriteTheReport() {
        as(focalPoint(plan.shelter));

        assertThatThrownBy(() -> reports.sheet(period.id(), plan.police)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.saveActivity(period.id(), plan.police, plan.training, 0,
                status(ActivityStatus.STARTED))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.submit(period.id(), plan.police, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void partsMustAddUpToTheTotalAndAnEmptyTotalIsTheirSum() {
        as(focalPoint(plan.police));
        var month = period.startsOn();
        var parts = Map.of("SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("2"), "SEX=FEMALE|AGE_GROUP=ADULT",
                new BigDecimal("3"), "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("1"));

        assertThatThrownBy(() -> reports.saveValue(period.id(), plan.police, plan.victimsIdentified, month, 0,
                new ValueCommand(new BigDecimal("7"), null, null, parts, null)))
                .isInstanceOf(ReportingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reporting.error.parts-do-not-add-up");
        int version = reports.saveValue(period.id(), plan.police, plan.victimsIdentified, month, 0,
                new ValueCommand(null, null, null, parts, null));

        var saved = reports.sheet(period.id(), plan.police).indicators()
                .filter(i -> i.indicator().id() == plan.victimsIdentified).findFirst().orElseThrow().values().get(0);
        assertThat(saved.total()).isEqualByComparingTo("6");
        assertThat(saved.version()).isEqualTo(version);
    }

    @Test
    void twoPeopleSavingTheSameActivityNeverOverwriteEachOtherSilently() {
        as(focalPoint(plan.police));
        reports.saveActivity(period.id(), plan.police, plan.training, 0, status(ActivityStatus.STARTED));

        assertThatThrownBy(() -> reports.saveActivity(period.id(), plan.police, plan.training, 0,
                status(ActivityStatus.COMPLETED))).isInstanceOf(ConflictException.class);
        var entry = reports.sheet(period.id(), plan.police).activities().get(0).entry();
        assertThat(entry.status()).isEqualTo(ActivityStatus.STARTED);
        // a different activity of the same report is not in the way
        reports.saveActivity(period.id(), plan.police, plan.operations, 0, status(ActivityStatus.NOT_STARTED));
    }

    @Test
    void theWholeCycleFromDraftToAcceptedGivesThePlanTheReportedStatuses() {
        var focal = focalPoint(plan.police);
        as(focal);
        reports.saveActivity(period.id(), plan.police, plan.training, 0, status(ActivityStatus.STARTED));
        assertThatThrownBy(() -> reports.submit(period.id(), plan.police, 0))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reporting.error.incomplete");
        reports.saveActivity(period.id(), plan.police, plan.operations, 0, status(ActivityStatus.COMPLETED));
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());
        assertThatThrownBy(() -> reports.saveActivity(period.id(), plan.police, plan.training, 2,
                status(ActivityStatus.COMPLETED))).isInstanceOf(ReportingException.class);

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var version = reports.sheet(period.id(), plan.police).reportVersion();
        assertThatThrownBy(() -> reports.returnForChanges(period.id(), plan.police, version, " ", Map.of()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reporting.error.comment-required");
        reports.returnForChanges(period.id(), plan.police, version, "Say how many officers were trained",
                Map.of(plan.training, "Add the number of officers"));

        as(focal);
        var returned = reports.sheet(period.id(), plan.police);
        assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(returned.activities().get(0).entry().reviewerComment()).isEqualTo("Add the number of officers");
        reports.saveActivity(period.id(), plan.police, plan.training, returned.activities().get(0).entry().version(),
                new ActivityEntryCommand(ActivityStatus.STARTED, "120 officers trained", null, List.of()));
        reports.submit(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());

        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), plan.police, reports.sheet(period.id(), plan.police).reportVersion());

        TestSignIn.onThisThread(Role.ME_OFFICER);
        // the plan takes the statuses once the acceptance is committed, from the event kept in the database
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> {
            TestSignIn.onThisThread(Role.ME_OFFICER);
            var activities = plans.tree(plan.planId).activities().toList();
            assertThat(activities).filteredOn(a -> a.id() == plan.training).extracting(a -> a.status())
                    .containsExactly(ActivityStatus.STARTED);
            assertThat(activities).filteredOn(a -> a.id() == plan.operations).extracting(a -> a.status())
                    .containsExactly(ActivityStatus.COMPLETED);
        });
        var accepted = reports.sheet(period.id(), plan.police);
        assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(accepted.report().timesReturned()).isEqualTo(1);

        assertThatThrownBy(() -> reports.reopen(period.id(), plan.police, accepted.reportVersion(), ""))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reporting.error.reason-required");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThatThrownBy(() -> reports.reopen(period.id(), plan.police, accepted.reportVersion(), "Wrong number"))
                .isInstanceOf(AccessDeniedException.class);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        reports.reopen(period.id(), plan.police, accepted.reportVersion(), "The number of officers was wrong");
        assertThat(reports.sheet(period.id(), plan.police).status()).isEqualTo(ReportStatus.REOPENED);
    }

    @Test
    void aMemberReadsOnlyAcceptedReports() {
        as(focalPoint(plan.police));
        reports.saveActivity(period.id(), plan.police, plan.training, 0, status(ActivityStatus.STARTED));

        TestSignIn.onThisThread(Role.MEMBER);
        assertThatThrownBy(() -> reports.sheet(period.id(), plan.police)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void evidenceIsRecognisedByItsContentNotItsName() {
        as(focalPoint(plan.police));
        var pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".getBytes();
        var script = "<script>alert(1)</script>".getBytes();

        var id = reports.attach(period.id(), plan.police, plan.training, "../../list of participants.pdf", pdf);
        assertThatThrownBy(() -> reports.attach(period.id(), plan.police, plan.training, "minutes.pdf", script))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("reporting.evidence.type");

        var file = reports.download(id);
        assertThat(file.fileName()).isEqualTo("list of participants.pdf");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.content()).isEqualTo(pdf);
        as(focalPoint(plan.shelter));
        assertThatThrownBy(() -> reports.download(id)).isInstanceOf(AccessDeniedException.class);
    }
}
