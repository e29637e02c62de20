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

    private HtcdsNames() {
    }

    static List<Object> line(EurostatRow row) {
        var line = new ArrayList<Object>();
        line.add(row.year());
        line.add(camel(row.status()));
        line.add(gender(row.sex()));
        line.add(switch (row.age()) {
            case EurostatRow.CHILD -> "0-17";
            case EurostatRow.ADULT -> "18+";
            default -> "Unknown";
        });
        line.add(switch (row.age()) {
            case EurostatRow.CHILD -> "Minor";
            case EurostatRow.ADULT -> "Adult";
            default -> "Unknown";
        });
        line.add("XX".equals(row.citizenship()) ? "Unknown" : row.citizenship());
        line.add(EurostatRow.NO_FORM.equals(row.form()) ? "Unknown" : camel(row.form()));
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
