package org.ariadne.victimdata;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanParticipants;
import org.ariadne.plan.Plans;
import org.ariadne.common.participant.ParticipantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plan indicators computed from the victim register ("number of identified victims, by sex and age group"). The M&amp;E
 * officer links an indicator to a count of the register (identified, presumed or all registered persons) and to the
 * breakdowns the indicator has; the office, the coordinator and victim-data officers read the figures per quarter.
 * The figure reaches the plan's progress through the reports only ({@link VictimComputedValues}): the report holding
 * the indicator is pre-filled with it, through the disclosure rule ({@link IndicatorOffer}), and it counts once the
 * office accepts that report.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class RegisterIndicators {

    static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'VICTIM_DATA_OFFICER')";
    static final String LINKER = "hasRole('ME_OFFICER')";

    private final RegisterIndicatorLinkRepository links;
    private final JdbcClient jdbc;
    private final Plans plans;
    private final AuditTrail trail;
    private final DisclosureControl disclosure;
    private final Clock clock;
    private final PlanParticipants planParticipants;
    private final ParticipantScope participants;

    RegisterIndicators(RegisterIndicatorLinkRepository links, JdbcClient jdbc, Plans plans, AuditTrail trail,
            DisclosureControl disclosure, Clock clock, PlanParticipants planParticipants,
            ParticipantScope participants) {
        this.planParticipants = planParticipants;
        this.participants = participants;
        this.links = links;
        this.jdbc = jdbc;
        this.plans = plans;
        this.trail = trail;
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** The linked indicators with their figures for each quarter of {@code year}. */
    @PreAuthorize(READERS)
    public List<RegisterIndicatorView> links(int year) {
        return links.findAll().stream().filter(link -> participants.sees(participantOf(link.indicatorId())))
                .map(link -> view(link, year))
                .sorted(Comparator.comparing(RegisterIndicatorView::planTitle)
                        .thenComparing(RegisterIndicatorView::indicatorName))
                .toList();
    }

    /** The register's exact figure of a linked indicator for a period (the office's reading). */
    @PreAuthorize(READERS)
    public Optional<RegisterFigure> figure(long indicatorId, LocalDate from, LocalDate to) {
        return links.findByIndicatorId(indicatorId).filter(link -> participants.sees(participantOf(indicatorId)))
                .map(link -> count(link.measure(), from, to, participantOf(indicatorId)));
    }

    /** The numeric indicators of every plan that are not linked yet, with the breakdowns they have. */
    @PreAuthorize(LINKER)
    public List<IndicatorChoice> choices() {
        var linked = new HashSet<Long>();
        links.findAll().forEach(link -> linked.add(link.indicatorId()));
        var choices = new ArrayList<IndicatorChoice>();
        var owners = planParticipants.byPlan();
        for (var plan : plans.list()) {
            if (!participants.sees(owners.get(plan.id()))) {
                continue;
            }
            plans.tree(plan.id()).indicators()
                    .filter(i -> i.type() == IndicatorType.NUMBER && !linked.contains(i.id()))
                    .forEach(i -> choices.add(new IndicatorChoice(i.id(), plan.title(), i.name(),
                            i.disaggregations().contains(Disaggregation.SEX),
                            i.disaggregations().contains(Disaggregation.AGE_GROUP))));
        }
        return choices;
    }

    /**
     * Links an indicator; a breakdown the indicator does not have is not taken, whatever the form said (its report
     * has no parts to fill).
     */
    @PreAuthorize(LINKER)
    @Transactional
    public long link(RegisterIndicatorCommand command) {
        var indicatorId = command.indicatorId();
        var choice = choices().stream().filter(c -> c.id() == indicatorId).findFirst().orElseThrow(() ->
                links.findByIndicatorId(indicatorId).isPresent() ? VictimDataException.indicatorLinkedAlready()
                        : VictimDataException.unknownIndicator());
        var saved = links.save(RegisterIndicatorLink.of(indicatorId, command.measure(),
                command.bySex() && choice.bySex(), command.byAgeGroup() && choice.byAgeGroup(), now()));
        trail.recordCreated(saved.audited(choice.name(), plans.planOfIndicator(indicatorId)));
        return saved.id();
    }

    @PreAuthorize(LINKER)
    @Transactional
    public void unlink(long id, int expectedVersion) {
        var link = links.findById(id)
                .orElseThrow(() -> NotFoundException.of(RegisterIndicatorLink.AUDIT_TYPE, id));
        participants.requireSees(participantOf(link.indicatorId()), RegisterIndicatorLink.AUDIT_TYPE, id);
        if (link.version() != expectedVersion) {
            throw ConflictException.of("victimdata.conflict", link.version(), null, null);
        }
        var before = link.audited(plans.indicator(link.indicatorId()).name(),
                plans.planOfIndicator(link.indicatorId()));
        links.delete(link);
        trail.recordDeleted(before);
    }

    /**
     * What the report holding the indicator is offered for a period, without any read rule (for the reporting port):
     * through the disclosure rule, never an exact small count.
     */
    Optional<IndicatorOffer> offer(long indicatorId, LocalDate from, LocalDate to) {
        return links.findByIndicatorId(indicatorId).flatMap(link -> IndicatorOffer.of(
                count(link.measure(), from, to, participantOf(indicatorId)), link.bySex(), link.byAgeGroup(),
                disclosure));
    }

    Optional<RegisterMeasure> measureOf(long indicatorId) {
        return links.findByIndicatorId(indicatorId).map(RegisterIndicatorLink::measure);
    }

    /**
     * The participant of the indicator's plan, whose cases alone its figure counts (issue 19); an indicator that is
     * gone counts nobody's.
     */
    long participantOf(long indicatorId) {
        return planParticipants.ofIndicator(indicatorId).orElse(-1L);
    }

    /**
     * Persons of the participant's register with a case of the measure identified in the period, each once, by their
     * first such case.
     */
    RegisterFigure count(RegisterMeasure measure, LocalDate from, LocalDate to, long participant) {
        var sql = "select person_id, sex, age_at_identification from victim_case where participant_id = ? "
                + "and identified_on between ? and ?"
                + (measure == RegisterMeasure.REGISTERED ? "" : " and status = ?")
                + " order by person_id, identified_on, id";
        var query = measure == RegisterMeasure.REGISTERED ? jdbc.sql(sql).params(participant, from, to)
                : jdbc.sql(sql).params(participant, from, to, measure.name());
        var seen = new HashSet<Long>();
        long[] counts = new long[6];
        long[][] grid = new long[2][2];
        query.query(row -> {
            if (!seen.add(row.getLong(1))) {
                return;
            }
            var sex = row.getString(2);
            var age = (Integer) row.getObject(3, Integer.class);
            int sexAt = "FEMALE".equals(sex) ? 0 : "MALE".equals(sex) ? 1 : 2;
            int ageAt = age == null ? 2 : age < 18 ? 0 : 1;
            counts[sexAt]++;
            counts[3 + ageAt]++;
            if (sexAt < 2 && ageAt < 2) {
                grid[sexAt][ageAt]++;
            }
        });
        return new RegisterFigure(measure, from, to, seen.size(), counts[0], counts[1], counts[2], counts[3],
                counts[4], counts[5], grid);
    }

    private RegisterIndicatorView view(RegisterIndicatorLink link, int year) {
        var indicator = plans.indicator(link.indicatorId());
        long planId = plans.planOfIndicator(link.indicatorId());
        var quarters = new ArrayList<RegisterIndicatorView.Period>();
        for (int q = 0; q < 4; q++) {
            var from = LocalDate.of(year, q * 3 + 1, 1);
            quarters.add(period(link, from, from.plusMonths(3).minusDays(1)));
        }
        return new RegisterIndicatorView(link.id(), link.version(), link.indicatorId(), planId,
                plans.header(planId).title(), indicator.name(), link.measure(), link.bySex(), link.byAgeGroup(),
                List.copyOf(quarters), period(link, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }

    private RegisterIndicatorView.Period period(RegisterIndicatorLink link, LocalDate from, LocalDate to) {
        var figure = count(link.measure(), from, to, participantOf(link.indicatorId()));
        var offer = IndicatorOffer.of(figure, link.bySex(), link.byAgeGroup(), disclosure);
        return new RegisterIndicatorView.Period(figure, offer.map(IndicatorOffer::total).orElse(null),
                offer.map(o -> !o.parts().isEmpty()).orElse(false),
                offer.map(IndicatorOffer::withheld).orElse(List.of()));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
