package org.ariadne.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.validation.Validator;

import org.ariadne.common.text.LenientNumber;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reporting.ValueView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The two forms of the report page as the user typed them (text, so that a page shown again keeps "12,5" or
 * "a lot" exactly as written), and their reading into the service's command records: numbers are read the way
 * people type them, then the commands are validated like any other. The institution and the report are never
 * read from a form; they come from the address.
 */
@Component
class ReportForms {

    /** More lines than any activity has sources; a bound on what one request can ask to store. */
    static final int MAX_SPENDING_LINES = 50;
    static final String PART_PREFIX = "part.";

    private final MessageSource messages;
    private final Validator validator;

    ReportForms(MessageSource messages, Validator validator) {
        this.messages = messages;
        this.validator = validator;
    }

    /** The activity form: status (1–4), narrative, problems and the funds spent, line by line. */
    record ActivityForm(String status, String narrative, String problems, List<SpendingLine> spending) {

        static ActivityForm of(ActivityEntryView entry) {
            return new ActivityForm(entry.status() == null ? null : entry.status().name(), entry.narrative(),
                    entry.problems(), entry.spending().stream().map(line -> new SpendingLine(
                            line.kind() == null ? null : line.kind().name(),
                            line.sourceInstitutionId() == null ? null : line.sourceInstitutionId().toString(),
                            plain(line.amount()))).toList());
        }

        static ActivityForm from(MultiValueMap<String, String> params) {
            var lines = new ArrayList<SpendingLine>();
            for (int i = 0; i < MAX_SPENDING_LINES; i++) {
                var prefix = "spending[" + i + "].";
                if (!params.containsKey(prefix + "kind") && !params.containsKey(prefix + "amount")
                        && !params.containsKey(prefix + "sourceInstitutionId")) {
                    continue;
                }
                lines.add(new SpendingLine(params.getFirst(prefix + "kind"),
                        params.getFirst(prefix + "sourceInstitutionId"), params.getFirst(prefix + "amount")));
            }
            return new ActivityForm(params.getFirst("status"), params.getFirst("narrative"), params.getFirst("problems"),
                    List.copyOf(lines));
        }

        /** The lines to show: those typed or saved, and one blank line to add another source. */
        List<SpendingLine> linesWithBlank() {
            var lines = new ArrayList<>(spending.stream().filter(line -> !line.isBlank()).toList());
            lines.add(new SpendingLine(null, null, null));
            return lines;
        }
    }

    record SpendingLine(String kind, String sourceInstitutionId, String amount) {

        boolean isBlank() {
            return blank(sourceInstitutionId) && blank(amount);
        }
    }

    /** One indicator value: the total, a percentage's numerator and denominator, the parts, a note. */
    record ValueForm(String total, String numerator, String denominator, Map<String, String> parts, String note) {

        static ValueForm of(ValueView value) {
            var parts = new TreeMap<String, String>();
            value.parts().forEach((key, amount) -> parts.put(key, plain(amount)));
            return new ValueForm(plain(value.total()), plain(value.numerator()), plain(value.denominator()), parts,
                    value.note());
        }

        static ValueForm from(MultiValueMap<String, String> params) {
            var parts = new TreeMap<String, String>();
            params.forEach((name, values) -> {
                if (name.startsWith(PART_PREFIX) && !values.isEmpty()) {
                    parts.put(name.substring(PART_PREFIX.length()), values.get(0));
                }
            });
            return new ValueForm(params.getFirst("total"), params.getFirst("numerator"), params.getFirst("denominator"),
                    parts, params.getFirst("note"));
        }

        String part(String key) {
            return parts.get(key);
        }
    }

    /** A form read: the command when everything could be read and is valid, else the problem per field. */
    record Reading<C>(C command, Map<String, String> errors) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Reading<ActivityEntryCommand> read(ActivityForm form, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        ActivityStatus status = null;
        if (!blank(form.status())) {
            status = activityStatus(form.status().strip());
            if (status == null) {
                errors.put("status", text("reporting.report.choose-status", locale));
            }
        }
        var lines = new ArrayList<SpendingCommand>();
        for (int i = 0; i < form.spending().size(); i++) {
            var line = form.spending().get(i);
            if (line.isBlank()) {
                continue;
            }
            var path = "spending[" + i + "].";
            FundingSourceKind kind = null;
            if (!blank(line.kind())) {
                kind = enumValue(FundingSourceKind.class, line.kind());
                if (kind == null) {
                    errors.put(path + "kind", text("reporting.report.unknown-choice", locale));
                }
            }
            Long source = null;
            if (!blank(line.sourceInstitutionId())) {
                try {
                    source = Long.valueOf(line.sourceInstitutionId().strip());
                } catch (NumberFormatException notAnId) {
                    errors.put(path + "sourceInstitutionId", text("reporting.report.unknown-choice", locale));
                }
            }
            var amount = number(line.amount(), path + "amount", errors, locale);
            if (blank(line.amount())) {
                errors.put(path + "amount", text("reporting.report.amount-required", locale));
            }
            lines.add(new SpendingCommand(kind, source, amount));
        }
        var command = new ActivityEntryCommand(status, form.narrative(), form.problems(), lines);
        // the service drops blank lines: violations are numbered like the lines that were kept
        var kept = keptLineIndexes(form.spending());
        for (var violation : validator.validate(command)) {
            var field = violation.getPropertyPath().toString();
            var matcher = java.util.regex.Pattern.compile("^spending\\[(\\d+)\\](.*)$").matcher(field);
            if (matcher.matches()) {
                int kept0 = Integer.parseInt(matcher.group(1));
                field = "spending[" + (kept0 < kept.size() ? kept.get(kept0) : kept0) + "]" + matcher.group(2);
            }
            errors.putIfAbsent(field, violation.getMessage());
        }
        return new Reading<>(errors.isEmpty() ? command : null, errors);
    }

    Reading<ValueCommand> read(ValueForm form, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        var total = number(form.total(), "total", errors, locale);
        var numerator = number(form.numerator(), "numerator", errors, locale);
        var denominator = number(form.denominator(), "denominator", errors, locale);
        if ((numerator == null) != (denominator == null) && !errors.containsKey("numerator")
                && !errors.containsKey("denominator")) {
            errors.put(numerator == null ? "numerator" : "denominator", text("reporting.report.both-needed", locale));
        }
        var parts = new LinkedHashMap<String, BigDecimal>();
        form.parts().forEach((key, typed) -> {
            var amount = number(typed, PART_PREFIX + key, errors, locale);
            if (amount != null) {
                parts.put(key, amount);
            }
        });
        var command = new ValueCommand(total, numerator, denominator, parts, form.note());
        for (var violation : validator.validate(command)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return new Reading<>(errors.isEmpty() ? command : null, errors);
    }

    /** Whether the entry as saved says exactly what the command says (as the report stores it). */
    static boolean sameAs(ActivityEntryCommand command, ActivityEntryView saved) {
        if (command.status() != saved.status() || !Objects.equals(clean(command.narrative()), clean(saved.narrative()))
                || !Objects.equals(clean(command.problems()), clean(saved.problems()))
                || command.spending().size() != saved.spending().size()) {
            return false;
        }
        for (int i = 0; i < command.spending().size(); i++) {
            var mine = command.spending().get(i);
            var theirs = saved.spending().get(i);
            var kind = mine.kind() == null ? FundingSourceKind.STATE_BUDGET : mine.kind();
            if (kind != theirs.kind() || !Objects.equals(mine.sourceInstitutionId(), theirs.sourceInstitutionId())
                    || !same(mine.amount() == null ? BigDecimal.ZERO : mine.amount(), theirs.amount())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the value as saved says exactly what the command says; an empty total stands for the computed one. */
    static boolean sameAs(ValueCommand command, ValueView saved) {
        if (!same(command.numerator(), saved.numerator()) || !same(command.denominator(), saved.denominator())
                || !Objects.equals(clean(command.note()), clean(saved.note()))
                || !command.parts().keySet().equals(saved.parts().keySet())) {
            return false;
        }
        for (var part : command.parts().entrySet()) {
            if (!same(part.getValue(), saved.parts().get(part.getKey()))) {
                return false;
            }
        }
        var computed = command.numerator() != null || !command.parts().isEmpty();
        return command.total() == null ? computed || saved.total() == null : same(command.total(), saved.total());
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String clean(String text) {
        return blank(text) ? null : text.strip();
    }

    private static List<Integer> keptLineIndexes(List<SpendingLine> lines) {
        var kept = new ArrayList<Integer>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                kept.add(i);
            }
        }
        return kept;
    }

    private BigDecimal number(String typed, String field, Map<String, String> errors, Locale locale) {
        if (blank(typed)) {
            return null;
        }
        var parsed = LenientNumber.parse(typed);
        if (parsed.hasProblem()) {
            errors.put(field, text("reporting.report.not-a-number", locale, typed.strip()));
            return null;
        }
        return parsed.value();
    }

    /** "COMPLETED", or the number the monitoring matrix uses ("4"). */
    static ActivityStatus activityStatus(String typed) {
        for (var status : ActivityStatus.values()) {
            if (status.name().equalsIgnoreCase(typed) || Integer.toString(status.number()).equals(typed)) {
                return status;
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String typed) {
        try {
            return Enum.valueOf(type, typed.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** 12.5 rather than 12.5000, as stored values are shown in forms. */
    static String plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
