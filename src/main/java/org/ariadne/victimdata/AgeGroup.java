package org.ariadne.victimdata;

/**
 * Age at identification in the groups the statistics publish: children apart (0-11, 12-17, as Eurostat and the
 * referral mechanism treat them differently) and adults in the groups of the IOM data standard.
 */
public enum AgeGroup {
    CHILD_0_11(0, 11), CHILD_12_17(12, 17), ADULT_18_24(18, 24), ADULT_25_34(25, 34), ADULT_35_49(35, 49),
    ADULT_50_PLUS(50, 200), UNKNOWN(-1, -1);

    private final int from;
    private final int to;

    AgeGroup(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The group of an age in years; {@link #UNKNOWN} when the age is not known. */
    public static AgeGroup of(Integer age) {
        if (age == null || age < 0) {
            return UNKNOWN;
        }
        for (var group : values()) {
            if (age >= group.from && age <= group.to) {
                return group;
            }
        }
        return UNKNOWN;
    }

    /** Whether the group is of children (under 18). */
    public boolean child() {
        return this == CHILD_0_11 || this == CHILD_12_17;
    }
}
