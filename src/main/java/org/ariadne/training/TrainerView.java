package org.ariadne.training;

import java.time.LocalDate;
import java.util.List;

/** A trainer of the pool with their certifications and where each stands today. */
public record TrainerView(long id, int version, String name, Long institutionId, String institutionName,
        String expertise, List<Certification> certifications) {

    public record Certification(TrainingTopic topic, LocalDate issuedOn, LocalDate expiresOn, String certifyingBody,
            CertificationStatus status) {
    }

    /** Whether any certification expired or expires within 90 days. */
    public boolean flagged() {
        return certifications.stream().anyMatch(c -> c.status().flagged());
    }

    public TrainerCommand toCommand() {
        return new TrainerCommand(name, institutionId, expertise, certifications.stream()
                .map(c -> new CertificationLine(c.topic(), c.issuedOn(), c.expiresOn(), c.certifyingBody())).toList());
    }
}
