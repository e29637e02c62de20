package org.ariadne.stakeholders;

/** An institution's place on a plan's grid, as the grid and its table show it. */
public record PlacementView(long id, int version, long planId, long institutionId, String institution,
        String shortName, int interest, int power, EngagementApproach approach, String reason) {

    public boolean highInterest() {
        return interest >= EngagementApproach.HIGH;
    }

    public boolean highPower() {
        return power >= EngagementApproach.HIGH;
    }

    /** The approach usual for the place, for the table to say when the office chose otherwise. */
    public EngagementApproach suggested() {
        return EngagementApproach.suggestedFor(interest, power);
    }

    public PlacementCommand toCommand() {
        return new PlacementCommand(institutionId, interest, power, approach, reason);
    }
}
