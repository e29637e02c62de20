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
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's risk register. Everyone who may read the plan reads its risks (the plan is read by everyone signed in);
 * the M&amp;E officer and the coordinator keep the register. Every change is a line in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Risks {

    /** Who reads the register: as the plan ({@code plan.Plans}). */
    public static final String READERS = "isAuthenticated()";
    /** Who keeps the register and the scenarios: the office, the M&amp;E officer and the coordinator. */
    public static final String EDITORS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";

    static final String ENTITY = Risk.AUDIT_TYPE;

    private final RiskRepository risks;
    private final Plans plans;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;

    Risks(RiskRepository risks, Plans plans, Institutions institutions, AuditTrail trail, AuditHistory history,
            Clock clock) {
        this.risks = risks;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The plan's risks in the order they were recorded, those {@code filter} keeps. */
    @PreAuthorize(READERS)
    public List<RiskView> list(long planId, RiskFilter filter) {
        var tree = plans.tree(planId);
        var elements = elements(tree);
        var directory = institutions.directory();
        return risks.findByPlanIdOrderById(planId).stream().map(risk -> view(risk, elements, directory))
                .filter(filter::matches).toList();
    }

    @PreAuthorize(READERS)
    public RiskView get(long id) {
        var risk = find(id);
        return view(risk, elements(plans.tree(risk.planId())), institutions.directory());
    }

    @PreAuthorize(READERS)
    public HeatMap heatMap(long planId) {
        return HeatMap.of(planId, list(planId, RiskFilter.none()));
    }

    /**
     * The risks the half-year review looks at: not closed, and never reviewed or due for review on or before
     * {@code day} (the end of the half-year), the most serious first.
     */
    @PreAuthorize(READERS)
    public List<RiskView> dueForReview(long planId, LocalDate day) {
        return list(planId, new RiskFilter(null, null, null, null, null, null, null, day)).stream()
                .sorted(java.util.Comparator.comparingInt(RiskView::score).reversed()).toList();
    }

    /** What a risk may be attached to, in plan order: the plan, then each objective and activity. */
    @PreAuthorize(READERS)
    public List<RiskElement> elementChoices(long planId) {
        return List.copyOf(elements(plans.tree(planId)).values());
    }

    /** The module's own rules on a command (the element is the plan's, the owner is in the directory). */
    @PreAuthorize(EDITORS)
    public void check(long planId, RiskCommand command) {
        resolve(planId, command);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long create(long planId, RiskCommand command) {
        var element = resolve(planId, command);
        var saved = risks.save(Risk.create(planId, command, element, now()));
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void update(long id, int expectedVersion, RiskCommand command) {
        var risk = find(id);
        refuseStale(risk, expectedVersion);
        var element = resolve(risk.planId(), command);
        var before = audited(risk);
        risk.apply(command, element, now());
        var saved = risks.save(risk);
        trail.recordChange(before, audited(saved));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var risk = find(id);
        refuseStale(risk, expectedVersion);
        var before = audited(risk);
        risks.delete(risk);
        trail.recordDeleted(before);
    }

    /** The risk was reviewed today; the next review is on {@code next}, after today. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void markReviewed(long id, int expectedVersion, LocalDate next) {
        var risk = find(id);
        refuseStale(risk, expectedVersion);
        var today = LocalDate.now(clock);
        if (next == null || !next.isAfter(today)) {
            throw RiskException.nextReviewNotAfterToday();
        }
        var before = audited(risk);
        risk.reviewed(today, next, now());
        var saved = risks.save(risk);
        trail.recordChange(before, audited(saved));
    }

    /** The plan a risk belongs to. */
    @PreAuthorize(READERS)
    public long planOf(long id) {
        return find(id).planId();
    }

    private RiskElement.Reference resolve(long planId, RiskCommand command) {
        var refusals = new ArrayList<RiskException>();
        var reference = RiskElement.parse(command.element());
        if (reference.isEmpty() || !elements(plans.tree(planId)).containsKey(command.element() == null
                || command.element().isBlank() ? "plan" : command.element().strip())) {
            refusals.add(RiskException.unknownElement());
        }
        // an owner of the plan's participant only (issue 19 item 2): another's posted id is unknown here
        if (command.ownerId() != null && (institutions.directory().byId(command.ownerId()).isEmpty()
                || !plans.choosableInstitutions(planId).test(command.ownerId()))) {
            refusals.add(RiskException.unknownOwner());
        }
        if (!refusals.isEmpty()) {
            throw RiskException.all(refusals);
        }
        return reference.orElseThrow();
    }

    private void refuseStale(Risk risk, int expectedVersion) {
        if (risk.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, risk.id());
            throw ConflictException.of("risks.conflict", risk.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private org.ariadne.audit.Audited audited(Risk risk) {
        var element = elements(plans.tree(risk.planId())).get(reference(risk.element()));
        var directory = institutions.directory();
        return risk.audited(element == null ? null : element.label(),
                risk.ownerInstitutionId() == null ? null : directory.nameOf(risk.ownerInstitutionId()));
    }

    private static RiskView view(Risk risk, Map<String, RiskElement> elements, InstitutionDirectory directory) {
        var element = elements.get(reference(risk.element()));
        return risk.view(element, risk.ownerInstitutionId() == null ? null : directory.nameOf(risk.ownerInstitutionId()));
    }

    private static String reference(RiskElement.Reference reference) {
        return switch (reference.kind()) {
            case PLAN -> "plan";
            case STRATEGIC_OBJECTIVE -> "strategic-" + reference.id();
            case SPECIFIC_OBJECTIVE -> "specific-" + reference.id();
            case ACTIVITY -> "activity-" + reference.id();
        };
    }

    /** The plan and its elements by reference, in plan order. */
    static Map<String, RiskElement> elements(PlanTree tree) {
        var elements = new LinkedHashMap<String, RiskElement>();
        var plan = new RiskElement(ElementKind.PLAN, tree.plan().id(), "", tree.plan().title());
        elements.put(plan.reference(), plan);
        for (var strategic : tree.objectives()) {
            var element = new RiskElement(ElementKind.STRATEGIC_OBJECTIVE, strategic.id(), strategic.code(),
                    strategic.title());
            elements.put(element.reference(), element);
            for (var specific : strategic.specificObjectives()) {
                var specificElement = new RiskElement(ElementKind.SPECIFIC_OBJECTIVE, specific.id(), specific.code(),
                        specific.title());
                elements.put(specificElement.reference(), specificElement);
                for (var activity : specific.activities()) {
                    var activityElement = new RiskElement(ElementKind.ACTIVITY, activity.id(), activity.code(),
                            activity.title());
                    elements.put(activityElement.reference(), activityElement);
                }
            }
        }
        return elements;
    }

    private Risk find(long id) {
        return risks.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
