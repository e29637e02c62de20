package org.ariadne.training;

import java.util.Locale;

/** How a training's participants are recorded: counts by institution, role and sex, or a list of persons. */
public enum ParticipantsKept {
    COUNTS, LIST;

    public String messageKey() {
        return "training.kept." + name().toLowerCase(Locale.ROOT);
    }
}
