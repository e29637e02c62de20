package org.ariadne.risks;

import java.time.LocalDate;
import java.util.List;

/** A contingency scenario with its minimum package of services and the activities it affects. */
public record ScenarioView(long id, int version, long planId, String name, String triggers,
        List<PackageService> services, List<AffectedActivity> activities, boolean active, LocalDate activeSince,
        String activationReason, LocalDate deactivatedOn, String deactivationReason) {

    public ScenarioView {
        services = List.copyOf(services);
        activities = List.copyOf(activities);
    }

    public boolean affects(long activityId) {
        return activities.stream().anyMatch(activity -> activity.id() == activityId);
    }

    public ScenarioCommand toCommand() {
        return ScenarioCommand.of(name, triggers, services.stream()
                        .map(service -> new ScenarioCommand.PackageLine(service.service(), service.providerId(), service.note()))
                        .toList(),
                activities.stream().map(AffectedActivity::id).toList());
    }

    /** One service that must continue, who provides it and a note. */
    public record PackageService(ServiceKind service, long providerId, String providerName, String note) {
    }

    /** An activity postponed or adapted while the scenario is active. */
    public record AffectedActivity(long id, String code, String title) {

        public String label() {
            return code == null || code.isBlank() ? title : code + " " + title;
        }
    }
}
