package org.ariadne.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Single sign-on with an OpenID Connect provider (Keycloak, Microsoft Entra ID, ...), off while {@code issuerUri} is
 * empty. The same issuer's tokens are then also accepted as bearer tokens on the API. The client secret comes from the
 * environment (ARIADNE_SECURITY_OIDC_CLIENT_SECRET), never from a file.
 */
@ConfigurationProperties("ariadne.security.oidc")
public record OidcProperties(
        /** The provider's issuer, e.g. https://keycloak.example.org/realms/ministry; its discovery document is read. */
        String issuerUri,
        String clientId,
        String clientSecret,
        /** The provider's name on the sign-in button ("Sign in with ..."). */
        @DefaultValue("single sign-on") String displayName,
        @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
        /** The claim whose value is the Ariadne user name of the person (or calling system). */
        @DefaultValue("preferred_username") String usernameClaim,
        /** The claim with the person's groups, matched against the administrator's group mappings. */
        @DefaultValue("groups") String groupsClaim,
        /**
         * When set, roles come from this claim (role names such as FOCAL_POINT or focal-point) and the administrator's
         * mappings are not consulted; when empty, roles and institution come from the mappings.
         */
        String rolesClaim,
        /** With {@code rolesClaim}: the claim naming the institution (its name, short name or acronym). */
        String institutionClaim,
        /** A bearer token on the API must name this audience, when set (Keycloak: the client id; Entra: api://...). */
        String audience,
        /** A bearer token may write (submit values) only when it carries this scope; reading needs none. */
        @DefaultValue("ariadne.write") String writeScope) {

    public boolean enabled() {
        return issuerUri != null && !issuerUri.isBlank();
    }

    /** The name of the client registration, in Spring's redirect address (/login/oauth2/code/ariadne). */
    public static final String REGISTRATION = "ariadne";
}
