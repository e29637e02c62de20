package org.ariadne.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The management response to one recommendation: accepted, partly accepted or rejected (with the reason), the action,
 * its owner and deadline, and its progress to closure (open, in progress, done with a closing note), as a corrective
 * action of the half-year review is followed.
 */
@Table("management_response")
class ManagementResponse {

    static final String AUDIT_TYPE = "management-response";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long recommendationId;
    private ResponseDecision decision;
    private String reason;
    private String action;
    private Long ownerInstitutionId;
    private LocalDate deadline;
    private ResponseStatus status;
    private String closingNote;
    private LocalDate closedOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    ManagementResponse() {
    }

    static ManagementResponse create(long recommendationId, ResponseCommand command, LocalDate today,
            LocalDateTime now) {
        var response = new ManagementResponse();
        response.recommendationId = recommendationId;
        response.createdAt = now;
        response.apply(command, today, now);
        return response;
    }

    void apply(ResponseCommand command, LocalDate today, LocalDateTime now) {
        RecommendationRules.refuse(command);
        decision = command.decision();
        reason = RecommendationSource.blankToNull(command.reason());
        action = RecommendationSource.blankToNull(command.action());
        ownerInstitutionId = command.ownerId();
        deadline = command.deadline();
        progress(command.status() == null ? ResponseStatus.OPEN : command.status(), command.closingNote(), today, now);
    }

    /** Moves the action on; done only with a closing note, and the day it was closed is kept. */
    void progress(ResponseStatus newStatus, String note, LocalDate today, LocalDateTime now) {
        if (newStatus == ResponseStatus.DONE && (note == null || note.isBlank())) {
            throw RecommendationException.closingNote();
        }
        if (newStatus == ResponseStatus.DONE && status != ResponseStatus.DONE) {
            closedOn = today;
        } else if (newStatus != ResponseStatus.DONE) {
            closedOn = null;
        }
        status = newStatus;
        closingNote = RecommendationSource.blankToNull(note);
        updatedAt = now;
    }

    ResponseView view(String ownerName, LocalDate today) {
        return new ResponseView(id == null ? 0 : id, version == null ? 0 : version, recommendationId, decision, reason, action, ownerInstitutionId, ownerName,
                deadline, status, closingNote, closedOn,
                RecommendationRules.responseOverdue(decision, status, deadline, today));
    }

    Audited audited(long planId, String recommendationLabel, String ownerName) {
        return Audited.of(AUDIT_TYPE, id, recommendationLabel, planId, AuditRecord.state(
                "decision", decision.name(), "reason", reason, "action", action, "owner", ownerName,
                "deadline", deadline == null ? null : deadline.toString(), "responseStatus", status.name(),
                "closingNote", closingNote, "closedOn", closedOn == null ? null : closedOn.toString()));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long recommendationId() {
        return recommendationId;
    }

    Long ownerInstitutionId() {
        return ownerInstitutionId;
    }
}
