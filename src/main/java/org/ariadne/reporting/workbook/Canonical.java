package org.ariadne.reporting.workbook;

import java.math.BigDecimal;
import java.util.TreeMap;

import org.ariadne.plan.FundingSourceKind;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ValueCommand;

/**
 * One way of writing what a part of the report says, the same whether it comes from the database or from a
 * workbook cell: so that a workbook left as downloaded, or holding what is saved, is no change at all. Texts are
 * compared as a spreadsheet keeps them (line breaks and no-break spaces made plain, trimmed).
 */
final class Canonical {

    private Canonical() {
    }

    static String of(ActivityEntryCommand entry) {
        var text = new StringBuilder("status=").append(entry.status() == null ? "" : entry.status().name())
                .append("\u001fnarrative=").append(text(entry.narrative()))
                .append("\u001fproblems=").append(text(entry.problems()));
        for (var line : entry.spending()) {
            text.append("\u001fspent=").append(line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind())
                    .append('/').append(line.sourceInstitutionId() == null ? "" : line.sourceInstitutionId())
                    .append('/').append(number(line.amount() == null ? BigDecimal.ZERO : line.amount()));
        }
        return text.toString();
    }

    static String of(ValueCommand value) {
        var text = new StringBuilder("total=").append(number(value.total()))
                .append("\u001fnumerator=").append(number(value.numerator()))
                .append("\u001fdenominator=").append(number(value.denominator()))
                .append("\u001fnote=").append(text(value.note()));
        new TreeMap<>(value.parts()).forEach((key, amount) -> text.append("\u001fpart=").append(key).append('/')
                .append(number(amount)));
        return text.toString();
    }

    /** A short digest of {@link #of}, kept in the workbook for each part as it was downloaded. */
    static String digest(String canonical) {
        return TemplateStamp.sha256(canonical).substring(0, 16);
    }

    static String text(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace('\r', '\n').replace('\u00A0', ' ').replace('\u2007', ' ')
                .replace('\u202F', ' ').strip();
    }

    static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
