package org.ariadne.reporting.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.ariadne.reporting.ValueCommand;
import org.ariadne.reporting.ValueView;

/**
 * The value form of one indicator for one collection period as Spring binds it: {@code total}, a percentage's
 * {@code numerator} and {@code denominator}, the parts by disaggregation
 * ({@code parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount}) and a {@code note}. Numbers are read by the registered
 * formatter. A part is a small record rather than a number so that Spring binds and checks each on its own: a part
 * that cannot be read is an error at its own box, and the other parts stay as typed.
 */
@FieldsTogether
record ValueForm(
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal total,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal numerator,
        @Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal denominator,
        Map<String, @Valid PartAmount> parts,
        @Size(max = 2000, message = "{validation.size.max}") String note) implements FieldsTogether.Checked {

    ValueForm {
        parts = parts == null ? Map.of() : parts;
    }

    /** One part of the value: the amount for one combination of categories. */
    record PartAmount(@Digits(integer = 15, fraction = 4, message = "{validation.number}") BigDecimal amount) {
    }

    @Override
    public Map<String, String> problems() {
        if ((numerator == null) == (denominator == null)) {
            return Map.of();
        }
        return Map.of(numerator == null ? "numerator" : "denominator", "{reporting.report.both-needed}");
    }

    /** What the report saves: the total and the parts together, in one call. */
    ValueCommand command() {
        var amounts = new LinkedHashMap<String, BigDecimal>();
        parts.forEach((key, part) -> amounts.put(key, part == null ? null : part.amount()));
        return new ValueCommand(total, numerator, denominator, amounts, note);
    }

    /** The amounts typed per part key; parts left empty are not in it. */
    Map<String, BigDecimal> amounts() {
        return command().parts();
    }

    /** Whether the value as saved says exactly what this form says; an empty total stands for the computed one. */
    boolean sameAs(ValueView saved) {
        var command = command();
        if (!same(command.numerator(), saved.numerator()) || !same(command.denominator(), saved.denominator())
                || !java.util.Objects.equals(ActivityForm.clean(command.note()), ActivityForm.clean(saved.note()))
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

    static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
