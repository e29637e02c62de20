package org.ariadne.plan.web;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.ariadne.common.ConflictException;
import org.ariadne.common.Labelled;
import org.ariadne.common.web.ConflictTexts;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.plan.BudgetLineCommand;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanCode;
import org.ariadne.plan.YearTargetCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Compares what the user submitted with what is now saved, field by field, so that the conflict page can show
 * the saved value under each field that differs. Values are compared as the plan stores them: blank text is
 * empty, 12.50 equals 12.5, empty budget lines and empty yearly targets do not count, codes in any spelling.
 */
@Component
class Conflicts {

    private final MessageSource messages;
    private final ConflictTexts conflictTexts;

    Conflicts(MessageSource messages, ConflictTexts conflictTexts) {
        this.messages = messages;
        this.conflictTexts = conflictTexts;
    }

    /**
     * @param what    the message key naming the element ("this activity")
     * @param mine    the command the user submitted
     * @param current the command of the element as now saved
     */
    <C extends Record> ConflictNotice notice(ConflictException conflict, String what, C mine, C current,
            InstitutionDirectory directory, Locale locale) {
        var element = messages.getMessage(what, null, locale);
        var text = conflict.knowsWhoAndWhen()
                ? messages.getMessage("plan.conflict.form", new Object[] {conflictTexts.who(conflict), element,
                        conflictTexts.when(conflict.changedAt(), locale)}, locale)
                : messages.getMessage("plan.conflict.form-anonymous", new Object[] {element}, locale);
        var saved = new LinkedHashMap<String, String>();
        for (var component : mine.getClass().getRecordComponents()) {
            var field = component.getName();
            var theirs = value(component.getAccessor(), current);
            if (!Objects.equals(normal(field, value(component.getAccessor(), mine)), normal(field, theirs))) {
                var shown = display(field, normal(field, theirs) == null ? null : theirs, directory, locale);
                saved.put(field, messages.getMessage("plan.conflict.saved", new Object[] {shown}, locale));
            }
        }
        return new ConflictNotice(text, saved);
    }

    private static Object value(java.lang.reflect.Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException impossible) {
            throw new IllegalStateException("Cannot read " + accessor, impossible);
        }
    }

    /** A value as the plan would store it, so that only real differences count. */
    static Object normal(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            if (text.isBlank()) {
                return null;
            }
            return field.equals("code") ? PlanCode.canonical(text) : text.strip();
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros();
        }
        if (value instanceof BudgetLineCommand line) {
            return line.isBlank() ? null : Arrays.asList(line.year(),
                    line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind(), line.sourceInstitutionId(),
                    normal("", line.planned()), normal("", line.secured()));
        }
        if (value instanceof YearTargetCommand target) {
            return target.year() == null || target.value() == null ? null
                    : List.of(target.year(), normal("", target.value()));
        }
        if (value instanceof Collection<?> items) {
            var kept = new ArrayList<Object>();
            items.stream().map(item -> normal(field, item)).filter(Objects::nonNull).forEach(kept::add);
            if (kept.stream().allMatch(item -> item instanceof Comparable<?>)) {
                kept.sort(null);
            }
            return kept.isEmpty() ? null : kept;
        }
        return value;
    }

    private String display(String field, Object value, InstitutionDirectory directory, Locale locale) {
        if (value == null) {
            return messages.getMessage("plan.conflict.empty", null, locale);
        }
        if (value instanceof Boolean yes) {
            return messages.getMessage(yes ? "common.yes" : "common.no", null, locale);
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Long id && (field.endsWith("InstitutionId") || field.endsWith("InstitutionIds"))) {
            return institution(id, directory);
        }
        if (value instanceof BudgetLineCommand line) {
            return budgetLine(line, directory, locale);
        }
        if (value instanceof YearTargetCommand target) {
            return target.year() + ": " + display("", target.value(), directory, locale);
        }
        if (value instanceof Collection<?> items) {
            return items.stream()
                    .filter(item -> normal(field, item) != null)
                    .map(item -> display(field, item, directory, locale))
                    .collect(Collectors.joining("; "));
        }
        if (value instanceof Enum<?> constant) {
            return label(constant, locale);
        }
        return value.toString();
    }

    private String budgetLine(BudgetLineCommand line, InstitutionDirectory directory, Locale locale) {
        var parts = new ArrayList<String>();
        parts.add(line.year() == null ? text("plan.budget.whole-period", locale) : line.year().toString());
        parts.add(label(line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind(), locale));
        if (line.sourceInstitutionId() != null) {
            parts.add(institution(line.sourceInstitutionId(), directory));
        }
        parts.add(text("plan.budget.planned", locale) + " " + display("", line.planned(), directory, locale));
        if (line.secured() != null) {
            parts.add(text("plan.budget.secured", locale) + " " + display("", line.secured(), directory, locale));
        }
        return String.join(" · ", parts);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static String institution(Long id, InstitutionDirectory directory) {
        return Objects.requireNonNullElse(directory.nameOf(id), "#" + id);
    }

    private String label(Enum<?> constant, Locale locale) {
        var key = constant instanceof Labelled labelled ? labelled.messageKey() : constant.name();
        return messages.getMessage(key, null, constant.name(), locale);
    }
}
