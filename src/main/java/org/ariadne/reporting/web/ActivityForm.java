package org.ariadne.reporting.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ActivityEntryView;
import org.ariadne.reporting.SpendingCommand;

/**
 * The activity form of the report page as Spring binds it ({@code status}, {@code narrative}, {@code problems},
 * {@code spending[0].amount}, ...). Every line is kept as posted, the empty one included, so that a reason stays
 * at the line it is about; {@link #command()} drops the empty lines.
 */
record ActivityForm(ActivityStatus status,
        @Size(max = 8000, message = "{validation.size.max}") String narrative,
        @Size(max = 4000, message = "{validation.size.max}") String problems,
        List<@Valid SpendingLine> spending) {

    ActivityForm {
        spending = spending == null ? List.of() : spending.stream().filter(Objects::nonNull).toList();
    }

    /** One line of funds spent: from which kind of source, which donor or ministry, how much. */
    @FieldsTogether
    record SpendingLine(FundingSourceKind kind, Long sourceInstitutionId,
            @DecimalMin(value = "0", message = "{validation.not-negative}")
            @Digits(integer = 17, fraction = 2, message = "{validation.amount}") BigDecimal amount)
            implements FieldsTogether.Checked {

        boolean isBlank() {
            return sourceInstitutionId == null && amount == null;
        }

        @Override
        public Map<String, String> problems() {
            return !isBlank() && amount == null ? Map.of("amount", "{reporting.report.amount-required}") : Map.of();
        }
    }

    ActivityEntryCommand command() {
        return new ActivityEntryCommand(status, narrative, problems, spending.stream()
                .map(line -> new SpendingCommand(line.kind(), line.sourceInstitutionId(), line.amount())).toList());
    }

    /** Whether the entry as saved says exactly what this form says (as the report stores it). */
    boolean sameAs(ActivityEntryView saved) {
        var command = command();
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
                    || !ValueForm.same(mine.amount() == null ? BigDecimal.ZERO : mine.amount(), theirs.amount())) {
                return false;
            }
        }
        return true;
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
