package org.ariadne.victimdata;

import java.util.Locale;

import org.ariadne.victimdata.linkage.Sex;

/**
 * What a cross table of the statistics can break persons and cases down by, each with the column of the register it
 * reads. A case has one value of each dimension except the form of exploitation: a case with two forms counts once
 * in each form's cell (and once in the totals).
 */
public enum StatisticsDimension {
    YEAR("c.identified_year", null),
    SEX("c.sex", Sex.class),
    AGE_GROUP("c.age_group", AgeGroup.class),
    CITIZENSHIP("c.citizenship", null),
    FORM("f.form", ExploitationForm.class),
    REGION("c.region", null),
    IDENTIFYING_INSTITUTION("c.identifying_institution_id", null),
    REFERRING_INSTITUTION("c.referring_institution_id", null),
    STATUS("c.status", CaseStatus.class),
    SCOPE("c.scope", CaseScope.class);

    private final String expression;
    private final Class<? extends Enum<?>> values;

    StatisticsDimension(String expression, Class<? extends Enum<?>> values) {
        this.expression = expression;
        this.values = values;
    }

    /** The SQL expression over the register's case ({@code c}) and its forms ({@code f}). */
    String expression() {
        return expression;
    }

    /** Whether one case can fall in several of its categories (the forms of exploitation). */
    public boolean countsCasesInSeveralCategories() {
        return this == FORM;
    }

    /** Whether its categories are the register's institutions (named from the directory). */
    public boolean institutions() {
        return this == IDENTIFYING_INSTITUTION || this == REFERRING_INSTITUTION;
    }

    /** Whether its categories are fixed values, each with its own message ({@link #valueKey(String)}). */
    public boolean coded() {
        return values != null;
    }

    /** The position of a coded value in its list, for ordering; -1 when not coded or unknown. */
    int order(String key) {
        if (values == null || key == null) {
            return -1;
        }
        for (var value : values.getEnumConstants()) {
            if (value.name().equals(key)) {
                return value.ordinal();
            }
        }
        return -1;
    }

    public String messageKey() {
        return "victimdata.statistics.dimension." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The message of one coded value: {@code victimdata.statistics.value.age-group.CHILD_0_11}. */
    public String valueKey(String key) {
        return "victimdata.statistics.value." + name().toLowerCase(Locale.ROOT).replace('_', '-') + "." + key;
    }
}
