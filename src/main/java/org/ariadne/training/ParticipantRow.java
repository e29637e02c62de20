package org.ariadne.training;

import java.math.BigDecimal;

/** One participant of a list: name, institution, role, sex and the pre- and post-test scores (0–100), if taken. */
public record ParticipantRow(String name, long institutionId, String role, Sex sex, BigDecimal preScore,
        BigDecimal postScore) {
}
