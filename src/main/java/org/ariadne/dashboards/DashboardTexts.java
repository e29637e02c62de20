package org.ariadne.dashboards;

import java.math.BigDecimal;
import java.util.Locale;

import org.ariadne.progress.Achievement;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The words of charts and tables in the reader's language, from the message bundles. */
@Component
class DashboardTexts {

    private final MessageSource messages;

    DashboardTexts(MessageSource messages) {
        this.messages = messages;
    }

    String get(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** A label that may not be in the bundles (a region configured on site): the code itself then. */
    String orCode(String key, String code, Locale locale) {
        return messages.getMessage(key, null, code, locale);
    }

    /**
     * An achievement as a table cell: the percentage when it was measured, otherwise the reason in words, so that a
     * download never shows "not measurable" as 0 or as an empty cell.
     */
    Object cell(Achievement achievement, Locale locale) {
        if (achievement.isMeasured()) {
            return achievement.percent();
        }
        return words(achievement, locale);
    }

    /** "not measurable: no target", "no data yet". */
    String words(Achievement achievement, Locale locale) {
        return switch (achievement.kind()) {
            case MEASURED -> get("dashboards.percent", locale, achievement.percent().setScale(0, java.math.RoundingMode.HALF_UP));
            case NO_DATA -> get("dashboards.achievement.no-data", locale);
            case NOT_MEASURABLE -> get("dashboards.achievement.not-measurable-because", locale,
                    get(achievement.reasonKey(), locale));
        };
    }

    String light(Achievement achievement, Locale locale) {
        return get(achievement.light().messageKey(), locale);
    }

    static BigDecimal tidy(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
