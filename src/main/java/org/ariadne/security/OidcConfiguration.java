package org.ariadne.security;

import java.io.Serial;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Single sign-on, only when an issuer is configured ({@code ariadne.security.oidc.issuer-uri}). The provider's
 * discovery document is read on the first sign-in, not at start-up, so Ariadne starts while the provider is down.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${ariadne.security.oidc.issuer-uri:}'.isBlank()")
class OidcConfiguration {

    @Bean
    ClientRegistrationRepository ariadneClientRegistrations(OidcProperties properties) {
        return new DiscoveredRegistration(properties);
    }

    @Bean
    OidcBearerTokens oidcBearerTokens(OidcProperties properties, OidcSignIn signIn) {
        return new OidcBearerTokens(properties, signIn);
    }

    /** Asks the provider about the person as Spring does, then who they are in Ariadne; refuses whom it does not know. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> ariadneOidcUserService(OidcSignIn signIn) {
        var provider = new OidcUserService();
        return request -> {
            var person = provider.loadUser(request);
            var outcome = signIn.resolve(person.getClaims());
            if (outcome.user() == null) {
                throw new OAuth2AuthenticationException(new OAuth2Error(REFUSED + outcome.refusal().code()));
            }
            return new AccountOidcUser(person, outcome.user());
        };
    }

    /** The error code of a refusal, as the failure handler reads it back. */
    static final String REFUSED = "ariadne_refused_";

    /** The provider's person with the Ariadne account they are; replaced by the account alone once signed in. */
    static final class AccountOidcUser extends DefaultOidcUser {

        @Serial
        private static final long serialVersionUID = 1L;

        private final SignedInUser account;

        AccountOidcUser(OidcUser person, SignedInUser account) {
            super(account.getAuthorities(), person.getIdToken(), person.getUserInfo());
            this.account = account;
        }

        SignedInUser account() {
            return account;
        }
    }

    /** The one registration, read from the issuer's discovery document when first needed. */
    private static final class DiscoveredRegistration implements ClientRegistrationRepository {

        private final OidcProperties properties;
        private volatile ClientRegistration registration;

        DiscoveredRegistration(OidcProperties properties) {
            this.properties = properties;
        }

        @Override
        public ClientRegistration findByRegistrationId(String registrationId) {
            if (!OidcProperties.REGISTRATION.equals(registrationId)) {
                return null;
            }
            var known = registration;
            if (known == null) {
                synchronized (this) {
                    if (registration == null) {
                        registration = ClientRegistrations.fromIssuerLocation(properties.issuerUri())
                                .registrationId(OidcProperties.REGISTRATION)
                                .clientId(properties.clientId())
                                .clientSecret(properties.clientSecret())
                                .scope(properties.scopes())
                                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                                .clientName(properties.displayName())
                                // PKCE also for this confidential client: a stolen code is worth nothing alone
                                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true)
                                        .build())
                                .build();
                    }
                    known = registration;
                }
            }
            return known;
        }
    }
}
