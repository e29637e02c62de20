package org.ariadne.evaluations;

import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** The evaluator's judgement and rating on one OECD-DAC criterion of an evaluation, with its evidence. */
@Table("evaluation_criterion")
class CriterionAssessment {

    static final String AUDIT_TYPE = "evaluation-criterion";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long evaluationId;
    private Criterion criterion;
    private String judgement;
    private Rating rating;
    private String updatedBy;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "evaluation_criterion_id")
    private Set<Evidence> evidence = new LinkedHashSet<>();

    CriterionAssessment() {
    }

    static CriterionAssessment of(long evaluationId, Criterion criterion) {
        var assessment = new CriterionAssessment();
        assessment.evaluationId = evaluationId;
        assessment.criterion = criterion;
        return assessment;
    }

    /** A rating needs the judgement that explains it: a rating alone is refused. Evidence may come before both. */
    void assess(String judgement, Rating rating, List<Evidence> evidence, String by, LocalDateTime now) {
        var text = Evaluation.blankToNull(judgement);
        if (rating != null && text == null) {
            throw EvaluationException.judgementWithoutRating();
        }
        this.judgement = text;
        this.rating = rating;
        this.evidence = new LinkedHashSet<>(evidence);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    List<Evidence> evidence() {
        return evidence.stream().sorted(Comparator.comparing(Evidence::kind).thenComparing(Evidence::label)).toList();
    }

    Audited audited(long planId, String evaluationTitle, String criterionName) {
        return Audited.of(AUDIT_TYPE, id, criterionName + " · " + evaluationTitle, planId, AuditRecord.state(
                "criterion", criterion.name(),
                "judgement", judgement,
                "rating", rating == null ? null : rating.name(),
                "evidence", String.join("; ", evidence().stream().map(Evidence::label).toList())));
    }

    boolean isNew() {
        return id == null;
    }

    Long id() {
        return id;
    }

    int version() {
        return version == null ? 0 : version;
    }

    long evaluationId() {
        return evaluationId;
    }

    Criterion criterion() {
        return criterion;
    }

    String judgement() {
        return judgement;
    }

    Rating rating() {
        return rating;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
