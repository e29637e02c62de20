package org.ariadne.recommendations.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.ariadne.recommendations.Priority;
import org.ariadne.recommendations.RecommendationStatus;
import org.ariadne.recommendations.SourceKind;
import org.ariadne.recommendations.TrackerFilter;
import org.springframework.web.util.UriUtils;

/**
 * The tracker's filters and grouping as the address gives them ({@code group=source|institution}). A value that
 * cannot be read is left out rather than refused, as on the other lists.
 */
public record TrackerQuery(String plan, String source, String institution, String kind, String status,
        String priority, String without, String overdue, String q, String group) {

    public TrackerFilter filter() {
        return new TrackerFilter(number(plan), number(source), number(institution), named(SourceKind.class, kind),
                named(RecommendationStatus.class, status), named(Priority.class, priority), "activity".equals(without),
                "true".equals(overdue), q == null || q.isBlank() ? null : q.strip());
    }

    /** "source" (the default) or "institution". */
    public String grouping() {
        return "institution".equals(group) ? "institution" : "source";
    }

    public String suffix() {
        var filter = filter();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("plan", filter.planId());
        parameters.put("source", filter.sourceId());
        parameters.put("institution", filter.institutionId());
        parameters.put("kind", filter.kind());
        parameters.put("status", filter.status());
        parameters.put("priority", filter.priority());
        parameters.put("without", filter.withoutActivity() ? "activity" : null);
        parameters.put("overdue", filter.overdue() ? "true" : null);
        parameters.put("q", filter.text());
        var text = parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(String.valueOf(entry.getValue()),
                        StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return text.isEmpty() ? "" : "?" + text;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }
}
