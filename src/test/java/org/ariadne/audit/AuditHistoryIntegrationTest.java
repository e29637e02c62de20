package org.ariadne.audit;

import java.util.Set;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@AriadneIntegrationTest
class AuditHistoryIntegrationTest {

    @Autowired
    AuditHistory history;
    @Autowired
    UserAccounts accounts;

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
}
