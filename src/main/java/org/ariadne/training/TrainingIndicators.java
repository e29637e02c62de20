package org.ariadne.training;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.plan.Plans;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan indicators computed from the training register ("professionals trained, by institution and sex"). The
 * M&amp;E officer links an indicator (and a target group, or all); the office reads the computed figures per quarter.
 * The figure reaches the plan's progress through the reports only ({@link TrainingComputedValues}): the report that
 * holds the indicator is pre-filled with it, and it counts once the office accepts that report.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class TrainingIndicators {

    private final IndicatorLinkRepository links;
    private final Trainings trainings;
    private final Plans plans;
    private final AuditTrail trail;
    private final Clock clock;
    private final TrainingParticipants participants;

    TrainingIndicators(IndicatorLinkRepository links, Trainings trainings, Plans plans, AuditTrail trail,
            Clock clock, TrainingParticipants participants) {
        this.participants = participants;
        this.links = links;
        this.trainings = trainings;
        this.plans = plans;
        this.trail = trail;
        this.clock = clock;
    }

    /** The linked indicators with their figures for each quarter of {@code year}. */
    @PreAuthorize(TrainingAccess.OFFICE)
    public List<IndicatorLinkView> links(int year) {
        return links.findAll().stream().filter(link -> participants.sees(link.participantId()))
                .map(link -> view(link, year))
                .sorted(Comparator.comparing(IndicatorLinkView::planTitle).thenComparing(IndicatorLinkView::indicatorName))
                .toList();
    }

    /** The numeric indicators of every plan that are not linked yet. */
    @PreAuthorize(TrainingAccess.OFFICER)
    public List<IndicatorChoice> choices() {
        var linked = links.findAll().stream().map(IndicatorLink::indicatorId).toList();
        var choices = new ArrayList<IndicatorChoice>();
        for (var plan : plans.list()) {
            if (!participants.seesPlan(plan.id())) {
                continue;
            }
            plans.tree(plan.id()).indicators()
                    .filter(i -> i.type() == org.ariadne.plan.IndicatorType.NUMBER && !linked.contains(i.id()))
                    .forEach(i -> choices.add(new IndicatorChoice(i.id(), plan.title(), i.name())));
        }
        return choices;
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public long link(IndicatorLinkCommand command) {
        var indicatorId = command.indicatorId();
        if (choices().stream().noneMatch(choice -> choice.id() == indicatorId)) {
            throw links.findByIndicatorId(indicatorId).isPresent() ? TrainingException.indicatorLinkedAlready()
                    : TrainingException.unknownIndicator();
        }
        // the link counts the trainings of the indicator's plan's participant, whoever links it
        var owner = participants.participantOfPlan(plans.planOfIndicator(indicatorId));
        var saved = links.save(IndicatorLink.of(indicatorId, command.targetGroup(), owner, LocalDateTime.now(clock)));
        trail.recordCreated(saved.audited(label(indicatorId), plans.planOfIndicator(indicatorId)));
        return saved.id();
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public void unlink(long id, int expectedVersion) {
        var link = links.findById(id).filter(l -> participants.sees(l.participantId())).orElseThrow(() -> NotFoundException.of(IndicatorLink.AUDIT_TYPE, id));
        if (link.version() != expectedVersion) {
            throw ConflictException.of("training.conflict", link.version(), null, null);
        }
        var before = link.audited(label(link.indicatorId()), plans.planOfIndicator(link.indicatorId()));
        links.delete(link);
        trail.recordDeleted(before);
    }

    /** The computed figure of a linked indicator for a period, without any read rule (for the reporting port). */
    java.util.Optional<Participation> computed(long indicatorId, LocalDate from, LocalDate to) {
        return links.findByIndicatorId(indicatorId)
                .map(link -> trainings.participation(link.participantId(), from, to, link.targetGroup()));
    }

    private IndicatorLinkView view(IndicatorLink link, int year) {
        var indicator = plans.indicator(link.indicatorId());
        long planId = plans.planOfIndicator(link.indicatorId());
        var quarters = new ArrayList<IndicatorLinkView.PeriodFigure>();
        for (int q = 0; q < 4; q++) {
            var from = LocalDate.of(year, q * 3 + 1, 1);
            var to = from.plusMonths(3).minusDays(1);
            quarters.add(new IndicatorLinkView.PeriodFigure(from, to,
                    trainings.participation(link.participantId(), from, to, link.targetGroup())));
        }
        return new IndicatorLinkView(link.id(), link.version(), link.indicatorId(), planId,
                plans.header(planId).title(), indicator.name(), link.targetGroup(), List.copyOf(quarters),
                trainings.participation(link.participantId(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                        link.targetGroup()));
    }

    private String label(long indicatorId) {
        return plans.indicator(indicatorId).name();
    }
}
