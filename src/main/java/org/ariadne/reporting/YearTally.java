package org.ariadne.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

import org.ariadne.reporting.ReportedValues.YearValue;

/**
 * The values of one indicator in one year added up: how many, their sum, the sums of the numerators and denominators
 * that were given, and the latest value (latest period end, then latest entered). Values can be added and taken away
 * again, so that accepting and reopening a report keeps {@code indicator_year_total} exact; only the latest value
 * cannot be taken away, it must be looked up again ({@link #lastAmong}).
 */
final class YearTally {

    int count;
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal numeratorSum = BigDecimal.ZERO;
    int numerators;
    BigDecimal denominatorSum = BigDecimal.ZERO;
    int denominators;
    LocalDate lastEndsOn;
    Long lastValueId;
    BigDecimal lastTotal;

    /** Counts one value (its total is never null: values without a total do not count). */
    void add(long valueId, LocalDate endsOn, BigDecimal total, BigDecimal numerator, BigDecimal denominator) {
        count++;
        sum = sum.add(total);
        if (numerator != null) {
            numerators++;
            numeratorSum = numeratorSum.add(numerator);
        }
        if (denominator != null) {
            denominators++;
            denominatorSum = denominatorSum.add(denominator);
        }
        offerLast(endsOn, valueId, total);
    }

    /** Adds what {@code other} counted. */
    void add(YearTally other) {
        count += other.count;
        sum = sum.add(other.sum);
        numerators += other.numerators;
        numeratorSum = numeratorSum.add(other.numeratorSum);
        denominators += other.denominators;
        denominatorSum = denominatorSum.add(other.denominatorSum);
        if (other.lastValueId != null) {
            offerLast(other.lastEndsOn, other.lastValueId, other.lastTotal);
        }
    }

    /**
     * Takes away what {@code other} counted. Returns false when the latest value was one of those taken away: the
     * caller then finds the latest of the values left ({@link #lastAmong}).
     */
    boolean subtract(YearTally other, java.util.Set<Long> otherIds) {
        count -= other.count;
        sum = sum.subtract(other.sum);
        numerators -= other.numerators;
        numeratorSum = numeratorSum.subtract(other.numeratorSum);
        denominators -= other.denominators;
        denominatorSum = denominatorSum.subtract(other.denominatorSum);
        if (count <= 0) {
            clear();
            return true;
        }
        return lastValueId == null || !otherIds.contains(lastValueId);
    }

    void lastAmong(LocalDate endsOn, Long valueId, BigDecimal total) {
        lastEndsOn = endsOn;
        lastValueId = valueId;
        lastTotal = total;
    }

    private void offerLast(LocalDate endsOn, long valueId, BigDecimal total) {
        if (lastValueId == null || endsOn.isAfter(lastEndsOn) || endsOn.isEqual(lastEndsOn) && valueId > lastValueId) {
            lastAmong(endsOn, valueId, total);
        }
    }

    private void clear() {
        count = 0;
        sum = BigDecimal.ZERO;
        numerators = 0;
        numeratorSum = BigDecimal.ZERO;
        denominators = 0;
        denominatorSum = BigDecimal.ZERO;
        lastAmong(null, null, null);
    }

    /** True when both count the same values: a tally of nothing equals any other tally of nothing. */
    boolean sameAs(YearTally other) {
        if (count <= 0 || other.count <= 0) {
            return count <= 0 && other.count <= 0;
        }
        return count == other.count && sum.compareTo(other.sum) == 0 && numerators == other.numerators
                && numeratorSum.compareTo(other.numeratorSum) == 0 && denominators == other.denominators
                && denominatorSum.compareTo(other.denominatorSum) == 0
                && java.util.Objects.equals(lastEndsOn, other.lastEndsOn)
                && java.util.Objects.equals(lastValueId, other.lastValueId)
                && (lastTotal == null ? other.lastTotal == null
                        : other.lastTotal != null && lastTotal.compareTo(other.lastTotal) == 0);
    }

    /** The figures in a line for a person repairing data ("3 values, sum 12, latest 5 on 2026-03-31 (value 812)"). */
    String figures() {
        if (count <= 0) {
            return "no accepted value";
        }
        var line = new StringBuilder().append(count).append(count == 1 ? " value" : " values")
                .append(", sum ").append(sum.stripTrailingZeros().toPlainString());
        if (numerators > 0) {
            line.append(", numerators ").append(numeratorSum.stripTrailingZeros().toPlainString());
        }
        if (denominators > 0) {
            line.append(", denominators ").append(denominatorSum.stripTrailingZeros().toPlainString());
        }
        if (lastValueId != null) {
            line.append(", latest ").append(lastTotal == null ? "–" : lastTotal.stripTrailingZeros().toPlainString())
                    .append(" on ").append(lastEndsOn).append(" (value ").append(lastValueId).append(')');
        }
        return line.toString();
    }

    /**
     * As the progress rules read it. Sums of parts that were never given are null, as SQL's {@code sum} of nothing
     * is; the average is exact to 34 digits, rounded where a figure is shown.
     */
    YearValue toYearValue(long indicatorId, int year) {
        var average = sum.divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
        return new YearValue(indicatorId, year, sum, average, lastTotal, numerators == 0 ? null : numeratorSum,
                denominators == 0 ? null : denominatorSum, count);
    }
}
