package org.ariadne.common.upload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.ariadne.common.NotFoundException;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one upload → preview → confirm mechanism on the real database: an upload is its uploader's only, bounded in
 * size and number, gone when it expires, and imported once however often it is confirmed.
 */
@AriadneIntegrationTest
class PendingUploadsIntegrationTest {

    private static final String PURPOSE = "test-upload";
    private static final byte[] FILE = "Code,Title\nSO 1,Prevention\n".getBytes();

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    final MovableClock clock = new MovableClock();
    PendingUploads uploads;
    String alice;
    String bob;

    @BeforeEach
    void setUp() {
        // small limits, so that they are reached: 100 bytes, two waiting uploads a person, one hour
        uploads = new PendingUploads(jdbc, new UploadLimits(100, 2, Duration.ofHours(1)), clock, null);
        alice = Unique.username("alice");
        bob = Unique.username("bob");
        signIn(alice);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onlyTheUploaderFindsTheUploadAndOnlyForItsPurposeAndSubject() {
        var id = inTransaction(() -> uploads.keep(PURPOSE, "report:7", Map.of("title", "Plani për 2026 & më = tej"),
                "plan.csv", FILE));

        var found = inTransaction(() -> uploads.find(PURPOSE, "report:7", id));
        assertThat(found.content()).isEqualTo(FILE);
        assertThat(found.fileName()).isEqualTo("plan.csv");
        assertThat(found.detail("title")).isEqualTo("Plani për 2026 & më = tej");
        assertThat(inTransaction(() -> uploads.find(PURPOSE, id)).id()).isEqualTo(id);

        assertThatThrownBy(() -> uploads.find(PURPOSE, "report:8", id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> uploads.find("other-purpose", id)).isInstanceOf(NotFoundException.class);
        signIn(bob);
        assertThatThrownBy(() -> uploads.find(PURPOSE, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> uploads.confirm(PURPOSE, null, id, upload -> "imported", o -> o)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> {
            uploads.discard(PURPOSE, null, id);
            return null;
        })).isInstanceOf(NotFoundException.class);

        signIn(alice);
        assertThat(uploads.find(PURPOSE, id).id()).as("still there for its uploader").isEqualTo(id);
    }

    @Test
    void anUploadNotConfirmedInTimeIsGoneEvenBeforeTheCleanUpRuns() {
        var id = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "plan.csv", FILE));

        clock.move(Duration.ofMinutes(59));
        assertThat(uploads.find(PURPOSE, id).id()).isEqualTo(id);
        clock.move(Duration.ofMinutes(2));
        assertThatThrownBy(() -> uploads.find(PURPOSE, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inTransaction(() -> uploads.confirm(PURPOSE, null, id, upload -> "imported", o -> o)))
                .isInstanceOf(NotFoundException.class);

        inTransaction(() -> {
            uploads.removeExpired();
            return null;
        });
        assertThat(jdbc.sql("select count(*) from pending_upload where id = ?").param(id).query(Long.class).single())
                .isZero();
    }

    @Test
    void aFileOverTheLimitOrEmptyIsRefusedAndAPersonHasAtMostTwoUploadsWaiting() {
        assertThatThrownBy(() -> uploads.keep(PURPOSE, "", Map.of(), "big.csv", new byte[101]))
                .isInstanceOfSatisfying(UploadException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("spreadsheet.refused.too-large"));
        assertThatThrownBy(() -> uploads.keep(PURPOSE, "", Map.of(), "empty.csv", new byte[0]))
                .isInstanceOfSatisfying(UploadException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("spreadsheet.refused.empty"));
        assertThat(waitingFor(alice)).isZero();

        var first = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "1.csv", FILE));
        clock.move(Duration.ofSeconds(1));
        var second = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "2.csv", FILE));
        clock.move(Duration.ofSeconds(1));
        var third = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "3.csv", FILE));
        signIn(bob);
        inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "bob.csv", FILE));

        signIn(alice);
        assertThat(waitingFor(alice)).isEqualTo(2);
        assertThatThrownBy(() -> uploads.find(PURPOSE, first)).as("the oldest made room")
                .isInstanceOf(NotFoundException.class);
        assertThat(uploads.find(PURPOSE, second).fileName()).isEqualTo("2.csv");
        assertThat(uploads.find(PURPOSE, third).fileName()).isEqualTo("3.csv");
        assertThat(waitingFor(bob)).as("another person's uploads are not theirs to drop").isEqualTo(1);
    }

    @Test
    void aSecondConfirmationImportsNothingAndSaysWhereTheFirstWent() {
        var id = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "plan.csv", FILE));
        var imports = new AtomicInteger();

        var planId = inTransaction(() -> uploads.confirm(PURPOSE, null, id, upload -> {
            assertThat(upload.content()).isEqualTo(FILE);
            return 40 + imports.incrementAndGet();
        }, String::valueOf));

        assertThat(planId).isEqualTo(41);
        assertThatThrownBy(() -> inTransaction(() -> uploads.confirm(PURPOSE, null, id,
                upload -> imports.incrementAndGet(), String::valueOf)))
                .isInstanceOfSatisfying(UploadAlreadyConfirmedException.class,
                        again -> assertThat(again.outcome()).isEqualTo("41"));
        assertThatThrownBy(() -> uploads.find(PURPOSE, id)).isInstanceOf(UploadAlreadyConfirmedException.class);
        assertThat(imports).hasValue(1);
        assertThat(jdbc.sql("select content from pending_upload where id = ?").param(id).query(byte[].class).single())
                .as("the bytes are dropped once confirmed").isEmpty();
    }

    @Test
    void aConfirmationThatFailsLeavesTheUploadWaiting() {
        var id = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "plan.csv", FILE));

        assertThatThrownBy(() -> inTransaction(() -> uploads.confirm(PURPOSE, null, id, upload -> {
            throw new IllegalStateException("the file still has problems");
        }, String::valueOf))).hasMessageContaining("still has problems");

        String imported = inTransaction(() -> uploads.confirm(PURPOSE, null, id, upload -> "imported", o -> o));
        assertThat(imported).isEqualTo("imported");
    }

    @Test
    void aDoubleClickConfirmsOnceWhateverTheOrderTheTwoRequestsRunIn() throws Exception {
        var id = inTransaction(() -> uploads.keep(PURPOSE, "", Map.of(), "plan.csv", FILE));
        var imports = new AtomicInteger();
        var together = new CyclicBarrier(2);
        var executor = Executors.newFixedThreadPool(2);
        try {
            var clicks = new ArrayList<Future<String>>();
            for (int click = 0; click < 2; click++) {
                clicks.add(executor.submit(() -> {
                    signIn(alice);
                    together.await(10, TimeUnit.SECONDS);
                    try {
                        return inTransaction(() -> uploads.confirm(PURPOSE, null, id,
                                upload -> "plan-" + imports.incrementAndGet(), o -> o));
                    } catch (UploadAlreadyConfirmedException again) {
                        return "again:" + again.outcome();
                    } finally {
                        SecurityContextHolder.clearContext();
                    }
                }));
            }
            var answers = new ArrayList<String>();
            for (var click : clicks) {
                answers.add(click.get(30, TimeUnit.SECONDS));
            }
            assertThat(imports).hasValue(1);
            assertThat(answers).containsExactlyInAnyOrder("plan-1", "again:plan-1");
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void aPreviewThatNoLongerMatchesTheDataIsRefused() {
        record Change(String code, String before, String after) {
        }
        var shown = PendingUploads.fingerprint(List.of(new Change("A1.1.1", "2", "3")), 0L);

        assertThat(PendingUploads.fingerprint(List.of(new Change("A1.1.1", "2", "3")), 0L)).isEqualTo(shown);
        PendingUploads.checkUnchanged(shown, PendingUploads.fingerprint(List.of(new Change("A1.1.1", "2", "3")), 0L));
        PendingUploads.checkUnchanged(null, "anything"); // a trusted one-call import shows no preview
        var now = PendingUploads.fingerprint(List.of(new Change("A1.1.1", "4", "3")), 0L);
        assertThatThrownBy(() -> PendingUploads.checkUnchanged(shown, now))
                .isInstanceOfSatisfying(UploadException.class,
                        stale -> assertThat(stale.messageKey()).isEqualTo("upload.stale"));
    }

    // ---- helpers ----

    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private long waitingFor(String user) {
        return jdbc.sql("select count(*) from pending_upload where uploaded_by = ? and purpose = ?")
                .params(user, PURPOSE).query(Long.class).single();
    }

    private static void signIn(String user) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, List.of()));
    }

    /** The time as the test says: uploads age without waiting. */
    private static final class MovableClock extends Clock {

        private Instant now = Instant.now();

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.systemDefault();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
