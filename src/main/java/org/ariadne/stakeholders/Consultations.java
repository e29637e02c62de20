package org.ariadne.stakeholders;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation on a draft plan (seed 004 section 3: drafts shared with all stakeholders for validation and feedback).
 * The office opens a round on a plan: the plan's elements are read once, through {@code plan :: api}, and kept with
 * the round. Invited institutions' focal points comment per element while the round takes comments; outside
 * organisations comment once through a single-use link ({@link #answer}, {@link #commentByLink}); the office gives
 * every comment a disposition and closes the round. A focal point sees only the rounds their institution is invited
 * to and only their institution's comments; nobody else but the office reaches a round.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class Consultations {

    public static final String OFFICE = StakeholderAccess.OFFICE;
    public static final String READERS = StakeholderAccess.OFFICE_OR_FOCAL_POINT;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final ConsultationRoundRepository rounds;
    private final ConsultationLinkRepository links;
    private final ConsultationCommentRepository comments;
    private final Plans plans;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final StakeholderOwnership owners;

    Consultations(ConsultationRoundRepository rounds, ConsultationLinkRepository links,
            ConsultationCommentRepository comments, Plans plans, Institutions institutions, AuditTrail trail,
            AuditHistory history, Clock clock, StakeholderOwnership owners) {
        this.owners = owners;
        this.rounds = rounds;
        this.links = links;
        this.comments = comments;
        this.plans = plans;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    // ---- reading ----

    /** The plan's rounds, newest first: every round for the office, the invited ones for a focal point. */
    @PreAuthorize(READERS)
    public List<RoundSummary> rounds(long planId) {
        plans.header(planId);
        if (!owners.seesPlan(planId)) {
            throw NotFoundException.of("plan", planId);
        }
        var today = today();
        var own = StakeholderAccess.focalInstitution();
        var office = StakeholderAccess.isOffice();
        var result = new ArrayList<RoundSummary>();
        for (var round : rounds.findByPlanIdOrderByOpensOnDescIdDesc(planId)) {
            if (!office && (own == null || !round.invites(own))) {
                continue;
            }
            var its = visibleComments(round);
            result.add(new RoundSummary(round.id(), planId, round.title(), round.opensOn(), round.closesOn(),
                    round.status(), round.closedOn(), round.takesCommentsOn(today), its.size(),
                    (int) its.stream().filter(c -> c.disposition() == null).count()));
        }
        return result;
    }

    /** A round the reader may read; to anyone else (a focal point of an institution not invited) it does not exist. */
    @PreAuthorize(READERS)
    public RoundView round(long id) {
        var round = readable(id);
        return round.view(plans.header(round.planId()).title(), names(), today());
    }

    /** The round's comments in plan order: every one for the office, their institution's for a focal point. */
    @PreAuthorize(READERS)
    public List<CommentView> comments(long roundId) {
        var round = readable(roundId);
        var elements = round.elements();
        var order = new HashMap<String, Integer>();
        for (int i = 0; i < elements.size(); i++) {
            order.put(elements.get(i).key(), i);
        }
        var from = from(round);
        return visibleComments(round).stream()
                .sorted(java.util.Comparator.comparingInt((ConsultationComment c) ->
                        order.getOrDefault(c.elementKey(), Integer.MAX_VALUE)).thenComparing(ConsultationComment::id))
                .map(c -> c.view(round.element(c.elementKey()).orElse(null), from.apply(c))).toList();
    }

    @PreAuthorize(OFFICE)
    public CommentView comment(long commentId) {
        var comment = findComment(commentId);
        var round = findRound(comment.roundId());
        return comment.view(round.element(comment.elementKey()).orElse(null), from(round).apply(comment));
    }

    /** The outside organisations' links of the round, without their tokens. */
    @PreAuthorize(OFFICE)
    public List<LinkView> links(long roundId) {
        var round = findRound(roundId);
        var today = today();
        return links.findByRoundIdOrderByOrganisationAsc(roundId).stream().map(l -> l.view(round, today)).toList();
    }

    // ---- the office: opening, links, dispositions, closing ----

    /** The rules of a round besides its fields, all at once. */
    @PreAuthorize(OFFICE)
    public void check(RoundCommand command) {
        check(command, today());
    }

    private void check(RoundCommand command, LocalDate today) {
        var refusals = new ArrayList<StakeholderException>();
        if (command.opensOn() != null && command.closesOn() != null && command.closesOn().isBefore(command.opensOn())) {
            refusals.add(StakeholderException.closesBeforeOpening());
        } else if (command.closesOn() != null && command.closesOn().isBefore(today)) {
            refusals.add(StakeholderException.closesInThePast());
        }
        var directory = institutions.directory();
        // another participant's institution is as unknown as one that does not exist (issue 19)
        if (command.invited().stream().anyMatch(id -> id == null || directory.byId(id).isEmpty()
                || !owners.seesInstitution(id))) {
            refusals.add(StakeholderException.unknownInstitution("invited"));
        }
        var outside = command.outside();
        if (command.invited().isEmpty() && outside.isEmpty()) {
            refusals.add(StakeholderException.nobodyInvited());
        }
        for (int i = 0; i < outside.size(); i++) {
            var line = outside.get(i);
            if (line.organisation().isBlank()) {
                refusals.add(StakeholderException.outsideNameMissing(i + 1));
            }
            if (line.email().isBlank()) {
                refusals.add(StakeholderException.outsideEmailMissing(i + 1));
            } else if (!EMAIL.matcher(line.email()).matches()) {
                refusals.add(StakeholderException.outsideEmailInvalid(i + 1));
            }
        }
        StakeholderException.refuseAll(refusals);
    }

    /** Opens a round on the plan as it stands today, and issues a link to each outside organisation named. */
    @PreAuthorize(OFFICE)
    @Transactional
    public OpenedRound open(long planId, RoundCommand command) {
        return open(planId, command, today());
    }

    /** For the demo: a round opened on an earlier day ({@code today}), as if that day were today. */
    @PreAuthorize(OFFICE)
    @Transactional
    public OpenedRound openAsOf(long planId, RoundCommand command, LocalDate today) {
        return open(planId, command, today);
    }

    private OpenedRound open(long planId, RoundCommand command, LocalDate today) {
        if (!owners.seesPlan(planId)) {
            throw NotFoundException.of("plan", planId);
        }
        check(command, today);
        var elements = elementsOf(planId);
        if (elements.isEmpty()) {
            throw StakeholderException.planEmpty();
        }
        var round = rounds.save(ConsultationRound.open(planId, command, elements, now()));
        trail.recordCreated(round.audited(names()));
        var issued = new ArrayList<IssuedLink>();
        for (var outside : command.outside()) {
            issued.add(issue(round, outside));
        }
        return new OpenedRound(round.id(), issued);
    }

    /** Issues a single-use link to one more outside organisation; its token is told once, here. */
    @PreAuthorize(OFFICE)
    @Transactional
    public IssuedLink addLink(long roundId, OutsideCommand command) {
        var round = findRound(roundId);
        if (!round.linksAnswerOn(today())) {
            throw StakeholderException.roundClosed(round.closedOn() != null ? round.closedOn() : round.closesOn());
        }
        if (!EMAIL.matcher(command.email().strip()).matches()) {
            throw StakeholderException.outsideEmailInvalid(1);
        }
        return issue(round, command);
    }

    private IssuedLink issue(ConsultationRound round, OutsideCommand command) {
        var token = LinkTokens.newToken();
        var link = links.save(ConsultationLink.issue(round.id(), command, LinkTokens.hash(token), now()));
        trail.recordCreated(link.audited(round.planId()));
        return new IssuedLink(link.id(), command.organisation().strip(), command.email().strip(), token);
    }

    /** Withdraws an issued link: from now on it answers that it has expired. */
    @PreAuthorize(OFFICE)
    @Transactional
    public void revokeLink(long roundId, long linkId) {
        var link = links.findById(linkId).filter(l -> l.roundId() == roundId)
                .orElseThrow(() -> NotFoundException.of(ConsultationLink.AUDIT_TYPE, linkId));
        var round = findRound(link.roundId());
        var before = link.audited(round.planId());
        link.revoke();
        trail.recordChange(before, links.save(link).audited(round.planId()));
    }

    /** The rule of a disposition besides its fields: a comment not accepted whole needs a reason. */
    @PreAuthorize(OFFICE)
    public void check(DispositionCommand command) {
        if (command.disposition() != null && command.disposition().needsReason()
                && (command.reason() == null || command.reason().isBlank())) {
            throw StakeholderException.reasonRequired();
        }
    }

    /** Records the office's decision on a comment (and changes it, against the version seen). */
    @PreAuthorize(OFFICE)
    @Transactional
    public long dispose(long commentId, int expectedVersion, DispositionCommand command) {
        var comment = findComment(commentId);
        if (comment.version() != expectedVersion) {
            var last = history.lastChange(ConsultationComment.AUDIT_TYPE, commentId);
            throw ConflictException.of("stakeholders.comment.conflict", comment.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
        var round = findRound(comment.roundId());
        var element = round.element(comment.elementKey()).orElse(null);
        var from = from(round).apply(comment);
        var before = comment.audited(element, round.planId(), from);
        comment.dispose(command, CurrentUser.get().map(u -> u.fullName()).orElse("system"), now());
        trail.recordChange(before, comments.save(comment).audited(element, round.planId(), from));
        return round.id();
    }

    /** Closes the round: no more comments, and every link of it expires. */
    @PreAuthorize(OFFICE)
    @Transactional
    public void close(long roundId, int expectedVersion) {
        close(roundId, expectedVersion, today());
    }

    /** For the demo: a round closed on an earlier day. */
    @PreAuthorize(OFFICE)
    @Transactional
    public void closeAsOf(long roundId, int expectedVersion, LocalDate day) {
        close(roundId, expectedVersion, day);
    }

    private void close(long roundId, int expectedVersion, LocalDate day) {
        var round = findRound(roundId);
        if (round.version() != expectedVersion) {
            var last = history.lastChange(ConsultationRound.AUDIT_TYPE, roundId);
            throw ConflictException.of("stakeholders.round.conflict", round.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
        var before = round.audited(names());
        round.close(day, now());
        trail.recordChange(before, rounds.save(round).audited(names()));
    }

    // ---- focal points ----

    /**
     * The focal point's comments on the round, element key to text; empty texts are skipped. Refuses, all at once, an
     * element the round did not consult on, a comment over 4,000 characters, no comment at all, and a round that does
     * not take comments today.
     *
     * @return how many comments were saved
     */
    @PreAuthorize("hasRole('FOCAL_POINT')")
    @Transactional
    public int comment(long roundId, Map<String, String> byElement) {
        return comment(roundId, byElement, today());
    }

    /** For the demo: the focal point's comments as sent on an earlier day. */
    @PreAuthorize("hasRole('FOCAL_POINT')")
    @Transactional
    public int commentAsOf(long roundId, Map<String, String> byElement, LocalDate day) {
        return comment(roundId, byElement, day);
    }

    private int comment(long roundId, Map<String, String> byElement, LocalDate day) {
        var round = readable(roundId);
        var user = CurrentUser.required();
        var own = StakeholderAccess.focalInstitution();
        if (own == null || !round.invites(own)) {
            throw NotFoundException.of(ConsultationRound.AUDIT_TYPE, roundId);
        }
        var texts = checkComments(round, byElement, day);
        var from = institutions.directory().nameOf(own);
        var now = day.equals(today()) ? now() : day.atTime(12, 0);
        for (var entry : texts.entrySet()) {
            var saved = comments.save(ConsultationComment.byInstitution(round.id(), entry.getKey(), own,
                    user.fullName(), entry.getValue(), now));
            trail.recordCreated(saved.audited(round.element(entry.getKey()).orElse(null), round.planId(), from));
        }
        return texts.size();
    }

    private Map<String, String> checkComments(ConsultationRound round, Map<String, String> byElement, LocalDate day) {
        var refusals = new ArrayList<StakeholderException>();
        var texts = new LinkedHashMap<String, String>();
        for (var entry : byElement.entrySet()) {
            var text = entry.getValue() == null ? "" : entry.getValue().strip();
            if (text.isEmpty()) {
                continue;
            }
            var element = round.element(entry.getKey());
            if (element.isEmpty()) {
                refusals.add(StakeholderException.unknownElement(entry.getKey()));
            } else if (text.length() > ConsultationComment.MAX_LENGTH) {
                refusals.add(StakeholderException.commentTooLong(element.get().label(), ConsultationComment.MAX_LENGTH));
            } else {
                texts.put(entry.getKey(), text);
            }
        }
        if (texts.isEmpty() && refusals.isEmpty()) {
            refusals.add(StakeholderException.noComment());
        }
        try {
            round.checkTakesCommentsOn(day);
        } catch (StakeholderException closed) {
            refusals.add(0, closed);
        }
        StakeholderException.refuseAll(refusals);
        return texts;
    }

    // ---- outside organisations, through their link (no sign-in) ----

    /**
     * What the link answers: the round's elements while it is issued and its round takes comments; that it was used,
     * or has expired (round closed, link withdrawn), otherwise. An unknown token is not found.
     */
    public LinkAnswer answer(String token) {
        var link = findLink(token);
        var round = findRound(link.roundId());
        var state = link.stateFor(round, today());
        if (state == LinkState.REVOKED) {
            state = LinkState.EXPIRED;
        }
        if (state != LinkState.ISSUED) {
            return new LinkAnswer(state, link.organisation(), round.title(), null, null, null, null, link.usedAt(),
                    List.of());
        }
        return new LinkAnswer(state, link.organisation(), round.title(), round.purpose(), null, round.opensOn(),
                round.closesOn(), null, round.elements());
    }

    /**
     * The organisation's comments, once: the link is used up with them. Refused like a focal point's comments; a link
     * that was used, withdrawn or whose round closed meanwhile is refused with {@link LinkUsedException}.
     *
     * @return how many comments were saved
     */
    @Transactional
    public int commentByLink(String token, Map<String, String> byElement) {
        var link = findLink(token);
        var round = findRound(link.roundId());
        var state = link.stateFor(round, today());
        if (state != LinkState.ISSUED) {
            throw new LinkUsedException(state == LinkState.REVOKED ? LinkState.EXPIRED : state);
        }
        var texts = checkComments(round, byElement, today());
        var before = link.audited(round.planId());
        link.use(now());
        // saved first, against its version: of two submissions at once, the second fails here and saves nothing
        trail.recordChange(before, links.save(link).audited(round.planId()));
        for (var entry : texts.entrySet()) {
            var saved = comments.save(ConsultationComment.byLink(round.id(), entry.getKey(), link.id(),
                    link.organisation(), entry.getValue(), now()));
            trail.recordCreated(saved.audited(round.element(entry.getKey()).orElse(null), round.planId(),
                    link.organisation()));
        }
        return texts.size();
    }

    // ---- helpers ----

    private List<ElementView> elementsOf(long planId) {
        var tree = plans.tree(planId);
        var elements = new ArrayList<ElementView>();
        for (var so : tree.objectives()) {
            elements.add(new ElementView("so-" + so.id(), ElementKind.STRATEGIC_OBJECTIVE, so.code(), so.title(), 0));
            so.indicators().forEach(i -> elements.add(indicator(i, so.code(), 1)));
            for (var sp : so.specificObjectives()) {
                elements.add(new ElementView("sp-" + sp.id(), ElementKind.SPECIFIC_OBJECTIVE, sp.code(), sp.title(), 1));
                sp.indicators().forEach(i -> elements.add(indicator(i, sp.code(), 2)));
                for (var activity : sp.activities()) {
                    if (activity.dropped()) {
                        continue;
                    }
                    elements.add(new ElementView("a-" + activity.id(), ElementKind.ACTIVITY, activity.code(),
                            activity.title(), 2));
                    activity.indicators().forEach(i -> elements.add(indicator(i, activity.code(), 3)));
                }
            }
        }
        return elements;
    }

    private static ElementView indicator(org.ariadne.plan.IndicatorView indicator, String ownerCode, int depth) {
        return new ElementView("i-" + indicator.id(), ElementKind.INDICATOR, ownerCode, indicator.name(), depth);
    }

    private List<ConsultationComment> visibleComments(ConsultationRound round) {
        var all = comments.findByRoundIdOrderBySubmittedAtAscIdAsc(round.id());
        if (StakeholderAccess.isOffice()) {
            return all;
        }
        var own = StakeholderAccess.focalInstitution();
        return all.stream().filter(c -> own != null && own.equals(c.institutionId())).toList();
    }

    private Function<ConsultationComment, String> from(ConsultationRound round) {
        var directory = institutions.directory();
        var organisations = new HashMap<Long, String>();
        links.findByRoundIdOrderByOrganisationAsc(round.id()).forEach(l -> organisations.put(l.id(), l.organisation()));
        return c -> c.institutionId() != null ? directory.nameOf(c.institutionId())
                : organisations.getOrDefault(c.linkId(), "?");
    }

    private Function<Long, String> names() {
        var directory = institutions.directory();
        return id -> {
            var name = directory.nameOf(id);
            return name == null ? String.valueOf(id) : name;
        };
    }

    private ConsultationRound readable(long id) {
        var round = findRound(id);
        if (StakeholderAccess.isOffice()) {
            return round;
        }
        var own = StakeholderAccess.focalInstitution();
        if (own == null || !round.invites(own)) {
            throw NotFoundException.of(ConsultationRound.AUDIT_TYPE, id);
        }
        return round;
    }

    /** A round of the person's participant's plans; another participant's does not exist for them (issue 19). */
    private ConsultationRound findRound(long id) {
        var round = rounds.findById(id).orElseThrow(() -> NotFoundException.of(ConsultationRound.AUDIT_TYPE, id));
        if (!owners.seesPlan(round.planId())) {
            throw NotFoundException.of(ConsultationRound.AUDIT_TYPE, id);
        }
        return round;
    }

    private ConsultationComment findComment(long id) {
        return comments.findById(id).orElseThrow(() -> NotFoundException.of(ConsultationComment.AUDIT_TYPE, id));
    }

    private ConsultationLink findLink(String token) {
        if (!LinkTokens.wellFormed(token)) {
            throw NotFoundException.of(ConsultationLink.AUDIT_TYPE, "?");
        }
        return links.findByTokenHash(LinkTokens.hash(token))
                .orElseThrow(() -> NotFoundException.of(ConsultationLink.AUDIT_TYPE, "?"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
