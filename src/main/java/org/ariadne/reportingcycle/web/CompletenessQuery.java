package org.ariadne.reportingcycle.web;

import java.util.Locale;
import java.util.Optional;

import org.ariadne.institutions.InstitutionType;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The GET parameters of the completeness pages and their downloads, kept as text: a stale bookmark with an unknown
 * value shows the default view rather than an error page.
 *
 * @param periods how many of the latest periods to show: "4", "8" or "all" (the last four when not given)
 * @param type    an {@link InstitutionType} name, or nothing for every type
 */
public record CompletenessQuery(String periods, String type) {

    static final String LAST_4 = "4";
    static final String LAST_8 = "8";
    static final String ALL = "all";

    /** The value of {@code periods} in force. */
    public String range() {
        if (periods != null && (periods.strip().equals(LAST_8) || periods.strip().equalsIgnoreCase(ALL))) {
            return periods.strip().toLowerCase(Locale.ROOT);
        }
        return LAST_4;
    }

    /** How many periods to show, or empty for all of them. */
    public Optional<Integer> latest() {
        return switch (range()) {
            case ALL -> Optional.empty();
            case LAST_8 -> Optional.of(8);
            default -> Optional.of(4);
        };
    }

    public Optional<InstitutionType> institutionType() {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InstitutionType.valueOf(type.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    public boolean isDefault() {
        return range().equals(LAST_4) && institutionType().isEmpty();
    }

    /** A link to {@code path} that keeps the choices in force (only those that differ from the default). */
    public String link(String path) {
        var builder = UriComponentsBuilder.fromPath(path);
        if (!range().equals(LAST_4)) {
            builder.queryParam("periods", range());
        }
        institutionType().ifPresent(chosen -> builder.queryParam("type", chosen.name()));
        return builder.encode().build().toUriString();
    }
}
