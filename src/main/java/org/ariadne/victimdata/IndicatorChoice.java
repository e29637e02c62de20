package org.ariadne.victimdata;

/** A numeric plan indicator the office may compute from the register, with the breakdowns it has. */
public record IndicatorChoice(long id, String planTitle, String name, boolean bySex, boolean byAgeGroup) {

    public String label() {
        return planTitle + " · " + name;
    }
}
