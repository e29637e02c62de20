package org.ariadne.training;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training needs assessment and the training plan derived from it. A focal point records and reads their own
 * institution's needs; the office reads them all; the M&amp;E officer keeps the plan, which everyone in the office
 * reads with the needs it covers and those it leaves open.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class TrainingNeeds {

    private final TrainingNeedRepository needs;
    private final PlannedTrainingRepository planned;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final TrainingParticipants participants;

    TrainingNeeds(TrainingNeedRepository needs, PlannedTrainingRepository planned, Institutions institutions,
            AuditTrail trail, AuditHistory history, Clock clock, TrainingParticipants participants) {
        this.participants = participants;
        this.needs = needs;
        this.planned = planned;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The needs of {@code year} the reader may see (a focal point: their institution's), most urgent first. */
    @PreAuthorize(TrainingAccess.READERS)
    public List<NeedView> needs(int year) {
        var own = TrainingAccess.ownInstitutionOnly();
        var coverage = coverage(year);
        var directory = institutions.directory();
        return ownNeeds().stream().filter(need -> need.view("", null).year() == year)
                .filter(need -> own == null || need.institutionId() == own)
                .map(need -> need.view(directory.nameOf(need.institutionId()), coverage.get(need.id())))
                .sorted(Comparator.comparing(NeedView::institutionName, Comparator.nullsLast(String::compareTo))
                        .thenComparing(NeedView::priority).thenComparing(NeedView::topic))
                .toList();
    }

    @PreAuthorize(TrainingAccess.READERS)
    public NeedView need(long id) {
        var need = findNeed(id);
        TrainingAccess.refuseUnlessReads(need.institutionId());
        var view = need.view(institutions.directory().nameOf(need.institutionId()), null);
        return need.view(view.institutionName(), coverage(view.year()).get(id));
    }

    /** The needs of a year across institutions, in figures: for everyone signed in. */
    @PreAuthorize(TrainingAccess.AGGREGATES)
    public NeedsSummary summary(int year) {
        var coverage = coverage(year);
        var lines = new LinkedHashMap<String, List<NeedView>>();
        ownNeeds().stream().map(need -> need.view("", coverage.get(need.id())))
                .filter(need -> need.year() == year)
                .sorted(Comparator.comparing(NeedView::topic).thenComparing(NeedView::targetGroup))
                .forEach(need -> lines.computeIfAbsent(need.topic() + "|" + need.targetGroup(), k -> new ArrayList<>())
                        .add(need));
        var summary = lines.values().stream().map(group -> new NeedsSummary.Line(group.get(0).topic(),
                group.get(0).targetGroup(), (int) group.stream().map(NeedView::institutionId).distinct().count(),
                group.stream().mapToInt(NeedView::staffToTrain).sum(),
                group.stream().mapToInt(need -> need.coverage().places()).sum(),
                (int) group.stream().filter(need -> need.priority() == NeedPriority.HIGH).count())).toList();
        return new NeedsSummary(year, summary, summary.stream().mapToInt(NeedsSummary.Line::staff).sum(),
                summary.stream().mapToInt(NeedsSummary.Line::placesGiven).sum());
    }

    /**
     * The institutions the reader may name and choose (issue 19): their participant's, or every one for those who work
     * across participants.
     */
    @PreAuthorize("isAuthenticated()")
    public org.ariadne.institutions.InstitutionDirectory directory() {
        return participants.directory();
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    public void checkNeed(NeedCommand command) {
        checkInstitution(command.institutionId());
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public long createNeed(NeedCommand command) {
        checkInstitution(command.institutionId());
        var saved = needs.save(TrainingNeed.create(command, participants.forNewRecord(), now()));
        trail.recordCreated(saved.audited(name(saved.institutionId())));
        return saved.id();
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void updateNeed(long id, int expectedVersion, NeedCommand command) {
        var need = findNeed(id);
        TrainingAccess.refuseUnlessRecords(need.institutionId());
        checkInstitution(command.institutionId());
        refuseStale(TrainingNeed.AUDIT_TYPE, id, need.version(), expectedVersion);
        var before = need.audited(name(need.institutionId()));
        need.apply(command, now());
        var saved = needs.save(need);
        trail.recordChange(before, saved.audited(name(saved.institutionId())));
    }

    @PreAuthorize(TrainingAccess.RECORDERS)
    @Transactional
    public void deleteNeed(long id, int expectedVersion) {
        var need = findNeed(id);
        TrainingAccess.refuseUnlessRecords(need.institutionId());
        refuseStale(TrainingNeed.AUDIT_TYPE, id, need.version(), expectedVersion);
        needs.delete(need);
        trail.recordDeleted(need.audited(name(need.institutionId())));
    }

    // ---- the training plan ----

    /** The plan's trainings of {@code year}, by quarter, with the places they give to needs. */
    @PreAuthorize(TrainingAccess.READERS)
    public List<PlannedTrainingView> plan(int year) {
        var needsOfYear = ownNeeds().stream().map(need -> need.view("", null)).filter(n -> n.year() == year)
                .map(NeedView::rule).toList();
        var offers = ownPlanned().stream().filter(p -> p.year() == year).toList();
        // places given per planned training: the coverage rule says which needs took them
        var rules = offers.stream().map(p -> view(p, 0).rule()).toList();
        var perOffer = placesPerOffer(needsOfYear, rules);
        return offers.stream().map(p -> view(p, perOffer.getOrDefault(p.id(), 0)))
                .sorted(Comparator.comparingInt(PlannedTrainingView::quarter).thenComparing(PlannedTrainingView::module))
                .toList();
    }

    @PreAuthorize(TrainingAccess.READERS)
    public PlannedTrainingView planned(long id) {
        return view(findPlanned(id), 0);
    }

    /** Every planned training, for the choice of the planned training a training held answers. */
    @PreAuthorize(TrainingAccess.READERS)
    public List<PlannedTrainingView> allPlanned() {
        return ownPlanned().stream().map(p -> view(p, 0))
                .sorted(Comparator.comparingInt(PlannedTrainingView::year).thenComparingInt(PlannedTrainingView::quarter))
                .toList();
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    public void checkPlanned(PlannedTrainingCommand command) {
        checkInvited(command);
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public long createPlanned(PlannedTrainingCommand command) {
        checkInvited(command);
        var saved = planned.save(PlannedTraining.create(command, participants.forNewRecord(), now()));
        trail.recordCreated(saved.audited(names(saved.institutionIds())));
        return saved.id();
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public void updatePlanned(long id, int expectedVersion, PlannedTrainingCommand command) {
        var entry = findPlanned(id);
        refuseStale(PlannedTraining.AUDIT_TYPE, id, entry.version(), expectedVersion);
        checkInvited(command);
        var before = entry.audited(names(entry.institutionIds()));
        entry.apply(command, now());
        var saved = planned.save(entry);
        trail.recordChange(before, saved.audited(names(saved.institutionIds())));
    }

    @PreAuthorize(TrainingAccess.OFFICER)
    @Transactional
    public void deletePlanned(long id, int expectedVersion) {
        var entry = findPlanned(id);
        refuseStale(PlannedTraining.AUDIT_TYPE, id, entry.version(), expectedVersion);
        planned.delete(entry);
        trail.recordDeleted(entry.audited(names(entry.institutionIds())));
    }

    // ---- coverage ----

    private Map<Long, NeedCoverage.Covered> coverage(int year) {
        var needsOfYear = ownNeeds().stream().map(need -> need.view("", null)).filter(n -> n.year() == year)
                .map(NeedView::rule).toList();
        var offers = ownPlanned().stream().filter(p -> p.year() == year).map(p -> view(p, 0).rule()).toList();
        return NeedCoverage.of(needsOfYear, offers);
    }

    /** How many places of each planned training went to needs. */
    private static Map<Long, Integer> placesPerOffer(List<NeedCoverage.Need> needsOfYear,
            List<NeedCoverage.Offer> offers) {
        var result = new java.util.HashMap<Long, Integer>();
        for (var offer : offers) {
            // the places an offer gave: what the needs get with it, less what they would get without it
            int total = 0;
            var without = offers.stream().filter(o -> o.id() != offer.id()).toList();
            var withAll = NeedCoverage.of(needsOfYear, offers);
            var withoutIt = NeedCoverage.of(needsOfYear, without);
            for (var need : needsOfYear) {
                total += withAll.get(need.id()).places() - withoutIt.get(need.id()).places();
            }
            result.put(offer.id(), Math.max(0, Math.min(offer.places(), total)));
        }
        return result;
    }

    private PlannedTrainingView view(PlannedTraining entry, int placesGiven) {
        return entry.view(names(entry.institutionIds()), placesGiven);
    }

    private List<String> names(List<Long> ids) {
        var directory = institutions.directory();
        return ids.stream().map(id -> Objects.requireNonNullElse(directory.nameOf(id), "#" + id)).toList();
    }

    private String name(long institutionId) {
        return Objects.requireNonNullElse(institutions.directory().nameOf(institutionId), "#" + institutionId);
    }

    private void checkInstitution(Long institutionId) {
        if (institutionId == null) {
            return;
        }
        if (participants.directory().byId(institutionId).isEmpty()) {
            throw TrainingException.unknownInstitution("institutionId");
        }
        var own = TrainingAccess.ownInstitutionOnly();
        if (own != null && !own.equals(institutionId)) {
            throw TrainingException.otherInstitution("institutionId");
        }
    }

    private void checkInvited(PlannedTrainingCommand command) {
        if (command.institutionIds().isEmpty()) {
            throw TrainingException.noInstitutions();
        }
        var directory = participants.directory();
        if (command.institutionIds().stream().anyMatch(id -> directory.byId(id).isEmpty())) {
            throw TrainingException.unknownInstitution("institutionIds");
        }
    }

    private void refuseStale(String type, long id, int version, int expected) {
        if (version != expected) {
            var last = history.lastChange(type, id);
            throw ConflictException.of("training.conflict", version, last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    /** The needs of the reader's participant (issue 19): another's, and the coverage they get, do not count here. */
    private List<TrainingNeed> ownNeeds() {
        return needs.findAll().stream().filter(need -> participants.sees(need.participantId())).toList();
    }

    private List<PlannedTraining> ownPlanned() {
        return planned.findAll().stream().filter(entry -> participants.sees(entry.participantId())).toList();
    }

    private TrainingNeed findNeed(long id) {
        return needs.findById(id).filter(need -> participants.sees(need.participantId()))
                .orElseThrow(() -> NotFoundException.of(TrainingNeed.AUDIT_TYPE, id));
    }

    private PlannedTraining findPlanned(long id) {
        return planned.findById(id).filter(entry -> participants.sees(entry.participantId()))
                .orElseThrow(() -> NotFoundException.of(PlannedTraining.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
