package org.ariadne.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The API's limits. A token lives at most {@code maxTokenDays}; a person has at most {@code maxTokensPerUser} active
 * tokens; each token may make {@code requestsPerWindow} calls per {@code window} (fixed windows, see
 * {@link DatabaseRateLimiter}).
 */
@ConfigurationProperties("ariadne.api")
public record ApiProperties(
        @DefaultValue("365") int maxTokenDays,
        @DefaultValue("20") int maxTokensPerUser,
        @DefaultValue("120") int requestsPerWindow,
        @DefaultValue("1m") Duration window) {
}
