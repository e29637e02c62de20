package org.ariadne.stakeholders;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionParticipants;
import org.ariadne.plan.PlanParticipants;
import org.springframework.stereotype.Component;

/**
 * Whose records the stakeholders' addresses name (issue 19), and the checks the module's services share: a contact is
 * its participant's (its institution's when made); a consultation round, its links and comments are the round's
 * plan's participant's.
 */
@Component
class StakeholderOwnership implements ParticipantOwnership {

    private final StakeholderContactRepository contacts;
    private final ConsultationRoundRepository rounds;
    private final ConsultationLinkRepository links;
    private final ConsultationCommentRepository comments;
    private final PlanParticipants plans;
    private final InstitutionParticipants institutions;
    private final ParticipantScope scope;

    StakeholderOwnership(StakeholderContactRepository contacts, ConsultationRoundRepository rounds,
            ConsultationLinkRepository links, ConsultationCommentRepository comments, PlanParticipants plans,
            InstitutionParticipants institutions, ParticipantScope scope) {
        this.contacts = contacts;
        this.rounds = rounds;
        this.links = links;
        this.comments = comments;
        this.plans = plans;
        this.institutions = institutions;
        this.scope = scope;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/stakeholders/contacts/{}", (id, address) -> contacts.findById(Long.parseLong(id))
                        .map(Contact::participantId),
                "/consultations/{}", (id, address) -> ofRound(Long.parseLong(id)),
                "linkId", (id, address) -> links.findById(Long.parseLong(id))
                        .flatMap(link -> ofRound(link.roundId())),
                "commentId", (id, address) -> comments.findById(Long.parseLong(id))
                        .flatMap(comment -> ofRound(comment.roundId())));
    }

    Optional<Long> ofRound(long roundId) {
        return rounds.findById(roundId).flatMap(round -> plans.ofPlan(round.planId()));
    }

    /** Whether the person may see the plan's records: it is their participant's. */
    boolean seesPlan(long planId) {
        return scope.sees(plans.ofPlan(planId).orElse(null));
    }

    /** Whether the person may name the institution: it is their participant's (or does not exist). */
    boolean seesInstitution(Long institutionId) {
        return institutionId == null || scope.sees(institutions.of(institutionId).orElse(null));
    }

    /** The institutions of the list the person may name: their participant's (issue 19). */
    java.util.List<org.ariadne.institutions.InstitutionView> own(
            java.util.List<org.ariadne.institutions.InstitutionView> all) {
        var byInstitution = institutions.byInstitution();
        return all.stream().filter(institution -> scope.sees(byInstitution.get(institution.id()))).toList();
    }

    /** The participants whose records the person sees: empty when all of them. */
    Optional<Long> narrowedTo() {
        return scope.narrowedTo();
    }
}
