/**
 * The REST API under {@code /api/v1} (issue 18): other systems read the plan, its progress, accepted values,
 * completeness and published statistics, and submit an institution's report, through the same facades and read rules
 * as the web pages ({@code plan}, {@code reporting}, {@code reportingcycle}, {@code dashboards}, {@code publication}).
 * It only adapts those facades; it never reads their tables. Callers authenticate with personal access tokens
 * ({@link org.ariadne.api.ApiTokens}), which a person makes on their own account page; every call is rate-limited per
 * token ({@link org.ariadne.api.RateLimiter}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "API",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api", "reporting :: changes",
                "reportingcycle :: api", "progress", "dashboards :: api", "publication :: api", "iati :: api"})
package org.ariadne.api;
