package org.ariadne.victimdata;

import org.ariadne.common.disclosure.Disclosed;

/**
 * One line of the aggregate export in Eurostat's breakdown: year, status (REGISTERED = IDENTIFIED + PRESUMED), sex,
 * age (CHILD under 18, ADULT, UNKNOWN), citizenship (ISO 3166 alpha-2, XX unknown), form of exploitation (NONE when
 * no form is recorded; a case with two forms is in both lines), with persons and cases. In the protected export, one
 * breakdown per line, the others {@link #TOTAL}, and the age is the register's age group ({@link AgeGroup}).
 */
public record EurostatRow(int year, String status, String sex, String age, String citizenship, String form,
        Disclosed persons, Disclosed cases) {

    public static final String REGISTERED = "REGISTERED";
    public static final String CHILD = "CHILD";
    public static final String ADULT = "ADULT";
    public static final String UNKNOWN = "UNKNOWN";
    public static final String NO_FORM = "NONE";
    /** Every category of a breakdown (the protected export gives one breakdown per line, the others in total). */
    public static final String TOTAL = "TOTAL";
}
