package org.ariadne.training;

import java.util.Locale;

/** Who a training or a need is for (seed 000: police, prosecutors, judges, victim advocates and social workers, shelter staff). */
public enum TargetGroup {
    POLICE, PROSECUTORS, JUDGES, LABOUR_INSPECTORS, SOCIAL_WORKERS, HEALTH, EDUCATION, NGOS, OTHER;

    public String messageKey() {
        return "training.target-group." + name().toLowerCase(Locale.ROOT);
    }
}
