package org.ariadne.victimdata.linkage;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the officer types once to link a case to earlier ones: names, sex, date and place of birth, the parents'
 * first names and document numbers, in any of the region's spellings and scripts. It lives only as long as the
 * request that encodes it; nothing of it is stored, and {@link #toString()} shows none of it, so it cannot reach a
 * log. Every field except sex may be empty (victims often carry no documents); the date of birth may be unknown.
 *
 * @param firstNames      first name(s), as written
 * @param surnames        surname(s), as written
 * @param sex             sex as recorded
 * @param dateOfBirth     date of birth, or {@code null} when unknown
 * @param placeOfBirth    place of birth, or empty
 * @param fatherFirstName father's first name, or empty
 * @param motherFirstName mother's first name, or empty
 * @param documentNumbers numbers of identity documents (passport, identity card), any format
 */
public record IdentifyingData(String firstNames, String surnames, Sex sex, LocalDate dateOfBirth, String placeOfBirth,
        String fatherFirstName, String motherFirstName, List<String> documentNumbers) {

    public IdentifyingData {
        Objects.requireNonNull(sex, "sex");
        firstNames = Objects.requireNonNullElse(firstNames, "");
        surnames = Objects.requireNonNullElse(surnames, "");
        placeOfBirth = Objects.requireNonNullElse(placeOfBirth, "");
        fatherFirstName = Objects.requireNonNullElse(fatherFirstName, "");
        motherFirstName = Objects.requireNonNullElse(motherFirstName, "");
        documentNumbers = documentNumbers == null ? List.of() : List.copyOf(documentNumbers);
    }

    /** Identifying data are never printed: a log line or an error page must not carry a victim's name. */
    @Override
    public String toString() {
        return "IdentifyingData[redacted]";
    }
}
