package org.ariadne.training;

import java.util.Locale;

/** A participant's sex, as trainings are counted. */
public enum Sex {
    FEMALE, MALE;

    public String messageKey() {
        return "training.sex." + name().toLowerCase(Locale.ROOT);
    }
}
