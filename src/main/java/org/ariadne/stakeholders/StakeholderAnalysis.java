package org.ariadne.stakeholders;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stakeholder analysis of a plan (seed 002 IV(a)): each institution placed by the office on an interest &times;
 * power grid, with why and how to engage it. Placing an institution again moves it; the trail keeps every move.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(StakeholderAccess.OFFICE)
@org.springframework.modulith.NamedInterface("api")
public class StakeholderAnalysis {

    public static final String OFFICE = StakeholderAccess.OFFICE;

    private final StakeholderPlacementRepository placements;
    private final Institutions institutions;
    private final Plans plans;
    private final AuditTrail trail;
    private final Clock clock;
    private final StakeholderOwnership owners;

    StakeholderAnalysis(StakeholderPlacementRepository placements, Institutions institutions, Plans plans,
            AuditTrail trail, Clock clock, StakeholderOwnership owners) {
        this.owners = owners;
        this.placements = placements;
        this.institutions = institutions;
        this.plans = plans;
        this.trail = trail;
        this.clock = clock;
    }

    /** The plan's placements, most important first: by power and interest, then by name. */
    public List<PlacementView> placements(long planId) {
        requireOwnPlan(planId);
        var directory = institutions.directory();
        return placements.findByPlanId(planId).stream().map(p -> {
            var institution = directory.byId(p.institutionId());
            return p.view(institution.map(i -> i.name()).orElse("?"), institution.map(i -> i.shortName()).orElse(null));
        }).sorted(Comparator.comparingInt((PlacementView p) -> -(p.power() + p.interest()))
                .thenComparing(PlacementView::institution, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public void check(PlacementCommand command) {
        if (command.institutionId() != null && (institutions.directory().byId(command.institutionId()).isEmpty()
                || !owners.seesInstitution(command.institutionId()))) {
            throw StakeholderException.unknownInstitution("institutionId");
        }
    }

    /** Places the institution on the plan's grid, or moves it there if it was placed already. */
    @Transactional
    public long place(long planId, PlacementCommand command) {
        requireOwnPlan(planId);
        check(command);
        var name = institutions.directory().nameOf(command.institutionId());
        var existing = placements.findByPlanIdAndInstitutionId(planId, command.institutionId());
        if (existing.isPresent()) {
            var placement = existing.get();
            var before = placement.audited(name);
            placement.apply(command, now());
            var saved = placements.save(placement);
            trail.recordChange(before, saved.audited(name));
            return saved.id();
        }
        var saved = placements.save(Placement.create(planId, command, now()));
        trail.recordCreated(saved.audited(name));
        return saved.id();
    }

    /** Takes the institution off the plan's grid. */
    @Transactional
    public void remove(long planId, long institutionId) {
        requireOwnPlan(planId);
        var placement = placements.findByPlanIdAndInstitutionId(planId, institutionId)
                .orElseThrow(() -> NotFoundException.of(Placement.AUDIT_TYPE, institutionId));
        placements.delete(placement);
        trail.recordDeleted(placement.audited(institutions.directory().nameOf(institutionId)));
    }

    /** The institutions that may be placed: the person's participant's (issue 19). */
    public List<org.ariadne.institutions.InstitutionView> institutionChoices() {
        return owners.own(institutions.directory().all());
    }

    /** Another participant's plan does not exist for the person (issue 19). */
    private void requireOwnPlan(long planId) {
        plans.header(planId);
        if (!owners.seesPlan(planId)) {
            throw NotFoundException.of("plan", planId);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
