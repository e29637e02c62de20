package org.ariadne.security;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to a participant, with the message key the installation's administrator reads. */
public final class ParticipantException extends UserFacingException {

    private ParticipantException(String key, Object... args) {
        super(key, args);
    }

    private ParticipantException(List<ParticipantException> each) {
        super(each);
    }

    static void refuseAll(List<ParticipantException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new ParticipantException(refusals);
        }
    }

    static ParticipantException codeRequired() {
        return new ParticipantException("participant.code.required");
    }

    static ParticipantException codeCharacters() {
        return new ParticipantException("participant.code.characters");
    }

    static ParticipantException codeTaken(String code) {
        return new ParticipantException("participant.code.taken", code);
    }

    static ParticipantException nameRequired() {
        return new ParticipantException("participant.name.required");
    }
}
