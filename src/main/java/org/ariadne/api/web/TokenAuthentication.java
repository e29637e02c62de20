package org.ariadne.api.web;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.api.TokenHolder;
import org.ariadne.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A call made with a personal access token: the token's owner as the rest of Ariadne knows a signed-in person (so
 * every facade applies its usual read and write rules), with their roles and the token's scope
 * ({@code SCOPE_read}, {@code SCOPE_write}).
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

    static final String READ = "SCOPE_read";
    static final String WRITE = "SCOPE_write";

    private final SignedInUser user;
    private final TokenHolder token;

    TokenAuthentication(SignedInUser user, TokenHolder token) {
        super(authorities(user, token));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(SignedInUser user, TokenHolder token) {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(READ));
        if (token.scope().mayWrite()) {
            authorities.add(new SimpleGrantedAuthority(WRITE));
        }
        return authorities;
    }

    TokenHolder token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
