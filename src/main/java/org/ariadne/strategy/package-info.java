/**
 * Strategies: a national or thematic strategy (vision, mission, period, guiding principles) holding action plans in
 * sequence, and the history of the indicators that continue from one of its plans to the next. The facade
 * {@link org.ariadne.strategy.Strategies} and its records are the front door; entities and repositories are
 * package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy",
        allowedDependencies = {"common", "audit", "plan :: api", "dashboards :: api", "progress"})
package org.ariadne.strategy;
