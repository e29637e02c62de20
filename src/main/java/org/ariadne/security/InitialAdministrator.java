package org.ariadne.security;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, creates the first administrator from ARIADNE_SECURITY_INITIAL_ADMIN_PASSWORD so a
 * new installation can be entered without any password written in a file.
 */
@Component
@Order(0)
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final boolean demo;

    InitialAdministrator(UserAccounts accounts, SecurityProperties properties,
            @Value("${ariadne.demo-data:false}") boolean demo) {
        this.accounts = accounts;
        this.properties = properties;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        var password = properties.initialAdminPassword();
        if (password == null || password.isBlank()) {
            if (demo) {
                return; // the demo is about to create its own accounts, "admin" among them
            }
            log.warn("No user accounts yet. Set ARIADNE_SECURITY_INITIAL_ADMIN_PASSWORD and restart to create the "
                    + "administrator 'admin', or start with the demo profile.");
            return;
        }
        try {
            // the installation's administrator works across participants and keeps them (issue 19)
            accounts.createAtStartUp(new UserCommand("admin", "Administrator", null, null, Set.of(Role.ADMINISTRATOR),
                    null, true, password, null));
            log.info("Created the administrator account 'admin'. Sign in and change its password.");
        } catch (AccountException refused) {
            log.error("ARIADNE_SECURITY_INITIAL_ADMIN_PASSWORD was not accepted: it needs at least {} characters and "
                    + "must not contain the user name 'admin'. No account was created.", PasswordPolicy.MIN_LENGTH);
        }
    }
}
