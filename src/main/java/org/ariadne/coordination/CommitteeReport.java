package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A local committee's monthly activity report; one per committee and month. */
@Table("committee_report")
class CommitteeReport {

    static final String AUDIT_TYPE = "committee-report";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long committeeInstitutionId;
    private LocalDate reportedMonth;
    private int activitiesHeld;
    private String activities;
    private int casesReferred;
    private String problems;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    CommitteeReport() {
    }

    long participantId() {
        return participantId;
    }

    static CommitteeReport create(CommitteeReportCommand command, long participantId, LocalDateTime now) {
        var report = new CommitteeReport();
        report.participantId = participantId;
        report.createdAt = now;
        report.apply(command, now);
        return report;
    }

    void apply(CommitteeReportCommand command, LocalDateTime now) {
        committeeInstitutionId = command.committeeId();
        reportedMonth = command.month().atDay(1);
        activitiesHeld = command.activitiesHeld();
        activities = blankToNull(command.activities());
        casesReferred = command.casesReferred();
        problems = blankToNull(command.problems());
        updatedAt = now;
    }

    CommitteeReportView view(String committee) {
        return new CommitteeReportView(id, version, committeeInstitutionId, committee, month(), activitiesHeld,
                activities, casesReferred, problems);
    }

    Audited audited(String committee) {
        return Audited.of(AUDIT_TYPE, id, committee + " " + month(), null, AuditRecord.state(
                "committee", committee,
                "month", month().toString(),
                "activitiesHeld", activitiesHeld,
                "activities", activities,
                "casesReferred", casesReferred,
                "problems", problems));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long committeeInstitutionId() {
        return committeeInstitutionId;
    }

    YearMonth month() {
        return YearMonth.from(reportedMonth);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
