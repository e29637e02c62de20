package org.ariadne.training;

import java.util.Locale;

/** What a training teaches, in the words of the needs assessment (seed 000, key issues and annex 1). */
public enum TrainingTopic {
    NRM_SOPS, IDENTIFICATION, TRANSNATIONAL_REFERRAL, INVESTIGATION_PROSECUTION, VICTIM_PROTECTION, LABOUR_EXPLOITATION, CHILD_TRAFFICKING, MONITORING_EVALUATION, STRATEGIC_PLANNING, COORDINATION, DATA_COLLECTION, TRAINING_OF_TRAINERS, OTHER;

    public String messageKey() {
        return "training.topic." + name().toLowerCase(Locale.ROOT);
    }
}
