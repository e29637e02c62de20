package org.ariadne.risks;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A contingency scenario of a plan. It guards its activation: activated once until deactivated, on a day that has
 * come, with a reason; deactivated on or after the day it began.
 */
@Table("contingency_scenario")
class ContingencyScenario {

    static final String AUDIT_TYPE = "contingency-scenario";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private String name;
    private String triggers;
    private boolean active;
    private LocalDate activeSince;
    private String activationReason;
    private LocalDate deactivatedOn;
    private String deactivationReason;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "scenario_id", keyColumn = "position")
    private List<Service> services = new ArrayList<>();
    @MappedCollection(idColumn = "scenario_id")
    private Set<Affected> activities = new LinkedHashSet<>();

    ContingencyScenario() {
    }

    static ContingencyScenario create(long planId, ScenarioCommand command, LocalDateTime now) {
        var scenario = new ContingencyScenario();
        scenario.planId = planId;
        scenario.createdAt = now;
        scenario.apply(command, now);
        return scenario;
    }

    void apply(ScenarioCommand command, LocalDateTime now) {
        name = command.name().strip();
        triggers = command.triggers() == null || command.triggers().isBlank() ? null : command.triggers().strip();
        services = new ArrayList<>();
        for (var kind : ServiceKind.values()) {
            var provider = command.provider(kind);
            if (provider != null) {
                services.add(new Service(kind, provider, command.note(kind)));
            }
        }
        activities = new LinkedHashSet<>();
        command.activities().forEach(activity -> activities.add(new Affected(activity)));
        updatedAt = now;
    }

    void activate(ActivationCommand command, LocalDate today, LocalDateTime now) {
        if (active) {
            throw RiskException.alreadyActive(name);
        }
        if (command.date().isAfter(today)) {
            throw RiskException.dateInFuture();
        }
        active = true;
        activeSince = command.date();
        activationReason = command.reason().strip();
        deactivatedOn = null;
        deactivationReason = null;
        updatedAt = now;
    }

    void deactivate(ActivationCommand command, LocalDate today, LocalDateTime now) {
        if (!active) {
            throw RiskException.notActive(name);
        }
        if (command.date().isAfter(today)) {
            throw RiskException.dateInFuture();
        }
        if (command.date().isBefore(activeSince)) {
            throw RiskException.endBeforeStart();
        }
        active = false;
        deactivatedOn = command.date();
        deactivationReason = command.reason().strip();
        updatedAt = now;
    }

    ScenarioView view(Function<Long, String> institutionNames, Map<Long, ScenarioView.AffectedActivity> planActivities) {
        return new ScenarioView(id, version, planId, name, triggers,
                services.stream().map(service -> new ScenarioView.PackageService(service.service(),
                        service.providerInstitutionId(), institutionNames.apply(service.providerInstitutionId()),
                        service.note())).toList(),
                affected(planActivities),
                active, activeSince, activationReason, deactivatedOn, deactivationReason);
    }

    Audited audited(Function<Long, String> institutionNames, Map<Long, ScenarioView.AffectedActivity> planActivities) {
        return Audited.of(AUDIT_TYPE, id, name, planId, AuditRecord.state(
                "name", name,
                "triggers", triggers,
                "minimumPackage", services.stream().map(service -> service.service().name() + ": "
                        + institutionNames.apply(service.providerInstitutionId())
                        + (service.note() == null ? "" : " (" + service.note() + ")")).toList(),
                "activities", affected(planActivities).stream().map(ScenarioView.AffectedActivity::label).toList(),
                "active", active,
                "activeSince", activeSince == null ? null : activeSince.toString(),
                "activationReason", activationReason,
                "deactivatedOn", deactivatedOn == null ? null : deactivatedOn.toString(),
                "deactivationReason", deactivationReason));
    }

    /** The affected activities in plan order ({@code planActivities} is). */
    private List<ScenarioView.AffectedActivity> affected(Map<Long, ScenarioView.AffectedActivity> planActivities) {
        var chosen = activities.stream().map(Affected::activityId).collect(java.util.stream.Collectors.toSet());
        return planActivities.values().stream().filter(activity -> chosen.contains(activity.id())).toList();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    String name() {
        return name;
    }

    boolean active() {
        return active;
    }

    @Table("scenario_service")
    record Service(ServiceKind service, long providerInstitutionId, String note) {
    }

    @Table("scenario_activity")
    record Affected(long activityId) {
    }
}
