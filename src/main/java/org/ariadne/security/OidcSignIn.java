package org.ariadne.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ariadne.institutions.Institutions;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Who a person (or a calling system) the identity provider vouched for is in Ariadne: the account whose user name is
 * the configured claim ({@code preferred_username}, {@code email}; for a system without one, its subject), with the
 * roles and institution that the provider's claims give (when {@code roles-claim} is set) or else the administrator's
 * mapping. A person without an account is given one when the claims or a mapping let them in; anyone else is refused.
 * The same for the sign-in page and for bearer tokens on the API.
 */
@Service
public class OidcSignIn {

    /** Written as the actor of what a sign-in changes on an account. */
    static final String ACTOR = "single sign-on";

    private final OidcProperties properties;
    private final OidcMappings mappings;
    private final UserAccounts accounts;
    private final Institutions institutions;

    OidcSignIn(OidcProperties properties, OidcMappings mappings, UserAccounts accounts, Institutions institutions) {
        this.properties = properties;
        this.mappings = mappings;
        this.accounts = accounts;
        this.institutions = institutions;
    }

    /** Why a person was not let in; each has a sentence on the refusal page. */
    public enum Refusal {
        UNKNOWN, DISABLED, EXPIRED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The person let in, or why not. */
    public record Outcome(SignedInUser user, Refusal refusal) {
        public Optional<SignedInUser> signedIn() {
            return Optional.ofNullable(user);
        }
    }

    public OidcProperties properties() {
        return properties;
    }

    /** The person whose verified claims (ID token and user info, or a bearer token's) these are. */
    public Outcome resolve(Map<String, Object> claims) {
        var subject = text(claims.get("sub"));
        var username = Optional.ofNullable(text(claims.get(properties.usernameClaim()))).orElse(subject);
        if (username == null || username.isBlank()) {
            return new Outcome(null, Refusal.UNKNOWN);
        }
        var grant = fromClaims(claims).or(() -> mappings.match(subject, text(claims.get("email")),
                list(claims.get(properties.groupsClaim()))).map(m -> new Grant(m.roles(), m.institutionId())));
        SignedInUser user;
        try {
            user = accounts.loadUserByUsername(username);
            if (grant.isPresent()) {
                var account = user;
                SystemTasks.run(ACTOR, () -> accounts.grantFromProvider(account.id(), grant.get().institutionId(),
                        grant.get().roles()));
                user = accounts.loadUserByUsername(username);
            }
        } catch (UsernameNotFoundException unknown) {
            if (grant.isEmpty()) {
                return new Outcome(null, Refusal.UNKNOWN);
            }
            var name = Optional.ofNullable(text(claims.get("name"))).orElse(username);
            user = SystemTasks.call(ACTOR, () -> accounts.provision(username, name, text(claims.get("email")),
                    grant.get().institutionId(), grant.get().roles()));
        }
        user.eraseCredentials();
        if (!user.isEnabled()) {
            return new Outcome(null, Refusal.DISABLED);
        }
        if (!user.isAccountNonExpired()) {
            return new Outcome(null, Refusal.EXPIRED);
        }
        return new Outcome(user, null);
    }

    /** Roles (and institution) from the provider's claims, when Ariadne is set to take them from there. */
    private Optional<Grant> fromClaims(Map<String, Object> claims) {
        if (properties.rolesClaim() == null || properties.rolesClaim().isBlank()) {
            return Optional.empty();
        }
        var roles = EnumSet.noneOf(Role.class);
        for (var name : list(claims.get(properties.rolesClaim()))) {
            var constant = name.strip().replace('-', '_').toUpperCase(Locale.ROOT);
            for (var role : Role.values()) {
                if (role.name().equals(constant)) {
                    roles.add(role);
                }
            }
        }
        if (roles.isEmpty()) {
            return Optional.empty();
        }
        Long institutionId = null;
        if (properties.institutionClaim() != null && !properties.institutionClaim().isBlank()) {
            var named = text(claims.get(properties.institutionClaim()));
            if (named != null) {
                institutionId = SystemTasks.call(ACTOR, () -> institutions.directory().find(named))
                        .map(institution -> institution.id()).orElse(null);
            }
        }
        // a focal point reports for an institution: without one the claims do not let them in
        if (roles.contains(Role.FOCAL_POINT) && institutionId == null) {
            return Optional.empty();
        }
        return Optional.of(new Grant(Set.copyOf(roles), institutionId));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static List<String> list(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        if (value instanceof String one && !one.isBlank()) {
            return List.of(one.split("[,\\s]+"));
        }
        return List.of();
    }

    private record Grant(Set<Role> roles, Long institutionId) {
    }
}
