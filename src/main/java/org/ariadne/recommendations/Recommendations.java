package org.ariadne.recommendations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recommendations tracker. Who does what:
 * <ul>
 * <li>everyone signed in reads the tracker as they read the plan, except a focal point, who reads only the
 * recommendations addressed to their own institution (any other is "not found" to them);</li>
 * <li>the M&amp;E officer and the coordinator keep it: sources, recommendations, their activities and proposed
 * activities, statuses, follow-up notes, the import;</li>
 * <li>a focal point adds a follow-up note on their own institution's measures to a recommendation addressed to it;</li>
 * <li>the coordinator records and changes the management response (the decision is the office's, made by its head);
 * the M&amp;E officer moves its action on (in progress, done with a closing note) as they do the review's corrective
 * actions, but does not decide or draft it.</li>
 * </ul>
 * Every change is a line in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Recommendations {

    public static final String READERS = "isAuthenticated()";
    public static final String EDITORS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";
    public static final String RESPONDERS = "hasRole('COORDINATOR')";
    public static final String NOTE_WRITERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'FOCAL_POINT')";

    static final String ENTITY = Recommendation.AUDIT_TYPE;
    static final long MAX_EVIDENCE_BYTES = 10L * 1024 * 1024;

    private final SourceRepository sources;
    private final RecommendationRepository recommendations;
    private final FollowUpRepository notes;
    private final ResponseRepository responses;
    private final Plans plans;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final RecommendationParticipants participants;

    Recommendations(SourceRepository sources, RecommendationRepository recommendations, FollowUpRepository notes,
            ResponseRepository responses, Plans plans, Institutions institutions, AuditTrail trail,
            AuditHistory history, Clock clock, RecommendationParticipants participants) {
        this.participants = participants;
        this.sources = sources;
        this.recommendations = recommendations;
        this.notes = notes;
        this.responses = responses;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    // ---- reading ----

    /** The sources, of one plan or all, with how many recommendations the reader sees in each. */
    @PreAuthorize(READERS)
    public List<SourceView> sources(Long planId) {
        var found = own(planId == null ? sources.findAllByOrderByPlanIdAscYearAscNameAscIdAsc()
                : sources.findByPlanIdOrderByYearAscNameAscIdAsc(planId));
        var visible = views(found, TrackerFilter.none()).stream()
                .collect(Collectors.groupingBy(view -> view.source().id(), Collectors.counting()));
        return found.stream().map(source -> source.view(visible.getOrDefault(source.id(), 0L).intValue())).toList();
    }

    @PreAuthorize(READERS)
    public SourceView source(long id) {
        var source = findSource(id);
        return source.view((int) views(List.of(source), TrackerFilter.none()).size());
    }

    /** The recommendations the reader may see that {@code filter} keeps, by source and then paragraph order. */
    @PreAuthorize(READERS)
    public List<RecommendationView> list(TrackerFilter filter) {
        var chosen = own(filter.planId() != null ? sources.findByPlanIdOrderByYearAscNameAscIdAsc(filter.planId())
                : filter.sourceId() != null ? sources.findById(filter.sourceId()).map(List::of).orElse(List.of())
                : sources.findAllByOrderByPlanIdAscYearAscNameAscIdAsc());
        return views(chosen, filter);
    }

    @PreAuthorize(READERS)
    public RecommendationView get(long id) {
        var recommendation = find(id);
        var source = findSource(recommendation.sourceId());
        return views(List.of(source), TrackerFilter.none()).stream().filter(view -> view.id() == id).findFirst()
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    /** The plans the reader may give a source: their participant's (issue 19), or all across participants. */
    @PreAuthorize(READERS)
    public List<org.ariadne.plan.PlanSummary> planChoices() {
        return plans.list().stream().filter(plan -> participants.seesPlan(plan.id())).toList();
    }

    /** The institutions the reader may name and choose: their participant's, or all across participants. */
    @PreAuthorize(READERS)
    public org.ariadne.institutions.InstitutionDirectory directory() {
        return participants.directory();
    }

    /** The activities of the plan a recommendation may be linked to: code and title, in plan order. */
    @PreAuthorize(READERS)
    public List<RecommendationView.LinkedActivity> activityChoices(long planId) {
        return plans.tree(planId).activities().filter(activity -> !activity.dropped())
                .map(activity -> new RecommendationView.LinkedActivity(activity.id(), activity.code(), activity.title()))
                .toList();
    }

    /** The evidence file of a follow-up note, for whoever may read its recommendation. */
    @PreAuthorize(READERS)
    public EvidenceFile evidence(long noteId) {
        var note = notes.findById(noteId).filter(n -> n.fileName() != null)
                .orElseThrow(() -> NotFoundException.of("follow-up", noteId));
        get(note.recommendationId()); // the read rule, the participant's too
        return new EvidenceFile(note.fileName(), note.fileType(), note.fileContent());
    }

    /** The recommendation a follow-up note belongs to. */
    @PreAuthorize(READERS)
    public long recommendationOfNote(long noteId) {
        var recommendationId = notes.findById(noteId).orElseThrow(() -> NotFoundException.of("follow-up", noteId))
                .recommendationId();
        find(recommendationId); // another participant's note does not exist for the reader
        return recommendationId;
    }

    // ---- sources ----

    @PreAuthorize(EDITORS)
    public void checkSource(SourceCommand command) {
        if (command.planId() != null && plans.list().stream()
                .noneMatch(plan -> plan.id() == command.planId() && participants.seesPlan(plan.id()))) {
            throw RecommendationException.unknownPlan();
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long createSource(SourceCommand command) {
        checkSource(command);
        var saved = sources.save(RecommendationSource.create(command, participants.ofPlan(command.planId()), now()));
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void updateSource(long id, int expectedVersion, SourceCommand command) {
        var source = findSource(id);
        if (source.version() != expectedVersion) {
            throw conflict(RecommendationSource.AUDIT_TYPE, id, source.version());
        }
        checkSource(command);
        var before = source.snapshot();
        source.apply(command, now());
        source.placeIn(participants.ofPlan(source.planId()));
        trail.recordChange(before, sources.save(source));
    }

    // ---- recommendations ----

    /** The module's rules on a command: texts and languages, the reason, the institutions are in the directory. */
    @PreAuthorize(EDITORS)
    public void check(RecommendationCommand command) {
        var refusals = new ArrayList<>(RecommendationRules.check(command));
        var directory = participants.directory();
        if (command.institutionIds() != null && command.institutionIds().stream().filter(Objects::nonNull)
                .anyMatch(id -> directory.byId(id).isEmpty())) {
            refusals.add(RecommendationException.unknownInstitution());
        }
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long create(long sourceId, RecommendationCommand command) {
        var source = findSource(sourceId);
        check(command);
        var saved = recommendations.save(Recommendation.create(source.id(), command, now()));
        trail.recordCreated(audited(saved, source));
        return saved.id();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void update(long id, int expectedVersion, RecommendationCommand command) {
        var recommendation = fresh(id, expectedVersion);
        check(command);
        change(recommendation, r -> r.apply(command, now()));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void delete(long id, int expectedVersion) {
        var recommendation = fresh(id, expectedVersion);
        var before = audited(recommendation, findSource(recommendation.sourceId()));
        recommendations.delete(recommendation);
        trail.recordDeleted(before);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void linkActivity(long id, int expectedVersion, Long activityId) {
        var recommendation = fresh(id, expectedVersion);
        var planId = findSource(recommendation.sourceId()).planId();
        if (activityId == null || activityChoices(planId).stream().noneMatch(a -> a.id() == activityId)) {
            throw RecommendationException.unknownActivity();
        }
        change(recommendation, r -> r.link(activityId, now()));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void unlinkActivity(long id, int expectedVersion, long activityId) {
        var recommendation = fresh(id, expectedVersion);
        change(recommendation, r -> r.unlink(activityId, now()));
    }

    /** Proposes a new activity for a year of the plan (an operational plan's year) to answer the recommendation. */
    @PreAuthorize(EDITORS)
    public void checkProposal(long id, ProposalCommand command) {
        var plan = plans.header(findSource(find(id).sourceId()).planId());
        var refusals = new ArrayList<RecommendationException>();
        if (command.year() != null && (command.year() < plan.startYear() || command.year() > plan.endYear())) {
            refusals.add(RecommendationException.proposalYear(plan.startYear(), plan.endYear()));
        }
        if (command.institutionId() != null && participants.directory().byId(command.institutionId()).isEmpty()) {
            refusals.add(RecommendationException.unknownInstitution());
        }
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void propose(long id, int expectedVersion, ProposalCommand command) {
        var recommendation = fresh(id, expectedVersion);
        if (command.title() == null || command.title().isBlank()) {
            throw RecommendationException.proposalTitle();
        }
        checkProposal(id, command);
        change(recommendation, r -> r.propose(command.title(), command.institutionId(), command.year(), now()));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void withdrawProposal(long id, int expectedVersion, long proposalId) {
        var recommendation = fresh(id, expectedVersion);
        change(recommendation, r -> r.withdraw(proposalId, now()));
    }

    // ---- follow-up notes ----

    /**
     * Adds a year's follow-up note. A focal point writes only on a recommendation addressed to their institution,
     * and the note is their institution's; the office's notes are the office's.
     */
    @PreAuthorize(NOTE_WRITERS)
    @Transactional
    public long addFollowUp(long id, FollowUpCommand command, EvidenceFile file) {
        var view = get(id); // the read rule: a focal point finds only their institution's recommendations
        var user = CurrentUser.required();
        boolean office = user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR);
        Long institutionId = null;
        if (!office) {
            if (!view.addressedTo(user.institutionId())) {
                throw RecommendationException.notAddressedToYou();
            }
            institutionId = user.institutionId();
        }
        checkFollowUp(command, file);
        var recommendation = find(id);
        var kept = file == null ? null
                : new EvidenceFile(file.name(), EvidenceTypes.detect(file.name(), file.content()), file.content());
        var saved = notes.save(FollowUpNote.create(id, command, institutionId, kept, user.getUsername(), now()));
        var source = findSource(recommendation.sourceId());
        trail.recordCreated(saved.audited(source.planId(), recommendation.label(),
                institutionId == null ? null : institutions.directory().nameOf(institutionId)));
        return saved.id();
    }

    /** The rules of a note: a year, the measures, links that are web addresses, a file of a kind kept as evidence. */
    @PreAuthorize(NOTE_WRITERS)
    public void checkFollowUp(FollowUpCommand command, EvidenceFile file) {
        var refusals = new ArrayList<RecommendationException>();
        if (command.links() != null) {
            for (var line : command.links().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                if (!line.matches("(?i)https?://[^\\s<>\"]+")) {
                    refusals.add(RecommendationException.linkNotWeb());
                    break;
                }
            }
        }
        if (file != null) {
            if (file.content().length > MAX_EVIDENCE_BYTES) {
                refusals.add(RecommendationException.fileTooLarge(MAX_EVIDENCE_BYTES / (1024 * 1024)));
            } else if (EvidenceTypes.detect(file.name(), file.content()) == null) {
                refusals.add(RecommendationException.fileType());
            }
        }
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void deleteFollowUp(long noteId) {
        var note = notes.findById(noteId).orElseThrow(() -> NotFoundException.of("follow-up", noteId));
        var recommendation = find(note.recommendationId());
        var source = findSource(recommendation.sourceId());
        var before = note.audited(source.planId(), recommendation.label(),
                note.institutionId() == null ? null : institutions.directory().nameOf(note.institutionId()));
        notes.delete(note);
        trail.recordDeleted(before);
    }

    // ---- management response ----

    @PreAuthorize(RESPONDERS)
    public void checkResponse(ResponseCommand command) {
        if (command.ownerId() != null && participants.directory().byId(command.ownerId()).isEmpty()) {
            throw RecommendationException.ownerUnknown();
        }
        RecommendationRules.refuse(command);
    }

    /**
     * Records the management response, or changes it: {@code expectedVersion} is the response's version the
     * coordinator saw, null when there was none yet.
     */
    @PreAuthorize(RESPONDERS)
    @Transactional
    public void respond(long id, Integer expectedVersion, ResponseCommand command) {
        var recommendation = find(id);
        var source = findSource(recommendation.sourceId());
        checkResponse(command);
        var existing = responses.findByRecommendationId(id);
        var directory = institutions.directory();
        if (existing.isEmpty()) {
            if (expectedVersion != null) {
                throw conflict(ManagementResponse.AUDIT_TYPE, id, null);
            }
            var saved = responses.save(ManagementResponse.create(id, command, today(), now()));
            trail.recordCreated(saved.audited(source.planId(), recommendation.label(), directory.nameOf(saved.ownerInstitutionId())));
            return;
        }
        var response = existing.get();
        if (!Objects.equals(response.version(), expectedVersion)) {
            throw conflict(ManagementResponse.AUDIT_TYPE, response.id(), response.version());
        }
        var before = response.audited(source.planId(), recommendation.label(), directory.nameOf(response.ownerInstitutionId()));
        response.apply(command, today(), now());
        var saved = responses.save(response);
        trail.recordChange(before, saved.audited(source.planId(), recommendation.label(),
                directory.nameOf(saved.ownerInstitutionId())));
    }

    /** Moves the response's action on: in progress, or done with a closing note. */
    @PreAuthorize(EDITORS)
    @Transactional
    public void progressResponse(long id, int expectedVersion, ResponseStatus status, String closingNote) {
        var recommendation = find(id);
        var source = findSource(recommendation.sourceId());
        var response = responses.findByRecommendationId(id).orElseThrow(RecommendationException::noResponse);
        if (response.version() != expectedVersion) {
            throw conflict(ManagementResponse.AUDIT_TYPE, response.id(), response.version());
        }
        var directory = institutions.directory();
        var before = response.audited(source.planId(), recommendation.label(), directory.nameOf(response.ownerInstitutionId()));
        response.progress(status == null ? ResponseStatus.OPEN : status, closingNote, today(), now());
        var saved = responses.save(response);
        trail.recordChange(before, saved.audited(source.planId(), recommendation.label(),
                directory.nameOf(saved.ownerInstitutionId())));
    }

    // ---- for the listener and the import (same module) ----

    /**
     * Records an evaluation's recommendation once: the source "evaluation <title>" is made once per evaluation, the
     * recommendation once per evaluation recommendation id (a second event for the same id changes nothing).
     */
    @Transactional
    void recordFromEvaluation(long evaluationId, long evaluationRecommendationId, long planId, String title,
            LocalDate date, String reference, String text, String language, Priority priority) {
        if (recommendations.findByEvaluationRecommendationId(evaluationRecommendationId).isPresent()) {
            return;
        }
        var source = sources.findByEvaluationId(evaluationId).orElseGet(() -> {
            var created = sources.save(RecommendationSource.forEvaluation(planId, participants.ofPlan(planId),
                    evaluationId, title, date, now()));
            trail.recordCreated(created);
            return created;
        });
        var saved = recommendations.save(Recommendation.fromEvaluation(source.id(), evaluationRecommendationId,
                language, text, reference, date, priority, now()));
        trail.recordCreated(audited(saved, source));
    }

    /** Saves recommendations the import checked, into one source; answers how many. */
    @Transactional
    int importInto(long sourceId, List<RecommendationCommand> commands) {
        var source = findSource(sourceId);
        var saved = 0;
        for (var command : commands) {
            var recommendation = recommendations.save(Recommendation.create(source.id(), command, now()));
            trail.recordCreated(audited(recommendation, source));
            saved++;
        }
        return saved;
    }

    // ---- internals ----

    private List<RecommendationView> views(List<RecommendationSource> chosen, TrackerFilter filter) {
        if (chosen.isEmpty()) {
            return List.of();
        }
        var bySource = new LinkedHashMap<Long, RecommendationSource>();
        chosen.forEach(source -> bySource.put(source.id(), source));
        var found = recommendations.findBySourceIdInOrderById(bySource.keySet());
        var ids = found.stream().map(Recommendation::id).toList();
        var notesBy = ids.isEmpty() ? Map.<Long, List<FollowUpNote>>of()
                : notes.findByRecommendationIdInOrderByYearDescIdDesc(ids).stream()
                        .collect(Collectors.groupingBy(FollowUpNote::recommendationId));
        var responsesBy = ids.isEmpty() ? Map.<Long, ManagementResponse>of()
                : responses.findByRecommendationIdIn(ids).stream()
                        .collect(Collectors.toMap(ManagementResponse::recommendationId, r -> r));
        var directory = institutions.directory();
        var activities = new HashMap<Long, Map<Long, RecommendationView.LinkedActivity>>();
        var counts = found.stream().collect(Collectors.groupingBy(Recommendation::sourceId, Collectors.counting()));
        var today = today();
        var scope = focalPointScope();
        var views = new ArrayList<RecommendationView>();
        for (var recommendation : found) {
            var source = bySource.get(recommendation.sourceId());
            var planActivities = activities.computeIfAbsent(source.planId(), this::activitiesOf);
            var view = view(recommendation, source.view(counts.getOrDefault(source.id(), 0L).intValue()),
                    directory, planActivities, notesBy.getOrDefault(recommendation.id(), List.of()),
                    responsesBy.get(recommendation.id()), today);
            if ((scope == null || view.addressedTo(scope)) && filter.matches(view)) {
                views.add(view);
            }
        }
        var order = new HashMap<Long, Integer>();
        chosen.forEach(source -> order.put(source.id(), order.size()));
        views.sort(Comparator.comparing((RecommendationView view) -> order.get(view.source().id()))
                .thenComparing(view -> ParagraphOrder.key(view.paragraph()))
                .thenComparing(RecommendationView::id));
        return views;
    }

    /** The institution a focal point is restricted to; null for everyone who reads the whole tracker. */
    private static Long focalPointScope() {
        var user = CurrentUser.get().orElse(null);
        if (user == null) {
            return null;
        }
        if (user.has(Role.FOCAL_POINT) && !user.has(Role.ME_OFFICER) && !user.has(Role.COORDINATOR)
                && !user.has(Role.MEMBER) && !user.has(Role.EVALUATOR)) {
            return user.institutionId() == null ? -1L : user.institutionId();
        }
        return null;
    }

    private Map<Long, RecommendationView.LinkedActivity> activitiesOf(long planId) {
        var map = new HashMap<Long, RecommendationView.LinkedActivity>();
        activityTree(planId).activities().forEach(activity -> map.put(activity.id(),
                new RecommendationView.LinkedActivity(activity.id(), activity.code(), activity.title())));
        return map;
    }

    private PlanTree activityTree(long planId) {
        return plans.tree(planId);
    }

    static RecommendationView view(Recommendation recommendation, SourceView source, InstitutionDirectory directory,
            Map<Long, RecommendationView.LinkedActivity> activities, List<FollowUpNote> notes,
            ManagementResponse response, LocalDate today) {
        var institutions = recommendation.institutionIds().stream()
                .map(id -> new RecommendationView.Named(id, Objects.requireNonNullElse(directory.nameOf(id), "#" + id)))
                .sorted(Comparator.comparing(RecommendationView.Named::name)).toList();
        var linked = recommendation.activityIds().stream()
                .map(id -> activities.getOrDefault(id, new RecommendationView.LinkedActivity(id, "#" + id, "")))
                .sorted(Comparator.comparing(RecommendationView.LinkedActivity::code)).toList();
        var proposals = recommendation.proposals().stream()
                .map(p -> new RecommendationView.ProposedActivity(p.id() == null ? 0 : p.id(), p.title(),
                        p.institutionId(), p.institutionId() == null ? null : directory.nameOf(p.institutionId()),
                        p.year()))
                .toList();
        var followUps = notes.stream().map(note -> note.view(
                note.institutionId() == null ? null : directory.nameOf(note.institutionId()))).toList();
        Set<Integer> years = notes.stream().map(FollowUpNote::year).collect(Collectors.toSet());
        return new RecommendationView(recommendation.id(), recommendation.version(), source, recommendation.paragraph(),
                recommendation.issuedOn(), recommendation.priority(), recommendation.status(),
                recommendation.statusReason(), recommendation.followUpDue(), recommendation.textsByLanguage(),
                institutions, linked, proposals, followUps,
                response == null ? null : response.view(directory.nameOf(response.ownerInstitutionId()), today),
                RecommendationRules.followUpOverdue(recommendation.status(), recommendation.followUpDue(), years, today),
                recommendation.evaluationRecommendationId());
    }

    private void change(Recommendation recommendation, java.util.function.Consumer<Recommendation> change) {
        var source = findSource(recommendation.sourceId());
        var before = audited(recommendation, source);
        change.accept(recommendation);
        var saved = recommendations.save(recommendation);
        trail.recordChange(before, audited(saved, source));
    }

    private Audited audited(Recommendation recommendation, RecommendationSource source) {
        var directory = institutions.directory();
        var activities = activitiesOf(source.planId());
        Function<Long, String> activityLabel = id -> {
            var activity = activities.get(id);
            return activity == null ? "#" + id : activity.code() + " " + activity.title();
        };
        return recommendation.audited(source.planId(), source.auditLabel(), directory::nameOf, activityLabel);
    }

    private Recommendation fresh(long id, int expectedVersion) {
        var recommendation = find(id);
        if (recommendation.version() != expectedVersion) {
            throw conflict(ENTITY, id, recommendation.version());
        }
        return recommendation;
    }

    private ConflictException conflict(String type, long id, Integer version) {
        var last = history.lastChange(type, id);
        return ConflictException.of("recommendations.conflict", version, last.map(e -> e.actor()).orElse(null),
                last.map(e -> e.occurredAt()).orElse(null));
    }

    /** The recommendation, if its source is the reader's participant's (another's does not exist for them). */
    private Recommendation find(long id) {
        return recommendations.findById(id).filter(r -> sources.findById(r.sourceId())
                .filter(source -> participants.sees(source.participantId())).isPresent())
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private RecommendationSource findSource(long id) {
        return sources.findById(id).filter(source -> participants.sees(source.participantId()))
                .orElseThrow(() -> NotFoundException.of(RecommendationSource.AUDIT_TYPE, id));
    }

    /** The sources of the reader's participant (issue 19): lists, searches and downloads show no other's. */
    private List<RecommendationSource> own(List<RecommendationSource> found) {
        return found.stream().filter(source -> participants.sees(source.participantId())).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
