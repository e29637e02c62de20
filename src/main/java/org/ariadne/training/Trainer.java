package org.ariadne.training;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A trainer of the national pool (seed 000, key issue 3) with their certifications. */
@Table("trainer")
class Trainer {

    static final String AUDIT_TYPE = "trainer";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String name;
    private Long institutionId;
    private String expertise;
    private boolean demo;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "trainer_id", keyColumn = "position")
    private List<Certification> certifications = new ArrayList<>();

    Trainer() {
    }

    long participantId() {
        return participantId;
    }

    static Trainer create(TrainerCommand command, boolean demo, long participantId, LocalDateTime now) {
        var trainer = new Trainer();
        trainer.participantId = participantId;
        trainer.createdAt = now;
        trainer.demo = demo;
        trainer.apply(command, now);
        return trainer;
    }

    void apply(TrainerCommand command, LocalDateTime now) {
        name = command.name().strip();
        institutionId = command.institutionId();
        expertise = command.expertise() == null || command.expertise().isBlank() ? null : command.expertise().strip();
        certifications = new ArrayList<>(command.lines().stream().map(line -> new Certification(line.topic(),
                line.issuedOn(), line.expiresOn(), line.certifyingBody().strip())).toList());
        updatedAt = now;
    }

    TrainerView view(String institutionName, LocalDate today) {
        return new TrainerView(id, version, name, institutionId, institutionName, expertise, certifications.stream()
                .map(c -> new TrainerView.Certification(c.topic(), c.issuedOn(), c.expiresOn(), c.certifyingBody(),
                        CertificationStatus.of(c.expiresOn(), today))).toList());
    }

    Audited audited(String institutionName) {
        return Audited.of(AUDIT_TYPE, id, name, null, AuditRecord.state("name", name, "institution", institutionName,
                "expertise", expertise, "certifications", certifications.stream().map(c -> c.topic().name() + " "
                        + c.issuedOn() + "–" + (c.expiresOn() == null ? "" : c.expiresOn()) + " " + c.certifyingBody())
                        .toList()));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String name() {
        return name;
    }

    @Table("trainer_certification")
    record Certification(TrainingTopic topic, LocalDate issuedOn, LocalDate expiresOn, String certifyingBody) {
    }
}
