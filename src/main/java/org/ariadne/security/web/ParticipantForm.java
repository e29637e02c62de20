package org.ariadne.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.ariadne.common.UserFacingException;
import org.ariadne.security.ParticipantCommand;
import org.ariadne.security.ParticipantView;

/** The installation administrator's participant form: a code and the names per language. */
public record ParticipantForm(
        @NotBlank(message = "{validation.required}") @Size(max = 16, message = "{validation.size.max}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String name,
        @Size(max = 200, message = "{validation.size.max}") String nameSq,
        @Size(max = 200, message = "{validation.size.max}") String nameSr,
        @Size(max = 200, message = "{validation.size.max}") String nameMk) {

    static ParticipantForm empty() {
        return new ParticipantForm("", "", "", "", "");
    }

    static ParticipantForm of(ParticipantView participant) {
        return new ParticipantForm(participant.code(), participant.name(), participant.nameSq(), participant.nameSr(),
                participant.nameMk());
    }

    /** The field a refusal of the participant's rules is about; null for the whole form. */
    static String fieldOf(UserFacingException refused) {
        return switch (refused.messageKey()) {
            case "participant.code.required", "participant.code.taken", "participant.code.characters" -> "code";
            case "participant.name.required" -> "name";
            default -> null;
        };
    }

    ParticipantCommand command() {
        return new ParticipantCommand(code, name, nameSq, nameSr, nameMk);
    }
}
