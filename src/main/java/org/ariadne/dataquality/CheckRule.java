package org.ariadne.dataquality;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The office's setting of one check, for all of a plan's indicators (no indicator) or for one: on or off, and its
 * threshold where it has one. One rule per plan, scope and kind: the scope key ("all", "indicator:12") keeps it so in
 * the database, since a unique key over a column that may be null would not.
 */
@Table("data_quality_rule")
class CheckRule {

    static final String AUDIT_TYPE = "data-quality-rule";
    static final BigDecimal LOWEST = BigDecimal.ONE;
    static final BigDecimal HIGHEST = new BigDecimal("10000");

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private Long indicatorId;
    private String scopeKey;
    private CheckKind kind;
    private boolean enabled;
    private BigDecimal threshold;
    private String updatedBy;
    private LocalDateTime updatedAt;

    CheckRule() {
    }

    static CheckRule of(long planId, Long indicatorId, CheckKind kind) {
        var rule = new CheckRule();
        rule.planId = planId;
        rule.indicatorId = indicatorId;
        rule.scopeKey = scopeKey(indicatorId);
        rule.kind = kind;
        rule.enabled = kind.onByDefault();
        rule.threshold = kind.defaultThreshold();
        return rule;
    }

    static String scopeKey(Long indicatorId) {
        return indicatorId == null ? "all" : "indicator:" + indicatorId;
    }

    /** Sets the check on or off and its threshold: required for a check that has one, between 1 and 10,000 %. */
    void set(boolean on, BigDecimal newThreshold, String by, LocalDateTime now) {
        if (kind.hasThreshold()) {
            if (newThreshold == null) {
                throw DataQualityException.thresholdRequired();
            }
            if (newThreshold.compareTo(LOWEST) < 0 || newThreshold.compareTo(HIGHEST) > 0) {
                throw DataQualityException.thresholdOutOfRange(newThreshold);
            }
            threshold = newThreshold.stripTrailingZeros().scale() > 2 ? newThreshold.setScale(2, java.math.RoundingMode.HALF_UP)
                    : newThreshold;
        } else {
            threshold = null;
        }
        enabled = on;
        updatedBy = by;
        updatedAt = now;
    }

    Audited audited(String scopeLabel) {
        var state = new LinkedHashMap<String, Object>();
        state.put("appliesTo", scopeLabel);
        state.put("kind", kind.name());
        state.put("enabled", enabled);
        state.put("threshold", threshold == null ? null : threshold.stripTrailingZeros().toPlainString());
        return Audited.of(AUDIT_TYPE, id, scopeLabel + " · " + kind.name(), planId, state);
    }

    RuleView view(String indicatorLabel) {
        return new RuleView(id, version, planId, indicatorId, indicatorLabel, kind, enabled, threshold, updatedBy,
                updatedAt);
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

    Long indicatorId() {
        return indicatorId;
    }

    CheckKind kind() {
        return kind;
    }

    boolean enabled() {
        return enabled;
    }

    BigDecimal threshold() {
        return threshold;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }
}
