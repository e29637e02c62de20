package org.ariadne.evaluations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may open and work on an evaluation, decided with the application's clock for every call of the facade (not only
 * by the pages): the M&amp;E officer everything; the coordinator reads every evaluation; a National Authority member
 * reads finished (final) ones; an evaluator only the evaluations whose team they are on, and only inside their access
 * window; nobody else any (focal points, the administrator, the victim-data officer).
 */
@Component
class EvaluationAccess {

    private final TeamMemberRepository team;
    private final Clock clock;

    EvaluationAccess(TeamMemberRepository team, Clock clock) {
        this.team = team;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static SignedInUser user() {
        return CurrentUser.get().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }

    static boolean isOffice(SignedInUser user) {
        return user.has(Role.ME_OFFICER);
    }

    /** The evaluations whose team the user is on with a window open today. */
    Set<Long> openTo(SignedInUser user) {
        if (!user.has(Role.EVALUATOR)) {
            return Set.of();
        }
        var today = today();
        return team.findByUsername(user.getUsername()).stream().filter(member -> member.window().covers(today))
                .map(TeamMember::evaluationId).collect(Collectors.toSet());
    }

    boolean mayRead(SignedInUser user, Evaluation evaluation) {
        if (isOffice(user) || user.has(Role.COORDINATOR)) {
            return true;
        }
        if (user.has(Role.MEMBER) && evaluation.status().readByMembers()) {
            return true;
        }
        return openTo(user).contains(evaluation.id());
    }

    boolean mayWork(SignedInUser user, Evaluation evaluation) {
        return isOffice(user) || openTo(user).contains(evaluation.id());
    }

    void checkRead(Evaluation evaluation) {
        if (!mayRead(user(), evaluation)) {
            throw new AccessDeniedException("evaluation " + evaluation.id());
        }
    }

    void checkWork(Evaluation evaluation) {
        if (!mayWork(user(), evaluation)) {
            throw new AccessDeniedException("working on evaluation " + evaluation.id());
        }
    }
}
