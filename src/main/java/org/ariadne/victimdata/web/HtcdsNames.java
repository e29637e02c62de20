package org.ariadne.victimdata.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.victimdata.EurostatRow;

/**
 * The aggregate export under the names of the IOM Human Trafficking Case Data Standard (HTCDS), so that a partner's
 * system reads it without a mapping. Where the names come from: the standard's field reference
 * (github.com/UNMigration/HTCDS, "HTCDS Field Reference.md": person fields {@code prs_Gender} with the values Male,
 * Female, Transgender/NonConforming, Unknown and {@code prs_Nationality} as ISO 3166 alpha-2 codes); the HTCDS is
 * case-level, so the aggregate columns take the names of the Counter-Trafficking Data Collaborative's HTCDS-based
 * global dataset ({@code yearOfRegistration}, {@code gender}, {@code ageBroad}, {@code majorityStatus},
 * {@code citizenship}, {@code typeOfExploitation}), as the issue asked. The standard has no field for presumed and
 * identified victims nor for counts: {@code identificationStatus}, {@code numberOfPersons} and {@code numberOfCases}
 * are Ariadne's, in the same style. Worth checking against the standard's current version before a first exchange.
 */
final class HtcdsNames {

    static final List<String> HEADER = List.of("yearOfRegistration", "identificationStatus", "gender", "ageBroad",
            "majorityStatus", "citizenship", "typeOfExploitation", "numberOfPersons", "numberOfCases");

    /** A line that counts every category of a column (the protected export's lines each break down by one). */
    static final String ALL = "Total";

    private HtcdsNames() {
    }

    /** Eurostat's child and adult, or the register's age groups (the protected export), as years of age. */
    private static String ageBroad(String age) {
        return switch (age) {
            case EurostatRow.CHILD -> "0-17";
            case EurostatRow.ADULT -> "18+";
            case EurostatRow.TOTAL -> ALL;
            case "CHILD_0_11" -> "0-11";
            case "CHILD_12_17" -> "12-17";
            case "ADULT_18_24" -> "18-24";
            case "ADULT_25_34" -> "25-34";
            case "ADULT_35_49" -> "35-49";
            case "ADULT_50_PLUS" -> "50+";
            default -> "Unknown";
        };
    }

    static List<Object> line(EurostatRow row) {
        var line = new ArrayList<Object>();
        line.add(row.year());
        line.add(camel(row.status()));
        line.add(EurostatRow.TOTAL.equals(row.sex()) ? ALL : gender(row.sex()));
        line.add(ageBroad(row.age()));
        line.add(switch (row.age()) {
            case EurostatRow.CHILD, "CHILD_0_11", "CHILD_12_17" -> "Minor";
            case EurostatRow.UNKNOWN -> "Unknown";
            case EurostatRow.TOTAL -> ALL;
            default -> "Adult";
        });
        line.add(switch (row.citizenship()) {
            case "XX" -> "Unknown";
            case EurostatRow.TOTAL -> ALL;
            default -> row.citizenship();
        });
        line.add(switch (row.form()) {
            case EurostatRow.NO_FORM -> "Unknown";
            case EurostatRow.TOTAL -> ALL;
            default -> camel(row.form());
        });
        line.add(ShownStatistics.Cell.of(row.persons()).download());
        line.add(ShownStatistics.Cell.of(row.cases()).download());
        return line;
    }

    /** The standard's gender values; the register's "other" is the standard's non-conforming. */
    private static String gender(String sex) {
        return switch (sex) {
            case "FEMALE" -> "Female";
            case "MALE" -> "Male";
            case "OTHER" -> "Transgender/NonConforming";
            default -> "Unknown";
        };
    }

    /** SEXUAL → Sexual, CRIMINAL_ACTIVITIES → CriminalActivities: the standard writes its values so. */
    private static String camel(String code) {
        var words = new StringBuilder();
        for (var word : code.toLowerCase(Locale.ROOT).split("_")) {
            if (!word.isEmpty()) {
                words.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return words.toString();
    }
}
