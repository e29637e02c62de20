package org.ariadne.audit;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@AriadneIntegrationTest
class AuditHistoryIntegrationTest {

    @Autowired
    AuditHistory history;
    @Autowired
    UserAccounts accounts;
    @Autowired
    AuditTrail trail;
    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void changesToUserAccountsAreShownToAdministratorsOnly() {
        var username = Unique.username("audited");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        long id = accounts.create(new UserCommand(username, "Audited Person", null, null, Set.of(Role.MEMBER), null, true,
                "a long enough password"));
        var filter = new AuditHistory.AuditFilter(null, "user", null, null, null, null);

        assertThat(history.search(filter, 5000)).extracting(AuditEntry::label).contains(username);
        assertThat(history.forEntity("user", id)).hasSize(1);

        TestSignIn.onThisThread(Role.EVALUATOR);
        assertThat(history.search(filter, 5000)).isEmpty();
        assertThat(history.forEntity("user", id)).isEmpty();
    }

    @Test
    void aLongTrailIsReadInBatchesWithoutLosingOrRepeatingAnEntry() {
        int recorded = AuditHistory.BATCH + 201;
        // one import: every entry has the same time, so only the entry number keeps them in order
        var importer = TestSignIn.user(Unique.username("importer"), null, Role.ME_OFFICER);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(importer, null, importer.getAuthorities()));
        transaction.executeWithoutResult(status -> trail.recordAll(IntStream.rangeClosed(1, recorded)
                .mapToObj(n -> AuditRecord.created("activity", 700_000L + n, "A" + n, null, Map.of("n", n)))
                .toList()));
        TestSignIn.onThisThread(Role.COORDINATOR);
        var filter = new AuditHistory.AuditFilter(null, null, importer.getUsername(), null, null, null);

        var all = new ArrayList<AuditEntry>();
        boolean cut = history.forEach(filter, 100_000, all::add);
        var some = new ArrayList<AuditEntry>();
        boolean cutShort = history.forEach(filter, AuditHistory.BATCH + 200, some::add);

        assertThat(cut).isFalse();
        assertThat(all).hasSize(recorded).extracting(AuditEntry::label)
                .containsExactlyElementsOf(IntStream.iterate(recorded, n -> n >= 1, n -> n - 1).mapToObj(n -> "A" + n)
                        .toList());
        assertThat(cutShort).isTrue();
        assertThat(some).hasSize(AuditHistory.BATCH + 200).containsExactlyElementsOf(all.subList(0, some.size()));
    }
}
