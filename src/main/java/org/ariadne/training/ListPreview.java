package org.ariadne.training;

import java.util.List;

/** What an uploaded participant list would save: its persons, its problems (each blocks), its fingerprint. */
public record ListPreview(String token, String fileName, long trainingId, String trainingLabel,
        List<TrainingView.ParticipantView> participants, List<ListProblem> problems, String fingerprint, int women,
        int men, boolean replacesList) {

    public long errors() {
        return problems.stream().filter(ListProblem::error).count();
    }

    public boolean canConfirm() {
        return errors() == 0 && !participants.isEmpty();
    }
}
