package org.ariadne.publication;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One thing made public, with the snapshot it was published with. Guards its own life: it is on the portal from
 * publication until a newer publication of the same subject supersedes it or the coordinator withdraws it (with a
 * reason); after that nothing changes it. Its snapshot never changes.
 */
@Table("publication")
class Publication implements Audited {

    static final int REASON_LENGTH = 1000;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private PublicationKind kind;
    private String subject;
    private String title;
    private Integer periodYear;
    private String content;
    private String fingerprint;
    private String publisher;
    private LocalDateTime publishedAt;
    private String publishedBy;
    private PublicationStatus status;
    /** TRUE while on the portal, NULL otherwise (see the migration: one per subject at a time). */
    private Boolean onPortal;
    private Long supersededBy;
    private LocalDateTime endedAt;
    private String endedBy;
    private String withdrawalReason;
    /** The disclosure rule its counts were protected under ({@link Candidate#disclosureRule()}). */
    private int disclosureRule;

    Publication() {
    }

    static Publication of(Candidate candidate, String publisher, String by, LocalDateTime now) {
        var publication = new Publication();
        publication.planId = candidate.planId();
        publication.kind = candidate.subject().kind();
        publication.subject = candidate.subjectKey();
        publication.title = candidate.title();
        publication.periodYear = candidate.year();
        publication.content = candidate.json();
        publication.fingerprint = candidate.fingerprint();
        publication.publisher = publisher;
        publication.publishedAt = now;
        publication.publishedBy = by;
        publication.status = PublicationStatus.PUBLISHED;
        publication.onPortal = Boolean.TRUE;
        publication.disclosureRule = candidate.disclosureRule();
        return publication;
    }

    /** A newer publication of the same subject takes this one's place on the portal. */
    void supersede(String by, LocalDateTime now) {
        if (status != PublicationStatus.PUBLISHED) {
            throw PublicationException.notOnPortal();
        }
        status = PublicationStatus.SUPERSEDED;
        onPortal = null;
        endedAt = now;
        endedBy = by;
    }

    void supersededBy(long newer) {
        supersededBy = newer;
    }

    /** Takes the publication off the portal; the reason stays with it and in the audit trail. */
    void withdraw(String reason, String by, LocalDateTime now) {
        if (status != PublicationStatus.PUBLISHED) {
            throw PublicationException.notOnPortal();
        }
        if (reason == null || reason.isBlank()) {
            throw PublicationException.reasonRequired();
        }
        var text = reason.strip();
        status = PublicationStatus.WITHDRAWN;
        onPortal = null;
        endedAt = now;
        endedBy = by;
        withdrawalReason = text.length() > REASON_LENGTH ? text.substring(0, REASON_LENGTH) : text;
    }

    @Override
    public String auditType() {
        return Publishing.ENTITY;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return label();
    }

    @Override
    public Long auditPlanId() {
        return planId;
    }

    /** What the audit trail keeps of it. */
    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("kind", kind.name());
        state.put("title", title);
        state.put("year", periodYear);
        state.put("status", status.name());
        state.put("fingerprint", fingerprint);
        state.put("supersededBy", supersededBy);
        state.put("withdrawalReason", withdrawalReason);
        state.put("disclosureRule", disclosureRule);
        return state;
    }

    /** "Figures 2024 · National Strategy": the label the audit trail shows. */
    String label() {
        return periodYear == null || kind == PublicationKind.REPORT ? title : title + " · " + periodYear;
    }

    PublicationView view() {
        return new PublicationView(id, planId, kind, subject, title, periodYear, status, fingerprint, publisher,
                publishedAt, publishedBy, supersededBy, endedAt, endedBy, withdrawalReason, disclosureRule);
    }

    Long id() {
        return id;
    }

    long planId() {
        return planId;
    }

    PublicationStatus status() {
        return status;
    }

    String fingerprint() {
        return fingerprint;
    }

    int disclosureRule() {
        return disclosureRule;
    }
}
