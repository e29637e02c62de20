package org.ariadne.audit.web;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditEntry;
import org.ariadne.common.PersonNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the values stored in audit snapshots into text a person reads: lists joined, per-year maps as
 * "2016: 5, 2017: 8", yes/no and coded values (status, type, role) in the reader's language, and "—" for nothing.
 * The people a record names (who submitted or accepted a report) are shown by their full names.
 */
@Component
class AuditValues {

    static final String NOTHING = "—";

    /**
     * Fields that hold a coded value, with the message key prefix the owning module uses for it (an enum's
     * {@code messageKey()}); keys are looked up, never imported, so the audit module depends on no other module.
     */
    private static final Map<String, String> CODED = Map.ofEntries(
            Map.entry("institution.type", "institution.type."),
            Map.entry("institution.level", "institution.level."),
            Map.entry("plan.status", "plan.status."),
            Map.entry("strategic-objective.thematicArea", "plan.area."),
            Map.entry("activity.status", "plan.activity-status."),
            Map.entry("activity.frequency", "plan.frequency."),
            Map.entry("indicator.resultLevel", "plan.level."),
            Map.entry("indicator.type", "plan.indicator-type."),
            Map.entry("indicator.direction", "plan.direction."),
            Map.entry("indicator.disaggregations", "plan.disaggregation."),
            Map.entry("indicator.frequency", "plan.frequency."),
            Map.entry("user.roles", "role."),
            Map.entry("progress-report.status", "reporting.status."),
            Map.entry("report-activity.status", "plan.activity-status."),
            Map.entry("corrective-action.status", "review.action-status."),
            Map.entry("half-year-review.status", "review.status."),
            Map.entry("activity-rating.rating", "review.rating."));

    /** Fields that hold the user name of the person who did something to the record. */
    private static final Set<String> PEOPLE = Set.of("submittedBy", "returnedBy", "acceptedBy", "reopenedBy",
            "approvedBy");

    /**
     * Fields written as a line of text around a funding source's code ("2016: STATE_BUDGET Kosovo Police 1000"): the
     * code is worded ("State budget"), the rest stays as written.
     */
    private static final Set<String> FUNDED = Set.of("activity.budget", "report-activity.spending");
    private static final Pattern FUNDING_CODE = Pattern.compile("\\b(STATE_BUDGET|MUNICIPALITY|DONOR|OTHER)\\b");

    private final MessageSource messages;
    private final PersonNames people;

    AuditValues(MessageSource messages, PersonNames people) {
        this.messages = messages;
        this.people = people;
    }

    /**
     * The fields the entry changed, each with its readable value before and after; fields whose values only differ
     * in form (an empty list where there was nothing) are left out.
     */
    List<FieldLine> lines(AuditEntry entry, Locale locale) {
        return entry.changes().stream()
                .map(change -> new FieldLine(change.field(),
                        format(entry.entityType(), change.field(), change.before(), locale),
                        format(entry.entityType(), change.field(), change.after(), locale)))
                .filter(line -> !Objects.equals(line.before(), line.after()))
                .toList();
    }

    String format(String entityType, String field, Object value, Locale locale) {
        if (value == null) {
            return NOTHING;
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "common.yes" : "common.no", null, yes.toString(), locale);
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? NOTHING
                    : items.stream().map(item -> format(entityType, field, item, locale)).collect(Collectors.joining(", "));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? NOTHING
                    : map.entrySet().stream()
                            .map(entry -> entry.getKey() + ": " + format(entityType, field, entry.getValue(), locale))
                            .collect(Collectors.joining(", "));
        }
        var text = value.toString();
        if (text.isBlank()) {
            return NOTHING;
        }
        if (PEOPLE.contains(field)) {
            return Objects.requireNonNullElse(people.displayName(text), text);
        }
        if (FUNDED.contains(entityType + "." + field)) {
            return FUNDING_CODE.matcher(text).replaceAll(code -> Matcher.quoteReplacement(messages.getMessage(
                    "plan.funding." + code.group(1).toLowerCase(Locale.ROOT), null, code.group(1), locale)));
        }
        var prefix = CODED.get(entityType + "." + field);
        return prefix == null ? text : messages.getMessage(prefix + text.toLowerCase(Locale.ROOT), null, text, locale);
    }

    /** The field's name in the reader's language ({@code audit.field.<name>}), or the stored name. */
    String fieldName(String field, Locale locale) {
        return messages.getMessage("audit.field." + field, null, field, locale);
    }

    String typeName(String entityType, Locale locale) {
        return messages.getMessage("audit.type." + entityType, null, entityType, locale);
    }

    String actionName(AuditEntry entry, Locale locale) {
        return messages.getMessage(actionKey(entry), null, entry.action().name(), locale);
    }

    static String actionKey(AuditEntry entry) {
        return "audit.action." + entry.action().name().toLowerCase(Locale.ROOT);
    }

    /** The badge colour of an action: deletions stand out, creations look reassuring. */
    static String badge(AuditEntry entry) {
        return switch (entry.action()) {
            case CREATED -> "ok";
            case UPDATED -> "info";
            case DELETED -> "bad";
            case IMPORTED -> "warn";
            case MOVED -> "muted";
        };
    }

    /** One changed field with its value before and after, ready to show. */
    public record FieldLine(String field, String before, String after) {
    }
}
