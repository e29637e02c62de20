package org.ariadne.training;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

/** One certification as the trainer form sends it; a line left blank is no certification. */
public record CertificationLine(TrainingTopic topic, LocalDate issuedOn, LocalDate expiresOn,
        @Size(max = 300, message = "{validation.size.max}") String certifyingBody) {

    boolean isBlank() {
        return topic == null && issuedOn == null && expiresOn == null
                && (certifyingBody == null || certifyingBody.isBlank());
    }
}
