package org.ariadne.security;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A participant (country or entity) of an installation run by a regional body (issue 19): the owner of institutions,
 * plans and people. Kept by the installation's administrator.
 */
@Table("participant")
class Participant implements Audited {

    static final String AUDIT_TYPE = "participant";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String code;
    private String name;
    private String nameSq;
    private String nameSr;
    private String nameMk;
    private boolean demo;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    Participant() {
    }

    static Participant create(ParticipantCommand command, boolean demo, LocalDateTime now) {
        var participant = new Participant();
        participant.demo = demo;
        participant.createdAt = now;
        participant.apply(command, now);
        return participant;
    }

    void apply(ParticipantCommand command, LocalDateTime now) {
        this.code = ParticipantCommand.normaliseCode(command.code());
        this.name = command.name().strip();
        this.nameSq = blankToNull(command.nameSq());
        this.nameSr = blankToNull(command.nameSr());
        this.nameMk = blankToNull(command.nameMk());
        this.updatedAt = now;
    }

    ParticipantView view() {
        return new ParticipantView(id, version, code, name, nameSq, nameSr, nameMk, demo);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return code + " " + name;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("participantCode", code);
        state.put("name", name);
        state.put("nameSq", nameSq);
        state.put("nameSr", nameSr);
        state.put("nameMk", nameMk);
        return state;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
