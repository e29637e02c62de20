package org.ariadne.dataquality;

import java.math.BigDecimal;

import org.ariadne.common.UserFacingException;

/** A data-quality setting refused, with the message key the officer reads in their language. */
public final class DataQualityException extends UserFacingException {

    private final String field;

    private DataQualityException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    /** The form field the refusal is about, or null. */
    public String field() {
        return field;
    }

    static DataQualityException thresholdRequired() {
        return new DataQualityException("threshold", "dataquality.error.threshold-required");
    }

    static DataQualityException thresholdOutOfRange(BigDecimal typed) {
        return new DataQualityException("threshold", "dataquality.error.threshold-range",
                typed.stripTrailingZeros().toPlainString());
    }

    static DataQualityException indicatorNotInPlan() {
        return new DataQualityException("indicatorId", "dataquality.error.indicator-not-in-plan");
    }

    static DataQualityException periodNotInPlan() {
        return new DataQualityException(null, "dataquality.error.period-not-in-plan");
    }
}
