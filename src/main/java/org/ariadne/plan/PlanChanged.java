package org.ariadne.plan;

/**
 * Something in a plan changed: the plan itself, an objective, an activity (its status too, from an accepted report)
 * or an indicator. Published inside the transaction that made the change, once per plan and transaction, for what
 * is derived from the plan elsewhere (cached trees, the dashboards' progress): listeners evict through Spring's
 * cache, which makes the eviction take effect when the change is committed.
 */
@org.springframework.modulith.NamedInterface("events")
public record PlanChanged(long planId) {
}
