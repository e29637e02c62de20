package org.ariadne.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in rules. {@code initialAdminPassword} (ARIADNE_SECURITY_INITIAL_ADMIN_PASSWORD) creates the first
 * administrator on an empty database; it is never stored in a file.
 */
@ConfigurationProperties("ariadne.security")
record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15") int lockMinutes,
        @DefaultValue("30") int maxFailuresPerAddress,
        @DefaultValue("10") int addressWindowMinutes,
        /** How long a session lasts after signing in however active it is; the idle timeout ends it sooner. */
        @DefaultValue("12h") java.time.Duration sessionLifetime,
        String initialAdminPassword,
        /** Other sites (scheme://host[:port]) whose pages may send changes here besides this one. */
        java.util.List<String> allowedOrigins,
        /**
         * Whether people may sign in with an Ariadne password (the form). Off when every person signs in through the
         * identity provider ({@link OidcProperties}): then the form is not offered and a posted one is refused.
         */
        @DefaultValue("true") boolean localSignIn) {
}
