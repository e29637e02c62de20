package org.ariadne.risks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's contingency scenarios (seed 004): kept by the M&amp;E officer and the coordinator, activated and
 * deactivated by the coordinator alone, with the day and the reason. Read by everyone who reads the plan; the
 * dashboards show the active ones ({@link #active}).
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Scenarios {

    /** Who activates and deactivates a scenario: the national coordinator. */
    public static final String ACTIVATORS = "hasRole('COORDINATOR')";

    static final String ENTITY = ContingencyScenario.AUDIT_TYPE;

    private final ScenarioRepository scenarios;
    private final Plans plans;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;

    Scenarios(ScenarioRepository scenarios, Plans plans, Institutions institutions, AuditTrail trail,
            AuditHistory history, Clock clock) {
        this.scenarios = scenarios;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize(Risks.READERS)
    public List<ScenarioView> list(long planId) {
        var activities = activities(planId);
        var names = institutions.directory();
        return scenarios.findByPlanIdOrderById(planId).stream().map(s -> s.view(names::nameOf, activities)).toList();
    }

    /** The plan's active scenarios: while there is one, the plan is in contingency mode. */
    @PreAuthorize(Risks.READERS)
    public List<ScenarioView> active(long planId) {
        return list(planId).stream().filter(ScenarioView::active).toList();
    }

    @PreAuthorize(Risks.READERS)
    public ScenarioView get(long id) {
        var scenario = find(id);
        return scenario.view(institutions.directory()::nameOf, activities(scenario.planId()));
    }

    /** The plan's activities a scenario may affect, in plan order. */
    @PreAuthorize(Risks.READERS)
    public List<ScenarioView.AffectedActivity> activityChoices(long planId) {
        return List.copyOf(activities(planId).values());
    }

    @PreAuthorize(Risks.EDITORS)
    public void check(long planId, ScenarioCommand command) {
        refuse(planId, command);
    }

    @PreAuthorize(Risks.EDITORS)
    @Transactional
    public long create(long planId, ScenarioCommand command) {
        refuse(planId, command);
        var saved = scenarios.save(ContingencyScenario.create(planId, command, now()));
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    /**
     * Starts a plan that has no scenarios yet from the usual ones (pandemic, migrant influx, natural disaster, budget
     * cut), worded by the caller in the user's language; a plan that has scenarios is left as it is. Returns how many
     * were added.
     */
    @PreAuthorize(Risks.EDITORS)
    @Transactional
    public int addUsual(long planId, List<ScenarioCommand> usual) {
        plans.header(planId);
        if (scenarios.existsByPlanId(planId)) {
            return 0;
        }
        usual.forEach(command -> create(planId, command));
        return usual.size();
    }

    @PreAuthorize(Risks.EDITORS)
    @Transactional
    public void update(long id, int expectedVersion, ScenarioCommand command) {
        var scenario = find(id);
        refuseStale(scenario, expectedVersion);
        refuse(scenario.planId(), command);
        var before = audited(scenario);
        scenario.apply(command, now());
        trail.recordChange(before, audited(scenarios.save(scenario)));
    }

    @PreAuthorize(Risks.EDITORS)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var scenario = find(id);
        refuseStale(scenario, expectedVersion);
        if (scenario.active()) {
            throw RiskException.activeCannotBeDeleted(scenario.name());
        }
        var before = audited(scenario);
        scenarios.delete(scenario);
        trail.recordDeleted(before);
    }

    @PreAuthorize(ACTIVATORS)
    @Transactional
    public void activate(long id, int expectedVersion, ActivationCommand command) {
        var scenario = find(id);
        refuseStale(scenario, expectedVersion);
        var before = audited(scenario);
        scenario.activate(command, LocalDate.now(clock), now());
        trail.recordChange(before, audited(scenarios.save(scenario)));
    }

    @PreAuthorize(ACTIVATORS)
    @Transactional
    public void deactivate(long id, int expectedVersion, ActivationCommand command) {
        var scenario = find(id);
        refuseStale(scenario, expectedVersion);
        var before = audited(scenario);
        scenario.deactivate(command, LocalDate.now(clock), now());
        trail.recordChange(before, audited(scenarios.save(scenario)));
    }

    private void refuse(long planId, ScenarioCommand command) {
        var refusals = new ArrayList<RiskException>();
        // providers of the plan's participant only (issue 19 item 2)
        var directory = institutions.directory().only(plans.choosableInstitutions(planId));
        for (var kind : ServiceKind.values()) {
            var provider = command.provider(kind);
            if (provider == null && command.note(kind) != null) {
                refusals.add(RiskException.providerMissing(kind.messageKey()));
            } else if (provider != null && directory.byId(provider).isEmpty()) {
                refusals.add(RiskException.unknownProvider());
            }
        }
        var activities = activities(planId);
        if (command.activities().stream().anyMatch(activity -> !activities.containsKey(activity))) {
            refusals.add(RiskException.unknownActivity());
        }
        if (!refusals.isEmpty()) {
            throw RiskException.all(refusals);
        }
    }

    private void refuseStale(ContingencyScenario scenario, int expectedVersion) {
        if (scenario.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, scenario.id());
            throw ConflictException.of("risks.scenario.conflict", scenario.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private Audited audited(ContingencyScenario scenario) {
        return scenario.audited(institutions.directory()::nameOf, activities(scenario.planId()));
    }

    private Map<Long, ScenarioView.AffectedActivity> activities(long planId) {
        var activities = new LinkedHashMap<Long, ScenarioView.AffectedActivity>();
        plans.tree(planId).activities().forEach(activity -> activities.put(activity.id(),
                new ScenarioView.AffectedActivity(activity.id(), activity.code(), activity.title())));
        return activities;
    }

    private ContingencyScenario find(long id) {
        return scenarios.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
