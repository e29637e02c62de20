package org.ariadne.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caches hold only what is committed: a change evicts what it changed when it is committed, the next reader
 * then sees the change, and a change that is rolled back leaves the cache as it was. Meanwhile the transaction that
 * made the change reads its own change, and everyone else goes on reading the committed data from the cache.
 */
@AriadneIntegrationTest
class CachesIntegrationTest {

    @Autowired
    Plans plans;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CacheManager caches;

    ReportingFixture plan;
    ExecutorService otherReader = Executors.newSingleThreadExecutor();

    @BeforeEach
    void setUp() {
        // the caches are bounded and shared with the other tests: start with room, so that what is cached here stays
        caches.getCache(CacheSettings.PLAN_TREES).clear();
        plan = new ReportingFixture(editing, institutions, schedules);
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }

    @AfterEach
    void tearDown() {
        otherReader.shutdownNow();
        TestSignIn.clear();
    }

    @Test
    void aStatusChangeRolledBackLeavesThePlanAsCachedAndACommittedOneIsReadAtOnce() {
        var cached = plans.tree(plan.planId);
        assertThat(plans.tree(plan.planId)).as("read from the cache").isSameAs(cached);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            editing.recordStatus(plan.training, ActivityStatus.COMPLETED);
            assertThat(statusOfTraining(plans.tree(plan.planId))).as("the change, read by its own transaction")
                    .isEqualTo(ActivityStatus.COMPLETED);
            assertThat(elsewhere(() -> plans.tree(plan.planId))).as("the committed plan, read by everyone else")
                    .isSameAs(cached);
            transaction.setRollbackOnly();
        });

        assertThat(plans.tree(plan.planId)).as("still cached after the rollback").isSameAs(cached);
        assertThat(statusOfTraining(plans.tree(plan.planId))).isNull();

        editing.recordStatus(plan.training, ActivityStatus.COMPLETED);

        assertThat(statusOfTraining(plans.tree(plan.planId))).isEqualTo(ActivityStatus.COMPLETED);
    }

    @Test
    void aChangeToOnePlanLeavesTheOthersCached() {
        var other = new ReportingFixture(editing, institutions, schedules);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var cachedOther = plans.tree(other.planId);
        plans.tree(plan.planId);

        editing.recordStatus(plan.training, ActivityStatus.STARTED);

        assertThat(statusOfTraining(plans.tree(plan.planId))).isEqualTo(ActivityStatus.STARTED);
        assertThat(plans.tree(other.planId)).isSameAs(cachedOther);
    }

    @Test
    void aRenamedInstitutionKeepsItsNameUntilTheRenamingIsCommitted() {
        var oldName = institutions.get(plan.police).name();
        var newName = Unique.name("National Police");
        assertThat(institutions.directory().nameOf(plan.police)).isEqualTo(oldName);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            rename(plan.police, newName);
            assertThat(institutions.directory().nameOf(plan.police)).isEqualTo(newName);
            assertThat(elsewhere(() -> institutions.directory().nameOf(plan.police))).isEqualTo(oldName);
            transaction.setRollbackOnly();
        });
        assertThat(institutions.directory().nameOf(plan.police)).isEqualTo(oldName);

        rename(plan.police, newName);

        assertThat(institutions.directory().nameOf(plan.police)).isEqualTo(newName);
    }

    private void rename(long institution, String name) {
        var current = institutions.get(institution);
        institutions.update(institution, current.version(), InstitutionCommand.named(name, InstitutionType.POLICE));
    }

    private ActivityStatus statusOfTraining(PlanTree tree) {
        return tree.activities().filter(activity -> activity.id() == plan.training).findFirst().orElseThrow().status();
    }

    /** What another request, outside this test's transaction, reads at this moment. */
    private <T> T elsewhere(Callable<T> read) {
        try {
            return otherReader.submit(() -> {
                TestSignIn.onThisThread(Role.ME_OFFICER);
                return read.call();
            }).get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }
}
