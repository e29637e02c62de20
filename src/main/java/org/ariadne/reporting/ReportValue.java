package org.ariadne.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.IndicatorView;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The value of one indicator for one collection period of a report. Checks that the value fits the indicator
 * (a percentage between 0 and 100, yes/no as 1 or 0, a scale value within its scale) and that every breakdown
 * that is filled in adds up to the total.
 */
@Table("report_value")
class ReportValue {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private Long id;
    @Version
    private Integer version;
    private long reportId;
    private long indicatorId;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private BigDecimal total;
    private BigDecimal numerator;
    private BigDecimal denominator;
    private String note;
    private LocalDateTime updatedAt;
    private String updatedBy;
    @MappedCollection(idColumn = "report_value_id")
    private Set<Part> parts = new LinkedHashSet<>();

    ReportValue() {
    }

    static ReportValue blank(long reportId, long indicatorId, LocalDate startsOn, LocalDate endsOn) {
        var value = new ReportValue();
        value.reportId = reportId;
        value.indicatorId = indicatorId;
        value.startsOn = startsOn;
        value.endsOn = endsOn;
        return value;
    }

    void apply(IndicatorView indicator, Breakdown breakdown, ValueCommand command, String by, LocalDateTime now) {
        for (var key : command.parts().keySet()) {
            if (!breakdown.knows(key)) {
                throw ReportingException.notInReport(key);
            }
        }
        for (var amount : command.parts().values()) {
            if (amount.signum() < 0) {
                throw ReportingException.valueOutOfRange(amount.toPlainString());
            }
        }
        var newTotal = command.total();
        var newNumerator = command.numerator();
        var newDenominator = command.denominator();
        if (indicator.type() == IndicatorType.PERCENTAGE && newNumerator != null && newDenominator != null) {
            if (newDenominator.signum() <= 0 || newNumerator.signum() < 0 || newNumerator.compareTo(newDenominator) > 0) {
                throw ReportingException.valueOutOfRange(newNumerator.toPlainString() + " / " + newDenominator.toPlainString());
            }
            newTotal = newNumerator.multiply(HUNDRED).divide(newDenominator, 4, RoundingMode.HALF_UP);
        }
        for (var group : breakdown.groups()) {
            var filled = group.parts().stream().map(part -> command.parts().get(part.key()))
                    .filter(java.util.Objects::nonNull).toList();
            if (filled.isEmpty()) {
                continue;
            }
            var sum = filled.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (newTotal == null) {
                newTotal = sum;
            } else if (newTotal.compareTo(sum) != 0) {
                throw ReportingException.partsDoNotAddUp(newTotal.stripTrailingZeros().toPlainString(),
                        sum.stripTrailingZeros().toPlainString());
            }
        }
        checkFits(indicator, newTotal);
        total = newTotal;
        numerator = newNumerator;
        denominator = newDenominator;
        note = command.note() == null || command.note().isBlank() ? null : command.note().strip();
        var kept = new LinkedHashSet<Part>();
        command.parts().forEach((key, amount) -> kept.add(new Part(key, amount)));
        parts = kept;
        updatedAt = now;
        updatedBy = by;
    }

    private static void checkFits(IndicatorView indicator, BigDecimal value) {
        if (value == null) {
            return;
        }
        boolean fits = switch (indicator.type()) {
            case PERCENTAGE -> value.signum() >= 0 && value.compareTo(HUNDRED) <= 0;
            case YES_NO -> value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0;
            case SCALE -> (indicator.scaleMin() == null || value.compareTo(indicator.scaleMin()) >= 0)
                    && (indicator.scaleMax() == null || value.compareTo(indicator.scaleMax()) <= 0);
            case NUMBER -> true;
        };
        if (!fits) {
            throw ReportingException.valueOutOfRange(value.stripTrailingZeros().toPlainString());
        }
    }

    boolean isEmpty() {
        return total == null;
    }

    /** The value as the audit trail keeps it, under {@code label} (its indicator in its report). */
    Audited audited(String label, long planId) {
        var byPart = new TreeMap<String, Object>();
        parts.forEach(part -> byPart.put(part.partKey(), plain(part.amount())));
        return Audited.of(ProgressReports.VALUE, id, label, planId, AuditRecord.state("period", startsOn + "/" + endsOn,
                "total", plain(total), "numerator", plain(numerator), "denominator", plain(denominator),
                "parts", byPart, "note", note));
    }

    ValueView view() {
        var byPart = new TreeMap<String, BigDecimal>();
        parts.forEach(part -> byPart.put(part.partKey(), part.amount()));
        return new ValueView(id == null ? 0 : id, ReportActivity.revision(version), indicatorId, startsOn, endsOn, total,
                numerator, denominator, java.util.Collections.unmodifiableSortedMap(byPart), note, updatedAt, updatedBy);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long reportId() {
        return reportId;
    }

    long indicatorId() {
        return indicatorId;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    String updatedBy() {
        return updatedBy;
    }

    LocalDateTime updatedAt() {
        return updatedAt;
    }

    @Table("report_value_part")
    record Part(String partKey, BigDecimal amount) {
    }
}
