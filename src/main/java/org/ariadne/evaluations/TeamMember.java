package org.ariadne.evaluations;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** An evaluator on an evaluation's team, with the window in which they may open it. */
@Table("evaluation_team_member")
class TeamMember {

    static final String AUDIT_TYPE = "evaluation-team-member";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long evaluationId;
    private String username;
    private String fullName;
    private LocalDate accessFrom;
    private LocalDate accessUntil;
    private LocalDateTime createdAt;

    TeamMember() {
    }

    static TeamMember assign(long evaluationId, String username, String fullName, AccessWindow window,
            LocalDateTime now) {
        var member = new TeamMember();
        member.evaluationId = evaluationId;
        member.username = username;
        member.fullName = fullName;
        member.createdAt = now;
        member.change(window);
        return member;
    }

    void change(AccessWindow window) {
        accessFrom = window.from();
        accessUntil = window.until();
    }

    AccessWindow window() {
        return new AccessWindow(accessFrom, accessUntil);
    }

    Audited audited(long planId, String evaluationTitle) {
        return Audited.of(AUDIT_TYPE, id, fullName + " · " + evaluationTitle, planId, AuditRecord.state(
                "evaluator", fullName + " (" + username + ")",
                "accessFrom", accessFrom.toString(),
                "accessUntil", accessUntil.toString()));
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    long evaluationId() {
        return evaluationId;
    }

    String username() {
        return username;
    }

    String fullName() {
        return fullName;
    }
}
