package org.ariadne.workbook;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.ariadne.common.spreadsheet.Cell;
import org.ariadne.common.spreadsheet.CellKind;
import org.ariadne.common.spreadsheet.Row;
import org.ariadne.common.text.LenientNumber;
import org.ariadne.common.text.NameKey;
import org.ariadne.plan.FundingSourceKind;

/**
 * Amounts and funding sources as offices write them: a currency before or after the number, "thousand" in the
 * header, "n/a" or "within regular budget" for no amount, state-budget wording in any language.
 */
final class BudgetCells {

    /** What a funding source cell means: a kind, and for a named donor or funder, the institution. */
    static final class Source {
        FundingSourceKind kind = FundingSourceKind.STATE_BUDGET;
        Long institution;
    }

    private final HeaderMap header;
    private final CellValues values;
    private final ReadingNotes notes;
    private final InstitutionCells institutions;
    private final Vocabulary vocabulary;
    private final Set<String> currencies = new TreeSet<>();
    /** The currency the budget header names ("Budget (ALL)"), or null. */
    private String headerCurrency;
    private BigDecimal multiplier = BigDecimal.ONE;

    /** An amount and the currency written with it (in its cell or its header), null for none. */
    record Amount(BigDecimal value, String currency) {
    }

    BudgetCells(Vocabulary vocabulary, HeaderMap header, CellValues values, ReadingNotes notes,
            InstitutionCells institutions) {
        this.vocabulary = vocabulary;
        this.header = header;
        this.values = values;
        this.notes = notes;
        this.institutions = institutions;
    }

    private static final Pattern STATE_BUDGET = Pattern.compile(".*\\b(state budget|national budget|government budget|"
            + "central budget|regular budget|budget of the republic|budget of kosovo|kosovo budget|republic budget|"
            + "buxhet\\w*( i| e)? (shtetit|kosoves|republikes|rregullt|qeverise)|buxheti i shtetit|buxhet shteteror|"
            + "drzavn\\w* budzet\\w*|budzet\\w* republike|budzet\\w* rs|budzet\\w* rsm|budzet\\w* rm|budzet\\w* na republika|"
            + "redovn\\w* budzet\\w*|redovn\\w* sredstv\\w*|budzet\\w* crne gore|budzet\\w* bih|budzet\\w* institucij\\w*|"
            + "drzhaven budzhet|budzhet\\w* na republika|redoven budzhet|budzhet na rsm|budzhetot na|"
            + "drzaven budzet|redoven budzet|budzet na rsm|"
            // Moldova: "bugetul de stat", "bugetul public national"
            + "bugetul? de stat|bugetul statului|bugetul? public national|bugetul national|"
            + "gosudarstvenn\\w* bjudzet\\w*|drzavni proracun|budget of the state|state funds|public budget)\\b.*");
    private static final Pattern MUNICIPAL_BUDGET = Pattern.compile(".*\\b(municipal|municipality|local budget|"
            + "komunal\\w*|komuna|opstin\\w*|opshtin\\w*|lokaln\\w* budzet\\w*|lokalen budzhet|lokalna samouprava)\\b.*");
    private static final Pattern DONORS = Pattern.compile("^(donor|donors|donator|donatoret|donatori|donatorи|"
            + "international donors|donatoret nderkombetare|medjunarodni donatori|megjunarodni donatori|"
            + "external funding|external donors|donacije|donacii)$");

    /**
     * What a funding source cell means: state-budget wording in any language is the state budget (never a donor),
     * municipal wording a municipality, "Donors" a donor without a name, another name a donor institution.
     */
    /** The funding source's cell on the row ("H14"), null when the sheet has no such column. */
    private String reference(Row row) {
        var cell = header.cell(row, WorkbookColumn.FUNDING_SOURCE);
        return cell == null ? null : cell.reference();
    }

    Source fundingSource(Row row, String text) {
        var source = new Source();
        if (text == null || noAmount(text) != null && !STATE_BUDGET.matcher(NameKey.of(text)).matches()) {
            return source;
        }
        var parts = InstitutionCells.STRONG_SEPARATORS.split(text);
        var first = parts[0].strip();
        if (parts.length > 1 || first.matches(".*\\s[/,]\\s.*")) {
            var pieces = text.split("\\s*(?:;|\\r?\\n|/|,)\\s*");
            first = pieces[0].strip();
            if (pieces.length > 1) {
                values.warning(row, WorkbookColumn.FUNDING_SOURCE, "workbook.note.several-sources", first,
                        String.join("; ", Arrays.asList(pieces).subList(1, pieces.length)));
            }
        }
        var colon = first.indexOf(':');
        var asKind = vocabulary.choice(FundingSourceKind.class, colon < 0 ? first : first.substring(0, colon));
        var key = NameKey.of(first);
        if (asKind.isPresent()) {
            source.kind = asKind.get();
            if (colon >= 0 && !first.substring(colon + 1).isBlank()) {
                source.institution = institutions.idFor(first.substring(colon + 1).strip(), InstitutionRole.FUNDER,
                        row.number(), reference(row));
            }
        } else if (STATE_BUDGET.matcher(key).matches() || key.equals("budget") || key.equals("buxheti")
                || key.equals("budzet") || key.equals("budzhet")) {
            source.kind = FundingSourceKind.STATE_BUDGET;
        } else if (MUNICIPAL_BUDGET.matcher(key).matches()) {
            source.kind = FundingSourceKind.MUNICIPALITY;
        } else if (DONORS.matcher(key).matches()) {
            source.kind = FundingSourceKind.DONOR;
        } else {
            source.kind = FundingSourceKind.DONOR;
            source.institution = institutions.idFor(first, InstitutionRole.FUNDER, row.number(), reference(row));
        }
        return source;
    }

    private static final Pattern NO_AMOUNT = Pattern.compile("^(n a|na|n/a|tbd|tbc|to be determined|to be defined|"
            + "to be confirmed|unknown|not known|not applicable|none|nil|x|0 additional|no cost|no costs|"
            + "no additional cost|no additional costs|no additional funds|no extra cost|without cost|without costs|"
            + "within regular budget|within the regular budget|within existing budget|within existing resources|"
            + "within existing funds|regular budget|regular activities|regular funds|existing resources|"
            + "budget of the institution|institutional budget|state budget|"
            + "nuk ka|nuk ka kosto|pa kosto|pa kosto shtese|pa kosto shtese financiare|pa shpenzime shtese|"
            + "ne kuader te buxhetit te rregullt|brenda buxhetit te rregullt|buxheti i rregullt|buxhet i rregullt|"
            + "buxheti i shtetit|do te percaktohet|per tu percaktuar|e panjohur|"
            + "nema|nema troskova|bez troskova|bez dodatnih troskova|bez dodatnih sredstava|nisu potrebna sredstva|"
            + "nisu potrebna dodatna sredstva|redovna sredstva|redovna budzetska sredstva|redovni budzet|"
            + "u okviru redovnih sredstava|u okviru redovnog budzeta|u okviru redovnih aktivnosti|u okviru budzeta|"
            + "budzet republike srbije|budzet rs|naknadno|bice utvrdjeno|nije primenljivo|"
            + "nema dopolnitelni troshoci|nema dopolnitelni trosoci|nema dopolnitelni sredstva|bez dopolnitelni sredstva|"
            + "bez troshoci|bez trosoci|redoven budzet|vo ramki na redovniot budzet|"
            + "vo ramki na redovniot budzhet|redoven budzhet|redovni sredstva|kje se utvrdi|"
            + "ne se potrebni sredstva|ne se potrebni dopolnitelni sredstva)$");

    /** The note key when a budget cell says there is no amount ("n/a", "within regular budget"), else null. */
    static String noAmount(String text) {
        var raw = text.strip();
        if (raw.matches("[—–\\-/?]+")) {
            return raw;
        }
        var key = NameKey.of(raw);
        return NO_AMOUNT.matcher(key).matches() || key.startsWith("within regular") || key.startsWith("ne kuader te")
                || key.startsWith("u okviru redovn") || key.startsWith("vo ramki na") || key.startsWith("no additional")
                || key.startsWith("bez dodatn") ? raw : null;
    }

    private static final Pattern EXTRA_CURRENCY = Pattern.compile(
            "(?iu)^(.*?)\\s*(mdl|lei|рсд|rsd|дин\\.?|din\\.?|мкд|mkd|ден\\.?|den\\.?|km|км|bam|eur|€|all|lek[eë]?)\\.?$|"
                    + "^(mdl|рсд|rsd|мкд|mkd|bam|km|км|eur|€|all)\\s*(.*)$");

    /**
     * An amount as offices write it: a number, with a currency before or after it ("15.000 EUR", "РСД 300.000",
     * "500.000 дин."), multiplied when the header says "thousand"; or words meaning "no amount" (then null and a
     * note that keeps the funding source the words imply).
     */
    Amount money(Row row, Cell cell, WorkbookColumn column, String sourceText) {
        if (cell == null || cell.isEmpty()) {
            return null;
        }
        if (cell.kind() == CellKind.NUMBER) {
            notes.use(cell);
            return new Amount(scaled(cell.number()), headerCurrency);
        }
        if (cell.kind() != CellKind.TEXT) {
            var value = values.number(row, column, cell);
            return value == null ? null : new Amount(value, headerCurrency);
        }
        var text = cell.text().strip();
        var none = noAmount(text);
        if (none != null) {
            Object implied = STATE_BUDGET.matcher(NameKey.of(text)).matches() || sourceText == null
                    ? ReadingNotes.message(FundingSourceKind.STATE_BUDGET.messageKey()) : sourceText;
            notes.problem(row, cell, column, RowProblem.Severity.WARNING, "workbook.note.no-amount", text, implied);
            return null;
        }
        var matcher = EXTRA_CURRENCY.matcher(text);
        if (matcher.matches()) {
            var currency = matcher.group(2) != null ? matcher.group(2) : matcher.group(3);
            var number = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
            var parsed = LenientNumber.parse(number);
            if (!parsed.hasProblem() && !number.isBlank()) {
                var code = currencyCode(currency);
                currencies.add(code);
                notes.use(cell);
                return new Amount(scaled(parsed.value()), code);
            }
        }
        var value = values.number(row, column, cell);
        return value == null ? null : new Amount(scaled(value), headerCurrency);
    }

    /**
     * The currency a budget line is stored with: its Currency cell, else what its amount or header says; null when
     * that is the installation's currency (or nothing says one), so that a plain plan stays as it was.
     */
    String lineCurrency(Row row, Amount amount) {
        var written = values.plainText(row, WorkbookColumn.CURRENCY);
        String currency = amount.currency();
        if (written != null) {
            var code = currencyOf(written);
            if (code == null) {
                values.error(row, WorkbookColumn.CURRENCY, "workbook.problem.bad-currency", written);
            } else {
                currency = code;
            }
        }
        return currency == null || currency.equals(vocabulary.defaultCurrency()) ? null : currency;
    }

    /** A currency as written in a Currency cell: the region's words and signs, or any three-letter code. */
    static String currencyOf(String written) {
        var raw = written.strip();
        if (raw.equals("€")) {
            return "EUR";
        }
        var key = NameKey.of(raw).replace(".", "");
        return switch (key) {
            case "rsd", "din", "dinar", "dinara", "dinari" -> "RSD";
            case "mkd", "den", "denar", "denari", "denara" -> "MKD";
            case "mdl", "lei", "leu" -> "MDL";
            case "bam", "km", "konvertibilna marka" -> "BAM";
            case "all", "lek", "leke", "leku" -> "ALL";
            case "eur", "euro", "evro", "euro eur" -> "EUR";
            default -> raw.matches("[A-Za-z]{3}") ? raw.toUpperCase(java.util.Locale.ROOT) : null;
        };
    }

    private BigDecimal scaled(BigDecimal value) {
        return multiplier.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(multiplier).stripTrailingZeros();
    }

    static String currencyCode(String written) {
        var key = NameKey.of(written);
        return switch (key) {
            case "rsd", "din" -> "RSD";
            case "mkd", "den" -> "MKD";
            case "mdl", "lei" -> "MDL";
            case "bam", "km" -> "BAM";
            case "all", "lek", "leke" -> "ALL";
            default -> "EUR";
        };
    }

    /** "Budget (thousand MDL)", "Costs (000 EUR)", "Буџет (РСД)": the currency and multiplier of a budget header. */
    void readBudgetHeader(String text) {
        if (text == null) {
            return;
        }
        var key = NameKey.of(text);
        if (key.matches(".*\\b(thousand|thousands|000|mije|hiljada|hiljade|iljadi|ilјadi|tys|mii)\\b.*")) {
            multiplier = BigDecimal.valueOf(1000);
        } else if (key.matches(".*\\b(million|millions|milion|miliona|milioni)\\b.*")) {
            multiplier = BigDecimal.valueOf(1_000_000);
        }
        var currency = Pattern.compile("\\b(eur|euro|all|lek|leke|rsd|din|mkd|den|mdl|lei|bam|km)\\b").matcher(key);
        if (currency.find()) {
            headerCurrency = currencyCode(currency.group(1));
            currencies.add(headerCurrency);
        }
    }

    /** Reads the currency and multiplier of every budget header of the table. */
    void readBudgetHeaders() {
        var budgetColumn = header.columnOf(WorkbookColumn.BUDGET);
        readBudgetHeader(budgetColumn == null ? null : header.headerText(budgetColumn));
        header.budgetColumns().keySet().forEach(c -> readBudgetHeader(header.headerText(c)));
    }

    /** One note at the budget header naming the currency and multiplier the amounts were read with. */
    void noteValueConventions(Row headerRow) {
        if (!currencies.isEmpty() || multiplier.compareTo(BigDecimal.ONE) != 0) {
            var budgetColumn = header.columnOf(WorkbookColumn.BUDGET);
            var cell = budgetColumn != null ? headerRow.cell(budgetColumn)
                    : header.budgetColumns().isEmpty() ? null
                            : headerRow.cell(header.budgetColumns().keySet().iterator().next());
            notes.add(headerRow.number(), cell == null ? null : header.headerText(cell.columnIndex()),
                    cell == null ? null : cell.reference(), RowProblem.Severity.WARNING, "workbook.note.currency",
                    currencies.isEmpty() ? "—" : String.join(", ", currencies), multiplier.toPlainString());
        }
    }
}
