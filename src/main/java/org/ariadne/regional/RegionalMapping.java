package org.ariadne.regional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.plan.PlanParticipants;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each participant's M&amp;E officer maps its own national plan indicators onto the regional set: only its own
 * participant's national plans and their indicators are offered, and any other indicator is refused. Audited.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RegionalMapping.MAPPERS)
@org.springframework.modulith.NamedInterface("api")
public class RegionalMapping {

    public static final String MAPPERS = "hasRole('ME_OFFICER')";

    private final IndicatorMappingRepository mappings;
    private final RegionalIndicatorRepository regional;
    private final PlanParticipants planParticipants;
    private final Plans plans;
    private final ParticipantScope scope;
    private final AuditTrail trail;
    private final Clock clock;

    RegionalMapping(IndicatorMappingRepository mappings, RegionalIndicatorRepository regional,
            PlanParticipants planParticipants, Plans plans, ParticipantScope scope, AuditTrail trail, Clock clock) {
        this.mappings = mappings;
        this.regional = regional;
        this.planParticipants = planParticipants;
        this.plans = plans;
        this.scope = scope;
        this.trail = trail;
        this.clock = clock;
    }

    /** Every regional indicator with the reader's participant's national indicator for it. */
    public List<MappingRow> rows() {
        var mapped = new HashMap<Long, Long>();
        mappings.findByParticipantId(own()).forEach(m -> mapped.put(m.regionalIndicatorId(), m.indicatorId()));
        return regional.findAllByOrderByCodeAsc().stream()
                .map(r -> new MappingRow(r.view(), mapped.get(r.id()))).toList();
    }

    /** The indicators of the reader's participant's national plans, plan by plan in plan order. */
    public List<IndicatorChoice> choices() {
        var choices = new ArrayList<IndicatorChoice>();
        for (var plan : planParticipants.nationalPlansOf(own())) {
            var tree = plans.tree(plan.id());
            for (var so : tree.objectives()) {
                so.indicators().forEach(i -> choices.add(new IndicatorChoice(i.id(), plan.id(), plan.title(), so.code(), i.name())));
                for (var sp : so.specificObjectives()) {
                    sp.indicators().forEach(i -> choices.add(new IndicatorChoice(i.id(), plan.id(), plan.title(), sp.code(), i.name())));
                    for (var activity : sp.activities()) {
                        activity.indicators().forEach(i -> choices.add(
                                new IndicatorChoice(i.id(), plan.id(), plan.title(), activity.code(), i.name())));
                    }
                }
            }
        }
        return choices;
    }

    /** Maps (or, without an indicator, unmaps) the reader's participant's indicator for a regional indicator. */
    @Transactional
    public void map(MappingCommand command) {
        var indicator = regional.findById(command.regionalIndicatorId())
                .orElseThrow(() -> NotFoundException.of(RegionalIndicator.AUDIT_TYPE, command.regionalIndicatorId()));
        long participant = own();
        var existing = mappings.findByRegionalIndicatorIdAndParticipantId(indicator.id(), participant);
        if (command.indicatorId() == null) {
            existing.ifPresent(mapping -> {
                trail.recordDeleted(mapping.audited(indicator.code(), nameOf(mapping.indicatorId())));
                mappings.delete(mapping);
            });
            return;
        }
        var choice = choices().stream().filter(c -> c.id() == command.indicatorId()).findFirst()
                .orElseThrow(RegionalException::notOwnIndicator);
        var mapping = existing.orElseGet(() -> IndicatorMapping.create(indicator.id(), participant, now()));
        var before = existing.map(m -> m.audited(indicator.code(), nameOf(m.indicatorId()))).orElse(null);
        mapping.mapTo(choice.planId(), choice.id(), now());
        var saved = mappings.save(mapping);
        if (before == null) {
            trail.recordCreated(saved.audited(indicator.code(), choice.name()));
        } else {
            trail.recordChange(before, saved.audited(indicator.code(), choice.name()));
        }
    }

    private String nameOf(long indicatorId) {
        return plans.indicator(indicatorId).name();
    }

    /** The participant the reader maps for: its own (or, working across participants, the home one). */
    private long own() {
        return scope.forNewRecord();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
