package org.ariadne.evaluations;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanSummary;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluations of plans: the office (M&amp;E officer) creates them, sets the terms of reference and puts evaluators on
 * the team with their access windows; the evaluators (inside their window) and the officer ask questions, judge and
 * rate each OECD-DAC criterion with its evidence, and write findings, conclusions and recommendations; the coordinator
 * may mark a draft report final. Who may open which evaluation is {@link EvaluationAccess}'s rule, applied here on
 * every call. Every change is a line in the audit trail; each recommendation is announced
 * ({@link EvaluationRecommendationMade}) in the transaction that saves it.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Evaluations {

    /** Who may open evaluation pages at all; which evaluations each one reads is decided per evaluation. */
    public static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";
    /** Who works on an evaluation's content: the officer, and the evaluators of its team inside their window. */
    public static final String WORKERS = "hasAnyRole('ME_OFFICER', 'EVALUATOR')";
    /** Who creates evaluations and keeps their team: the M&amp;E officer. */
    public static final String OFFICE = "hasRole('ME_OFFICER')";
    /** Who moves an evaluation's status: the officer, and the coordinator (to final only). */
    public static final String STATUS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";

    static final String ENTITY = Evaluation.AUDIT_TYPE;

    private final EvaluationRepository evaluations;
    private final TeamMemberRepository team;
    private final CriterionAssessmentRepository criteria;
    private final QuestionRepository questions;
    private final StatementRepository statements;
    private final EvaluationRecommendationRepository recommendations;
    private final EvaluationFileRepository files;
    private final JdbcClient jdbc;
    private final Plans plans;
    private final ReportedActivities reported;
    private final Institutions institutions;
    private final UserAccounts accounts;
    private final UploadedFiles uploads;
    private final EvaluationAccess access;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.ariadne.plan.PlanParticipants planParticipants;
    private final org.ariadne.common.participant.ParticipantScope participants;

    Evaluations(EvaluationRepository evaluations, TeamMemberRepository team, CriterionAssessmentRepository criteria,
            QuestionRepository questions, StatementRepository statements, EvaluationRecommendationRepository recommendations,
            EvaluationFileRepository files, JdbcClient jdbc, Plans plans, ReportedActivities reported,
            Institutions institutions, UserAccounts accounts, UploadedFiles uploads, EvaluationAccess access,
            AuditTrail trail, AuditHistory history, ApplicationEventPublisher events, Clock clock,
            org.ariadne.plan.PlanParticipants planParticipants,
            org.ariadne.common.participant.ParticipantScope participants) {
        this.planParticipants = planParticipants;
        this.participants = participants;
        this.evaluations = evaluations;
        this.team = team;
        this.criteria = criteria;
        this.questions = questions;
        this.statements = statements;
        this.recommendations = recommendations;
        this.files = files;
        this.jdbc = jdbc;
        this.plans = plans;
        this.reported = reported;
        this.institutions = institutions;
        this.accounts = accounts;
        this.uploads = uploads;
        this.access = access;
        this.trail = trail;
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    // ---- reading ----

    /** The evaluations the reader may open, the newest first (an evaluator: only theirs, inside the window). */
    @PreAuthorize(READERS)
    public List<EvaluationSummary> list() {
        var user = EvaluationAccess.user();
        var titles = new LinkedHashMap<Long, String>();
        plans.list().forEach(plan -> titles.put(plan.id(), plan.title()));
        var owners = planParticipants.byPlan();
        return evaluations.findAllByOrderByIdDesc().stream()
                .filter(e -> participants.sees(owners.get(e.planId())) && access.mayRead(user, e))
                .map(e -> new EvaluationSummary(e.id(), e.planId(), titles.get(e.planId()), e.title(), e.kind(),
                        e.status(), e.evaluatorOrganisation(), e.independent(), e.startsOn(), e.finalReportOn(),
                        e.demo()))
                .toList();
    }

    @PreAuthorize(READERS)
    public EvaluationView get(long id) {
        var evaluation = find(id);
        access.checkRead(evaluation);
        return view(evaluation);
    }

    /** The plans an evaluation may be of. */
    @PreAuthorize(OFFICE)
    public List<PlanSummary> planChoices() {
        return ownPlans();
    }

    /** The plans of the person's participant (issue 19). */
    private List<PlanSummary> ownPlans() {
        var owners = planParticipants.byPlan();
        return plans.list().stream().filter(plan -> participants.sees(owners.get(plan.id()))).toList();
    }

    /** The participant of an evaluation, its plan's, for the participant guard; empty when there is none. */
    java.util.Optional<Long> participantOf(long id) {
        return evaluations.findById(id).flatMap(evaluation -> planParticipants.ofPlan(evaluation.planId()));
    }

    /** The thematic parts of a plan an evaluation may be narrowed to: its strategic objectives with their area. */
    @PreAuthorize(OFFICE)
    public List<EvidenceChoices.Choice> partChoices(long planId) {
        return parts(plans.tree(planId)).entrySet().stream()
                .map(part -> new EvidenceChoices.Choice(String.valueOf(part.getKey()), part.getValue())).toList();
    }

    /** The evaluator accounts the officer may put on a team. */
    @PreAuthorize(OFFICE)
    public List<UserAccounts.Holder> evaluatorChoices() {
        return accounts.holdersOf(Role.EVALUATOR);
    }

    /** What a criterion's judgement may rest on, as the reader may read it. */
    @PreAuthorize(WORKERS)
    public EvidenceChoices evidenceChoices(long id) {
        var evaluation = find(id);
        access.checkWork(evaluation);
        return choices(evaluation);
    }

    /** A file of the evaluation, for whoever may read the evaluation. */
    @PreAuthorize(READERS)
    public FileContent file(long id, long fileId) {
        var evaluation = find(id);
        access.checkRead(evaluation);
        var file = files.findById(fileId).filter(f -> f.evaluationId() == id)
                .orElseThrow(() -> NotFoundException.of("evaluation-file", fileId));
        return new FileContent(file.fileName(), file.contentType(), file.content());
    }

    /** A file's name, type and content, for its download. */
    public record FileContent(String fileName, String contentType, byte[] content) {
    }

    /** The evaluation matrix: each criterion with each of its questions (or one row without), judgement, rating, evidence. */
    @PreAuthorize(READERS)
    public List<MatrixRow> matrix(long id) {
        var view = get(id);
        var rows = new ArrayList<MatrixRow>();
        for (var row : view.criteria()) {
            var evidence = String.join("; ", row.evidence().stream().map(EvaluationView.EvidenceRow::label).toList());
            if (row.questions().isEmpty()) {
                rows.add(new MatrixRow(row.criterion(), "", row.judgement(), row.rating(), evidence));
            }
            for (var question : row.questions()) {
                rows.add(new MatrixRow(row.criterion(), "Q" + question.number() + " " + question.text(),
                        row.judgement(), row.rating(), evidence));
            }
        }
        return rows;
    }

    /** The reference the next recommendation would take ("R5" after four). */
    @PreAuthorize(WORKERS)
    public String nextReference(long id) {
        access.checkWork(find(id));
        return "R" + (recommendations.findByEvaluationIdOrderById(id).size() + 1);
    }

    // ---- the office: the evaluation and its team ----

    /** The module's own rules on a command (the plan exists, the part is the plan's, the dates are in order). */
    @PreAuthorize(OFFICE)
    public void check(EvaluationCommand command) {
        var refusals = new ArrayList<EvaluationException>();
        if (command.planId() != null) {
            if (ownPlans().stream().noneMatch(plan -> plan.id() == command.planId())) {
                refusals.add(EvaluationException.unknownPlan());
            } else if (command.strategicObjectiveId() != null
                    && !parts(plans.tree(command.planId())).containsKey(command.strategicObjectiveId())) {
                refusals.add(EvaluationException.unknownPart());
            }
        }
        try {
            Evaluation.check(command);
        } catch (EvaluationException refused) {
            refused.each().forEach(each -> refusals.add((EvaluationException) each));
        }
        if (!refusals.isEmpty()) {
            throw EvaluationException.all(refusals);
        }
    }

    @PreAuthorize(OFFICE)
    @Transactional
    public long create(EvaluationCommand command) {
        return create(command, false);
    }

    /** An evaluation marked demo (invented), for the demo data. */
    @PreAuthorize(OFFICE)
    @Transactional
    public long createDemo(EvaluationCommand command) {
        return create(command, true);
    }

    private long create(EvaluationCommand command, boolean demo) {
        check(command);
        var saved = evaluations.save(Evaluation.create(command, demo, now()));
        for (var criterion : Criterion.values()) {
            criteria.save(CriterionAssessment.of(saved.id(), criterion));
        }
        trail.recordCreated(audited(saved));
        return saved.id();
    }

    @PreAuthorize(OFFICE)
    @Transactional
    public void update(long id, int expectedVersion, EvaluationCommand command) {
        var evaluation = find(id);
        refuseStale(ENTITY, evaluation.id(), evaluation.version(), expectedVersion);
        check(new EvaluationCommand(evaluation.planId(), command.strategicObjectiveId(), command.kind(),
                command.title(), command.commissionedBy(), command.evaluatorOrganisation(), command.independent(),
                command.periodFrom(), command.periodUntil(), command.startsOn(), command.draftReportOn(),
                command.finalReportOn(), command.termsOfReference()));
        var before = audited(evaluation);
        evaluation.apply(command, now());
        trail.recordChange(before, audited(evaluations.save(evaluation)));
    }

    /** Moves the evaluation one status step; the coordinator (not the officer) may only mark a draft report final. */
    @PreAuthorize(STATUS)
    @Transactional
    public void moveTo(long id, int expectedVersion, EvaluationStatus target) {
        var evaluation = find(id);
        access.checkRead(evaluation);
        refuseStale(ENTITY, evaluation.id(), evaluation.version(), expectedVersion);
        var before = audited(evaluation);
        evaluation.moveTo(target, !EvaluationAccess.isOffice(EvaluationAccess.user()), now());
        trail.recordChange(before, audited(evaluations.save(evaluation)));
    }

    /** The rules on an assignment: an enabled evaluator account, not on the team yet, a window in order. */
    @PreAuthorize(OFFICE)
    public void checkAssignment(long id, TeamCommand command) {
        find(id);
        var refusals = new ArrayList<EvaluationException>();
        if (command.username() != null && !command.username().isBlank()) {
            var holder = evaluator(command.username());
            if (holder == null) {
                refusals.add(EvaluationException.notAnEvaluator());
            } else if (team.findByEvaluationIdAndUsername(id, holder.username()).isPresent()) {
                refusals.add(EvaluationException.alreadyOnTeam(holder.fullName()));
            }
        }
        if (command.accessFrom() != null && command.accessUntil() != null
                && command.accessUntil().isBefore(command.accessFrom())) {
            refusals.add(EvaluationException.windowReversed());
        }
        if (!refusals.isEmpty()) {
            throw EvaluationException.all(refusals);
        }
    }

    @PreAuthorize(OFFICE)
    @Transactional
    public long assign(long id, TeamCommand command) {
        var evaluation = find(id);
        checkAssignment(id, command);
        var holder = evaluator(command.username());
        var saved = team.save(TeamMember.assign(id, holder.username(), holder.fullName(),
                new AccessWindow(command.accessFrom(), command.accessUntil()), now()));
        trail.recordCreated(saved.audited(evaluation.planId(), evaluation.title()));
        return saved.id();
    }

    /** A team member's window changed; the trail keeps the old and the new days. */
    @PreAuthorize(OFFICE)
    @Transactional
    public void changeWindow(long id, long memberId, int expectedVersion, WindowCommand command) {
        var evaluation = find(id);
        var member = member(id, memberId);
        refuseStale(TeamMember.AUDIT_TYPE, member.id(), member.version(), expectedVersion);
        var before = member.audited(evaluation.planId(), evaluation.title());
        member.change(new AccessWindow(command.accessFrom(), command.accessUntil()));
        trail.recordChange(before, team.save(member).audited(evaluation.planId(), evaluation.title()));
    }

    @PreAuthorize(OFFICE)
    public EvaluationView.Member teamMember(long id, long memberId) {
        return view(member(id, memberId));
    }

    // ---- the evaluators (and the officer): the content ----

    @PreAuthorize(WORKERS)
    @Transactional
    public long ask(long id, QuestionCommand command) {
        var evaluation = workable(id);
        var saved = questions.save(Question.ask(id, questions.lastNumber(id) + 1, command, username(), now()));
        trail.recordCreated(saved.audited(evaluation.planId(), evaluation.title()));
        return saved.id();
    }

    /** The rules on a judgement: a rating needs its judgement; every piece of evidence is one the reader may link. */
    @PreAuthorize(WORKERS)
    public void checkAssessment(long id, AssessmentCommand command) {
        var evaluation = workable(id);
        var refusals = new ArrayList<EvaluationException>();
        if (command.rating() != null && (command.judgement() == null || command.judgement().isBlank())) {
            refusals.add(EvaluationException.judgementWithoutRating());
        }
        try {
            evidence(evaluation, command);
        } catch (EvaluationException refused) {
            refused.each().forEach(each -> refusals.add((EvaluationException) each));
        }
        if (!refusals.isEmpty()) {
            throw EvaluationException.all(refusals);
        }
    }

    @PreAuthorize(WORKERS)
    @Transactional
    public void assess(long id, Criterion criterion, int expectedVersion, AssessmentCommand command) {
        var evaluation = workable(id);
        var assessment = criteria.findByEvaluationIdAndCriterion(id, criterion)
                .orElseGet(() -> CriterionAssessment.of(id, criterion));
        if (!assessment.isNew()) {
            refuseStale(CriterionAssessment.AUDIT_TYPE, assessment.id(), assessment.version(), expectedVersion);
        }
        checkAssessment(id, command);
        var evidence = evidence(evaluation, command);
        var before = assessment.isNew() ? null
                : assessment.audited(evaluation.planId(), evaluation.title(), criterion.name());
        assessment.assess(command.judgement(), command.rating(), evidence, username(), now());
        var saved = criteria.save(assessment);
        var after = saved.audited(evaluation.planId(), evaluation.title(), criterion.name());
        if (before == null) {
            trail.recordCreated(after);
        } else {
            trail.recordChange(before, after);
        }
    }

    @PreAuthorize(WORKERS)
    @Transactional
    public long state(long id, StatementCommand command) {
        var evaluation = workable(id);
        var number = statements.lastNumber(id, command.kind().name()) + 1;
        var saved = statements.save(Statement.make(id, number, command, username(), now()));
        trail.recordCreated(saved.audited(evaluation.planId(), evaluation.title()));
        return saved.id();
    }

    /** The rules on a recommendation: its reference is not taken in this evaluation. */
    @PreAuthorize(WORKERS)
    public void checkRecommendation(long id, RecommendationCommand command) {
        workable(id);
        if (command.reference() != null && !command.reference().isBlank()
                && recommendations.existsByEvaluationIdAndReference(id, command.reference().strip())) {
            throw EvaluationException.referenceTaken(command.reference().strip());
        }
    }

    /**
     * Saves the recommendation and announces it ({@link EvaluationRecommendationMade}) in the same transaction, so
     * that the recommendations tracker, listening in it, records it for follow-up, or neither is saved.
     */
    @PreAuthorize(WORKERS)
    @Transactional
    public long recommend(long id, RecommendationCommand command) {
        var evaluation = workable(id);
        checkRecommendation(id, command);
        var saved = recommendations.save(Recommendation.make(id, command, username(), now()));
        trail.recordCreated(saved.audited(evaluation.planId(), evaluation.title()));
        var by = team.findByEvaluationIdAndUsername(id, username()).map(TeamMember::fullName)
                .orElse(EvaluationAccess.user().fullName());
        events.publishEvent(saved.made(evaluation.planId(), evaluation.title(), by));
        return saved.id();
    }

    /**
     * Keeps a file of the evaluation. The terms of reference are the officer's; reports and evidence may come from
     * the team too, and not after the evaluation is final (the officer may still file the final report).
     */
    @PreAuthorize(WORKERS)
    @Transactional
    public long attach(long id, FileKind kind, Criterion criterion, String fileName, byte[] content) {
        var evaluation = find(id);
        access.checkWork(evaluation);
        var user = EvaluationAccess.user();
        if (!EvaluationAccess.isOffice(user)) {
            if (kind == FileKind.TERMS_OF_REFERENCE) {
                throw new org.springframework.security.access.AccessDeniedException("terms of reference");
            }
            evaluation.refuseLocked();
        }
        var type = uploads.accepted(fileName, content);
        var saved = files.save(EvaluationFile.keep(id, kind == null ? FileKind.EVIDENCE : kind, criterion,
                UploadedFiles.displayName(fileName), type, content, username(), now()));
        trail.recordCreated(saved.audited(evaluation.planId(), evaluation.title()));
        return saved.id();
    }

    // ---- inside ----

    private Evaluation workable(long id) {
        var evaluation = find(id);
        access.checkWork(evaluation);
        evaluation.refuseLocked();
        return evaluation;
    }

    private List<Evidence> evidence(Evaluation evaluation, AssessmentCommand command) {
        var choices = choices(evaluation);
        var result = new ArrayList<Evidence>();
        var refusals = new ArrayList<EvaluationException>();
        for (var reference : command.evidence().stream().filter(r -> r != null && !r.isBlank()).distinct().toList()) {
            var choice = choices.find(reference.strip());
            if (choice.isEmpty()) {
                refusals.add(EvaluationException.unknownEvidence(reference.strip()));
                continue;
            }
            result.add(parse(choice.get()));
        }
        if (!refusals.isEmpty()) {
            throw EvaluationException.all(refusals);
        }
        return result;
    }

    private static Evidence parse(EvidenceChoices.Choice choice) {
        var parts = choice.reference().split("-");
        var kind = EvidenceKind.valueOf(parts[0].toUpperCase(java.util.Locale.ROOT));
        var label = choice.label().length() <= 400 ? choice.label() : choice.label().substring(0, 399) + "…";
        return new Evidence(kind, Long.parseLong(parts[1]), parts.length > 2 ? Long.parseLong(parts[2]) : null, label);
    }

    private EvidenceChoices choices(Evaluation evaluation) {
        var tree = plans.tree(evaluation.planId());
        var indicators = tree.indicators().map(i -> new EvidenceChoices.Choice("indicator-" + i.id(), i.name()))
                .toList();
        var activities = tree.activities()
                .map(a -> new EvidenceChoices.Choice("activity-" + a.id(), a.code() + " " + a.title())).toList();
        var directory = institutions.directory();
        var reports = new LinkedHashMap<String, EvidenceChoices.Choice>();
        // the reports the reader may read, by reporting's own rule (accepted, and submitted for the office and evaluators)
        for (var entry : reported.entries(evaluation.planId(), true)) {
            var reference = "report-" + entry.periodId() + "-" + entry.institutionId();
            reports.computeIfAbsent(reference, r -> new EvidenceChoices.Choice(r, entry.periodLabel() + " · "
                    + directory.nameOf(entry.institutionId())));
        }
        var kept = jdbc.sql("select id, file_name from evaluation_file where evaluation_id = ? and kind = 'EVIDENCE'"
                        + " order by id").param(evaluation.id())
                .query((row, n) -> new EvidenceChoices.Choice("file-" + row.getLong(1), row.getString(2))).list();
        return new EvidenceChoices(indicators, activities, List.copyOf(reports.values()), kept);
    }

    private static Map<Long, String> parts(PlanTree tree) {
        var parts = new LinkedHashMap<Long, String>();
        tree.objectives().forEach(o -> parts.put(o.id(), o.code() + " " + o.title()));
        return parts;
    }

    private UserAccounts.Holder evaluator(String username) {
        var wanted = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        return accounts.holdersOf(Role.EVALUATOR).stream().filter(h -> h.username().equals(wanted)).findFirst()
                .orElse(null);
    }

    private TeamMember member(long id, long memberId) {
        find(id);
        return team.findById(memberId).filter(m -> m.evaluationId() == id)
                .orElseThrow(() -> NotFoundException.of(TeamMember.AUDIT_TYPE, memberId));
    }

    private EvaluationView.Member view(TeamMember member) {
        var window = member.window();
        var today = access.today();
        return new EvaluationView.Member(member.id(), member.version(), member.username(), member.fullName(),
                window.from(), window.until(), window.covers(today), window.closedBy(today));
    }

    private EvaluationView view(Evaluation e) {
        var user = EvaluationAccess.user();
        var tree = plans.tree(e.planId());
        var partLabel = e.strategicObjectiveId() == null ? null : parts(tree).get(e.strategicObjectiveId());
        var members = team.findByEvaluationIdOrderById(e.id()).stream().map(this::view).toList();
        var asked = questions.findByEvaluationIdOrderByNumber(e.id()).stream()
                .map(q -> new EvaluationView.QuestionRow(q.id(), q.criterion(), q.number(), q.text())).toList();
        var assessments = new LinkedHashMap<Criterion, CriterionAssessment>();
        criteria.findByEvaluationId(e.id()).forEach(a -> assessments.put(a.criterion(), a));
        var rows = new ArrayList<EvaluationView.CriterionRow>();
        for (var criterion : Criterion.values()) {
            var assessment = assessments.get(criterion);
            var own = asked.stream().filter(q -> q.criterion() == criterion).toList();
            if (assessment == null) {
                rows.add(new EvaluationView.CriterionRow(criterion, 0, null, null, List.of(), own, null));
            } else {
                rows.add(new EvaluationView.CriterionRow(criterion, assessment.version(), assessment.judgement(),
                        assessment.rating(), assessment.evidence().stream().map(ev -> evidenceRow(e.id(), ev)).toList(),
                        own, assessment.updatedAt()));
            }
        }
        var said = statements.findByEvaluationIdOrderByKindAscNumberAsc(e.id()).stream()
                .map(s -> new EvaluationView.StatementRow(s.id(), s.kind(), s.number(), s.text(), s.criterion()))
                .toList();
        var recommended = recommendations.findByEvaluationIdOrderById(e.id()).stream()
                .map(r -> new EvaluationView.RecommendationRow(r.id(), r.reference(), r.text(), r.language(),
                        r.criterion(), r.priority(), r.madeOn()))
                .toList();
        var kept = jdbc.sql("""
                        select id, kind, criterion, file_name, bytes, uploaded_by, uploaded_at from evaluation_file
                        where evaluation_id = ? order by id""").param(e.id())
                .query((row, n) -> new EvaluationView.FileRow(row.getLong("id"), FileKind.valueOf(row.getString("kind")),
                        row.getString("criterion") == null ? null : Criterion.valueOf(row.getString("criterion")),
                        row.getString("file_name"), row.getLong("bytes"), row.getString("uploaded_by"),
                        row.getTimestamp("uploaded_at").toLocalDateTime()))
                .list();
        boolean office = EvaluationAccess.isOffice(user);
        boolean work = access.mayWork(user, e) && !e.status().locked();
        var statuses = office ? e.status().next()
                : user.has(Role.COORDINATOR) && e.status().mayMoveTo(EvaluationStatus.FINAL)
                        ? List.of(EvaluationStatus.FINAL) : List.<EvaluationStatus>of();
        return new EvaluationView(e.id(), e.version(), e.planId(), tree.plan().title(), e.strategicObjectiveId(),
                partLabel, e.kind(), e.title(), e.commissionedBy(), e.evaluatorOrganisation(), e.independent(),
                e.periodFrom(), e.periodUntil(), e.startsOn(), e.draftReportOn(), e.finalReportOn(), e.status(),
                e.termsOfReference(), e.demo(), members, List.copyOf(rows), asked,
                said.stream().filter(s -> s.kind() == StatementKind.FINDING).toList(),
                said.stream().filter(s -> s.kind() == StatementKind.CONCLUSION).toList(), recommended, kept,
                new EvaluationView.Permissions(office, work, statuses));
    }

    private static EvaluationView.EvidenceRow evidenceRow(long evaluationId, Evidence evidence) {
        var url = switch (evidence.kind()) {
            case INDICATOR -> "/indicators/" + evidence.targetId() + "/dashboard";
            case ACTIVITY -> "/activities/" + evidence.targetId();
            case REPORT -> "/reporting/" + evidence.targetId() + "/institutions/" + evidence.institutionId();
            case FILE -> "/evaluations/" + evaluationId + "/files/" + evidence.targetId();
        };
        return new EvaluationView.EvidenceRow(evidence.kind(), evidence.reference(), evidence.label(), url);
    }

    private void refuseStale(String type, long id, int version, int expectedVersion) {
        if (version != expectedVersion) {
            var last = history.lastChange(type, id);
            throw ConflictException.of("evaluations.conflict", version, last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
    }

    private org.ariadne.audit.Audited audited(Evaluation evaluation) {
        var part = evaluation.strategicObjectiveId() == null ? null
                : parts(plans.tree(evaluation.planId())).get(evaluation.strategicObjectiveId());
        return evaluation.audited(part);
    }

    /** An evaluation of the person's participant's plans; another participant's does not exist for them. */
    private Evaluation find(long id) {
        var found = evaluations.findById(id).orElseThrow(() -> NotFoundException.of(ENTITY, id));
        participants.requireSees(planParticipants.ofPlan(found.planId()).orElse(null), ENTITY, id);
        return found;
    }

    private static String username() {
        return EvaluationAccess.user().getUsername();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
