package org.ariadne.evaluations;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.stereotype.Component;

/**
 * Whose evaluation the addresses of the evaluations name (issue 19): an evaluation is its plan's participant's, and
 * so are its team members and files.
 */
@Component
class EvaluationOwnership implements ParticipantOwnership {

    private final Evaluations evaluations;
    private final TeamMemberRepository team;
    private final EvaluationFileRepository files;

    EvaluationOwnership(Evaluations evaluations, TeamMemberRepository team, EvaluationFileRepository files) {
        this.evaluations = evaluations;
        this.team = team;
        this.files = files;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("evaluationId", (id, address) -> evaluations.participantOf(Long.parseLong(id)),
                "memberId", (id, address) -> team.findById(Long.parseLong(id))
                        .flatMap(member -> evaluations.participantOf(member.evaluationId())),
                "fileId", (id, address) -> files.findById(Long.parseLong(id))
                        .flatMap(file -> evaluations.participantOf(file.evaluationId())));
    }
}
