package org.ariadne.demo;

import java.time.LocalDate;
import java.util.List;

import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The demo police focal point's API token (issue 18, item 5), with a value known beforehand so that the README's curl
 * example works on any demo: "the police case system" reads the plan and submits its figures. Only in the demo
 * ({@code ariadne.demo-data}); a real installation has no token anybody knows. Made once, after the demo accounts.
 */
@Component
@Order(11)
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoApiToken implements ApplicationRunner {

    /** Printed in the README; valid only where the demo data is loaded. */
    static final String TOKEN = "ari_demo_police_case_system_not_secret";
    static final String OWNER = "focal.police";

    private final ApiTokens tokens;
    private final UserAccounts accounts;

    DemoApiToken(ApiTokens tokens, UserAccounts accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!accounts.exists(OWNER)) {
            return;
        }
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("demo-loader", null,
                List.of(new SimpleGrantedAuthority(Role.ADMINISTRATOR.authority()))));
        try {
            tokens.installKnownToken(accounts.loadUserByUsername(OWNER), "Police case system (demo)",
                    TokenScope.READ_WRITE, TOKEN, LocalDate.now().plusDays(tokens.maxTokenDays()));
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
