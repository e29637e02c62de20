package org.ariadne.stakeholders;

import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An outside organisation's single-use link to a round. Only the SHA-256 of its token is kept: whoever reads the
 * database cannot open the link. It is used once: the submission that uses it saves it first, against its version, so
 * that two submissions at once cannot both pass.
 */
@Table("consultation_link")
class ConsultationLink {

    static final String AUDIT_TYPE = "consultation-link";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long roundId;
    private String organisation;
    private String email;
    private String tokenHash;
    private LinkState state;
    private LocalDateTime usedAt;
    private LocalDateTime createdAt;

    ConsultationLink() {
    }

    static ConsultationLink issue(long roundId, OutsideCommand command, String tokenHash, LocalDateTime now) {
        var link = new ConsultationLink();
        link.roundId = roundId;
        link.organisation = command.organisation().strip();
        link.email = command.email().strip();
        link.tokenHash = tokenHash;
        link.state = LinkState.ISSUED;
        link.createdAt = now;
        return link;
    }

    /** Where the link stands for its round: an issued link of a round that no longer takes comments has expired. */
    LinkState stateFor(ConsultationRound round, java.time.LocalDate today) {
        return state == LinkState.ISSUED && !round.linksAnswerOn(today) ? LinkState.EXPIRED : state;
    }

    void use(LocalDateTime now) {
        state = LinkState.USED;
        usedAt = now;
    }

    void revoke() {
        if (state != LinkState.ISSUED) {
            throw StakeholderException.linkNotRevocable();
        }
        state = LinkState.REVOKED;
    }

    LinkView view(ConsultationRound round, java.time.LocalDate today) {
        return new LinkView(id, version, roundId, organisation, email, stateFor(round, today), usedAt, createdAt);
    }

    Audited audited(Long planId) {
        return Audited.of(AUDIT_TYPE, id, organisation, planId, AuditRecord.state(
                "organisation", organisation,
                "email", email,
                "state", state.name(),
                "usedAt", usedAt == null ? null : usedAt.toString()));
    }

    Long id() {
        return id;
    }

    long roundId() {
        return roundId;
    }

    String organisation() {
        return organisation;
    }

    LinkState state() {
        return state;
    }

    LocalDateTime usedAt() {
        return usedAt;
    }
}
