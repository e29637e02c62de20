package org.ariadne.audit;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who reads the trail, as far as the read rules need to know: the roles they hold (without the {@code ROLE_}
 * prefix). A rule that needs more (a focal point's institution) asks the security module for the signed-in user.
 */
public record AuditReader(Set<String> roles) {

    public AuditReader {
        roles = Set.copyOf(roles);
    }

    public boolean hasAny(String... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /** Whoever is signed in on this thread; no roles when nobody is. */
    static AuditReader current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return new AuditReader(Set.of());
        }
        return new AuditReader(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet()));
    }
}
