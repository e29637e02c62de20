package org.ariadne.risks.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import org.ariadne.risks.RiskCategory;
import org.ariadne.risks.RiskFilter;
import org.ariadne.risks.RiskLevel;
import org.ariadne.risks.RiskStatus;
import org.springframework.web.util.UriUtils;

/**
 * The register's filters as the address gives them. A value that cannot be read (typed by hand, an old bookmark) is
 * left out rather than refused, as on the other lists.
 */
public record RiskQuery(String category, String level, String status, String likelihood, String impact, String owner,
        String current, String dueBy) {

    public RiskFilter filter() {
        return new RiskFilter(named(RiskCategory.class, category), named(RiskLevel.class, level),
                named(RiskStatus.class, status), scale(likelihood), scale(impact), number(owner),
                "true".equals(current) ? Boolean.TRUE : null, date(dueBy));
    }

    public boolean isEmpty() {
        return filter().isEmpty();
    }

    /** "?category=LEGAL&level=HIGH" for the downloads, with the values that could be read. */
    public String suffix() {
        var filter = filter();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("category", filter.category());
        parameters.put("level", filter.level());
        parameters.put("status", filter.status());
        parameters.put("likelihood", filter.likelihood());
        parameters.put("impact", filter.impact());
        parameters.put("owner", filter.owner());
        parameters.put("current", filter.current());
        parameters.put("dueBy", filter.dueBy());
        var text = parameters.entrySet().stream().filter(entry -> entry.getValue() != null)
                .map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(String.valueOf(entry.getValue()),
                        java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return text.isEmpty() ? "" : "?" + text;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    private static Integer scale(String value) {
        var number = number(value);
        return number == null || number < 1 || number > 5 ? null : number.intValue();
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException unreadable) {
            return null;
        }
    }
}
