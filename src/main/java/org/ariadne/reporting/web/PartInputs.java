package org.ariadne.reporting.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.ValueView;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * What the fields of a part of the report page show: the values as saved, or, when a save came back, what the user
 * typed, taken from Spring's binding result (a value that could not be read is shown exactly as typed, "a lot").
 */
final class PartInputs {

    private static final String PARTS = "parts[";
    private static final String PART_END = "].amount";

    private PartInputs() {
    }

    /** An activity's fields: the status by name, the texts, and the lines of funds spent. */
    record ActivityInput(String status, String narrative, String problems, List<LineInput> spending) {

        static ActivityInput of(ActivityEntryView entry) {
            return new ActivityInput(entry.status() == null ? null : entry.status().name(), entry.narrative(),
                    entry.problems(), entry.spending().stream().map(line -> new LineInput(
                            line.kind() == null ? null : line.kind().name(),
                            line.sourceInstitutionId() == null ? null : line.sourceInstitutionId().toString(),
                            plain(line.amount()))).toList());
        }

        /** The form as posted; {@code form} is null when nothing could be bound. */
        static ActivityInput typed(ActivityForm form, BindingResult result) {
            // every line the page posts has its kind, so Spring keeps a line even when its amount cannot be read
            var bound = form == null ? List.<ActivityForm.SpendingLine>of() : form.spending();
            var lines = new ArrayList<LineInput>();
            for (int i = 0; i < bound.size(); i++) {
                var line = bound.get(i);
                var path = "spending[" + i + "].";
                lines.add(new LineInput(
                        shown(result, path + "kind", line.kind() == null ? null : line.kind().name()),
                        shown(result, path + "sourceInstitutionId", line.sourceInstitutionId()),
                        shown(result, path + "amount", line.amount())));
            }
            return new ActivityInput(
                    shown(result, "status", form == null || form.status() == null ? null : form.status().name()),
                    shown(result, "narrative", form == null ? null : form.narrative()),
                    shown(result, "problems", form == null ? null : form.problems()), List.copyOf(lines));
        }

        /**
         * The lines to show: those saved or typed (at the place they were typed, so that each reason stays at its
         * line), and a blank line to add another source.
         */
        List<LineInput> linesWithBlank() {
            var lines = new ArrayList<>(spending);
            if (lines.isEmpty() || !lines.get(lines.size() - 1).isBlank()) {
                lines.add(new LineInput(null, null, null));
            }
            return lines;
        }
    }

    record LineInput(String kind, String sourceInstitutionId, String amount) {

        boolean isBlank() {
            return blank(sourceInstitutionId) && blank(amount);
        }
    }

    /** An indicator value's fields; the parts by their key ("SEX=FEMALE|AGE_GROUP=UNDER_18"). */
    record ValueInput(String total, String numerator, String denominator, Map<String, String> parts, String note) {

        static ValueInput of(ValueView value) {
            var parts = new TreeMap<String, String>();
            value.parts().forEach((key, amount) -> parts.put(key, plain(amount)));
            return new ValueInput(plain(value.total()), plain(value.numerator()), plain(value.denominator()), parts,
                    value.note());
        }

        static ValueInput typed(ValueForm form, BindingResult result) {
            var parts = new TreeMap<String, String>();
            if (form != null) {
                form.amounts().forEach((key, amount) -> parts.put(key, plain(amount)));
            }
            for (var error : result.getFieldErrors()) {
                if (error.getField().startsWith(PARTS) && error.getField().endsWith(PART_END)
                        && error.isBindingFailure()) {
                    parts.put(partKey(error.getField()), typedText(error));
                }
            }
            return new ValueInput(shown(result, "total", form == null ? null : form.total()),
                    shown(result, "numerator", form == null ? null : form.numerator()),
                    shown(result, "denominator", form == null ? null : form.denominator()), parts,
                    shown(result, "note", form == null ? null : form.note()));
        }

        String part(String key) {
            return parts.get(key);
        }
    }

    /** The form field of a part ("parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount"), as the page names its box. */
    static String partField(String key) {
        return PARTS + key + PART_END;
    }

    static boolean isPartField(String field) {
        return field.startsWith(PARTS);
    }

    private static String partKey(String field) {
        return field.substring(PARTS.length(), field.length() - PART_END.length());
    }

    /** What a field shows: the text as typed when it could not be read, else the value Spring bound. */
    private static String shown(BindingResult result, String field, Object bound) {
        var error = result.getFieldError(field);
        if (error != null && error.isBindingFailure()) {
            return typedText(error);
        }
        return bound instanceof BigDecimal number ? plain(number) : bound == null ? null : bound.toString();
    }

    private static String typedText(FieldError error) {
        var rejected = error.getRejectedValue();
        if (rejected instanceof Object[] several) {
            rejected = several.length == 0 ? null : several[0];
        }
        return rejected == null ? null : rejected.toString();
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
