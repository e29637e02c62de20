package org.ariadne.dashboards;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.ariadne.common.CacheSettings;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.progress.PlanProgress;
import org.ariadne.progress.ProgressOverview;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * On a deadline day many people open the dashboard right after an acceptance dropped its figures: the figures are
 * computed once, and everyone else waits for that computation instead of repeating it.
 */
@AriadneIntegrationTest
class ProgressSingleFlightIntegrationTest {

    private static final int READERS = 8;

    @Autowired
    PlanProgress realProgress;
    @Autowired
    CacheManager caches;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    Plans plans;

    ReportingFixture plan;
    ExecutorService readers = Executors.newFixedThreadPool(READERS);
    AtomicInteger computations = new AtomicInteger();
    /** Every reader has asked: a computation finishes only then, so that the readers truly ask at the same time. */
    CountDownLatch allAsked = new CountDownLatch(READERS);
    ProgressSnapshots snapshots;

    @BeforeEach
    void setUp() {
        // the cache is bounded and shared with the other tests: start with room, so that what is cached here stays
        caches.getCache(CacheSettings.PLAN_PROGRESS).clear();
        plan = new ReportingFixture(editing, institutions, schedules);
        // the real computation, counted
        var progress = mock(PlanProgress.class);
        when(progress.overview(anyLong(), anyInt(), anyBoolean())).thenAnswer(call -> {
            computations.incrementAndGet();
            allAsked.await();
            return realProgress.overview(call.getArgument(0), call.getArgument(1), call.getArgument(2));
        });
        snapshots = new ProgressSnapshots(progress, caches);
    }

    @AfterEach
    void tearDown() {
        readers.shutdownNow();
        TestSignIn.clear();
    }

    @Test
    void readersAskingAtOnceForAPlansProgressShareOneComputation() throws Exception {
        var answers = askAtOnce(plan.planId);

        assertThat(computations).hasValue(1);
        assertThat(answers).hasSize(READERS).allSatisfy(answer -> assertThat(answer).isSameAs(answers.get(0)));
        assertThat(answers.get(0).plan().id()).isEqualTo(plan.planId);
    }

    @Test
    void aChangeToThePlanIsComputedOnceMoreAndOnlyForThatPlan() throws Exception {
        var other = new ReportingFixture(editing, institutions, schedules);
        askAtOnce(plan.planId);
        var before = askAtOnce(other.planId).get(0);
        assertThat(computations).hasValue(2);

        snapshots.changed(plan.planId);

        allAsked = new CountDownLatch(READERS);
        askAtOnce(plan.planId);
        assertThat(computations).hasValue(3);
        assertThat(askAtOnce(other.planId).get(0)).as("the other plan, still cached").isSameAs(before);
        assertThat(computations).hasValue(3);
    }

    @Test
    void aReportSubmittedOrReturnedLeavesTheFiguresOfAcceptedReportsComputed() {
        allAsked = new CountDownLatch(0);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var tree = plans.tree(plan.planId);
        int year = tree.plan().startYear() + 1;
        var accepted = snapshots.overview(tree, year, false);
        var withSubmitted = snapshots.overview(tree, year, true);
        assertThat(computations).hasValue(2);

        snapshots.submittedChanged(plan.planId);

        assertThat(snapshots.overview(tree, year, false)).as("accepted reports only: still the same figures")
                .isSameAs(accepted);
        assertThat(computations).hasValue(2);
        assertThat(snapshots.overview(tree, year, true)).as("counting submitted reports: computed again")
                .isNotSameAs(withSubmitted);
        assertThat(computations).hasValue(3);
    }

    private List<ProgressOverview> askAtOnce(long planId) throws Exception {
        TestSignIn.onThisThread(Role.MEMBER);
        var tree = plans.tree(planId);
        int year = tree.plan().startYear() + 1;
        var asked = new ArrayList<Future<ProgressOverview>>();
        for (int i = 0; i < READERS; i++) {
            asked.add(readers.submit(() -> {
                TestSignIn.onThisThread(Role.MEMBER);
                allAsked.countDown();
                return snapshots.overview(tree, year, false);
            }));
        }
        var answers = new ArrayList<ProgressOverview>();
        for (var answer : asked) {
            answers.add(answer.get());
        }
        return answers;
    }
}
