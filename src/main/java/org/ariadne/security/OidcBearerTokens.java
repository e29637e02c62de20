package org.ariadne.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The identity provider's access tokens as bearer tokens on the API (present only while single sign-on is configured):
 * signed with a key the issuer publishes (its JWK set, read when the first token comes), from that issuer, in date,
 * and for Ariadne's audience when one is set. The caller is the account {@link OidcSignIn} finds for the token's
 * claims, as for a person on the sign-in page.
 */
public final class OidcBearerTokens {

    private final OidcProperties properties;
    private final OidcSignIn signIn;
    private final JwtDecoder decoder;

    OidcBearerTokens(OidcProperties properties, OidcSignIn signIn) {
        this.properties = properties;
        this.signIn = signIn;
        var decoder = NimbusJwtDecoder.withIssuerLocation(properties.issuerUri()).build();
        var validators = new java.util.ArrayList<OAuth2TokenValidator<Jwt>>();
        validators.add(JwtValidators.createDefaultWithIssuer(properties.issuerUri()));
        if (properties.audience() != null && !properties.audience().isBlank()) {
            validators.add(new JwtClaimValidator<List<String>>("aud",
                    audiences -> audiences != null && audiences.contains(properties.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        this.decoder = decoder;
    }

    public JwtDecoder decoder() {
        return decoder;
    }

    /** The account the token speaks for, if Ariadne lets it in (known or mapped, enabled, access not ended). */
    public Optional<SignedInUser> caller(Jwt token) {
        return signIn.resolve(token.getClaims()).signedIn();
    }

    /** Whether the token carries the write scope (Keycloak and most: "scope" text; Entra ID: "scp"). */
    public boolean mayWrite(Jwt token) {
        for (var claim : List.of("scope", "scp")) {
            var value = token.getClaims().get(claim);
            var scopes = value instanceof Collection<?> many ? many.stream().map(String::valueOf).toList()
                    : value == null ? List.<String>of() : List.of(value.toString().split(" "));
            if (scopes.contains(properties.writeScope())) {
                return true;
            }
        }
        return false;
    }
}
