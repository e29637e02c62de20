package org.ariadne.api.web;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.security.SignedInUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A call made with the identity provider's token ({@code security.OidcBearerTokens}): the account it speaks for, as
 * for a personal access token, so every facade applies the same rules; it may write only with the write scope.
 */
final class OidcBearerAuthentication extends AbstractAuthenticationToken {

    private final SignedInUser user;
    private final Jwt token;
    private final boolean mayWrite;

    OidcBearerAuthentication(SignedInUser user, Jwt token, boolean mayWrite) {
        super(authorities(user, mayWrite));
        this.user = user;
        this.token = token;
        this.mayWrite = mayWrite;
        setAuthenticated(true);
    }

    private static List<GrantedAuthority> authorities(SignedInUser user, boolean mayWrite) {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(new SimpleGrantedAuthority(TokenAuthentication.READ));
        if (mayWrite) {
            authorities.add(new SimpleGrantedAuthority(TokenAuthentication.WRITE));
        }
        return authorities;
    }

    boolean mayWrite() {
        return mayWrite;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public SignedInUser getPrincipal() {
        return user;
    }
}
