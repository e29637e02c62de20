package org.ariadne.risks;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One risk of a plan's register. Its readable trail state needs names from elsewhere: {@link #audited}. */
@Table("risk")
class Risk {

    static final String AUDIT_TYPE = "risk";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private Long strategicObjectiveId;
    private Long specificObjectiveId;
    private Long activityId;
    private String description;
    private RiskCategory category;
    private int likelihood;
    private int impact;
    private String mitigation;
    private Long ownerInstitutionId;
    private RiskStatus status;
    private LocalDate nextReviewOn;
    private LocalDate lastReviewedOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;

    Risk() {
    }

    static Risk create(long planId, RiskCommand command, RiskElement.Reference element, LocalDateTime now) {
        var risk = new Risk();
        risk.planId = planId;
        risk.createdAt = now;
        risk.apply(command, element, now);
        return risk;
    }

    void apply(RiskCommand command, RiskElement.Reference element, LocalDateTime now) {
        description = command.description().strip();
        category = command.category();
        var score = new RiskScore(command.likelihood(), command.impact());
        likelihood = score.likelihood();
        impact = score.impact();
        mitigation = blankToNull(command.mitigation());
        ownerInstitutionId = command.ownerId();
        status = command.status();
        nextReviewOn = command.nextReview();
        strategicObjectiveId = element.kind() == ElementKind.STRATEGIC_OBJECTIVE ? element.id() : null;
        specificObjectiveId = element.kind() == ElementKind.SPECIFIC_OBJECTIVE ? element.id() : null;
        activityId = element.kind() == ElementKind.ACTIVITY ? element.id() : null;
        updatedAt = now;
    }

    /** Reviewed today: the review date is today, the next one is the officer's. */
    void reviewed(LocalDate today, LocalDate next, LocalDateTime now) {
        lastReviewedOn = today;
        nextReviewOn = next;
        updatedAt = now;
    }

    RiskElement.Reference element() {
        if (activityId != null) {
            return new RiskElement.Reference(ElementKind.ACTIVITY, activityId);
        }
        if (specificObjectiveId != null) {
            return new RiskElement.Reference(ElementKind.SPECIFIC_OBJECTIVE, specificObjectiveId);
        }
        if (strategicObjectiveId != null) {
            return new RiskElement.Reference(ElementKind.STRATEGIC_OBJECTIVE, strategicObjectiveId);
        }
        return new RiskElement.Reference(ElementKind.PLAN, null);
    }

    RiskView view(RiskElement element, String ownerName) {
        return new RiskView(id, version, planId, element, description, category, new RiskScore(likelihood, impact),
                mitigation, ownerInstitutionId, ownerName, status, nextReviewOn, lastReviewedOn);
    }

    /** What the trail keeps of the risk, with the element's and the owner's names rather than their ids. */
    Audited audited(String elementLabel, String ownerName) {
        var score = new RiskScore(likelihood, impact);
        return Audited.of(AUDIT_TYPE, id, label(), planId, AuditRecord.state(
                "description", description,
                "element", elementLabel,
                "category", category.name(),
                "likelihood", likelihood,
                "impact", impact,
                "score", score.score(),
                "level", score.level().name(),
                "mitigation", mitigation,
                "owner", ownerName,
                "status", status.name(),
                "nextReview", nextReviewOn == null ? null : nextReviewOn.toString(),
                "lastReviewed", lastReviewedOn == null ? null : lastReviewedOn.toString()));
    }

    private String label() {
        return description.length() <= 120 ? description : description.substring(0, 119) + "…";
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    Long ownerInstitutionId() {
        return ownerInstitutionId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
