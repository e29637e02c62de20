package org.ariadne.quality.web;

import java.util.Locale;

import org.ariadne.quality.QualityFilter;
import org.ariadne.quality.QualityRule;
import org.ariadne.quality.Severity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The GET parameters of the audit page and its downloads, kept as typed text: a stale bookmark with a rule code
 * that no longer exists shows everything rather than an error page.
 */
public record QualityQuery(String by, String rule, String severity, String objective, String institution) {

    static final String BY_RULE = "rule";
    static final String BY_ELEMENT = "element";

    boolean byRule() {
        return BY_RULE.equalsIgnoreCase(by);
    }

    QualityFilter filter() {
        return new QualityFilter(QualityRule.byCode(rule).orElse(null), chosenSeverity(), id(objective), id(institution));
    }

    private Severity chosenSeverity() {
        if (severity == null || severity.isBlank()) {
            return null;
        }
        try {
            return Severity.valueOf(severity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Long id(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /** The filter as query parameters (only the parts in use), for links that keep it. */
    MultiValueMap<String, String> parameters(boolean withGrouping) {
        var parameters = new LinkedMultiValueMap<String, String>();
        var filter = filter();
        if (withGrouping && byRule()) {
            parameters.add("by", BY_RULE);
        }
        if (filter.rule() != null) {
            parameters.add("rule", filter.rule().code());
        }
        if (filter.severity() != null) {
            parameters.add("severity", filter.severity().name());
        }
        if (filter.strategicObjectiveId() != null) {
            parameters.add("objective", filter.strategicObjectiveId().toString());
        }
        if (filter.institutionId() != null) {
            parameters.add("institution", filter.institutionId().toString());
        }
        return parameters;
    }
}
