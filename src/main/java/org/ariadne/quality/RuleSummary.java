package org.ariadne.quality;

/** How many of the elements a rule applies to it flags: "212 of 240 indicators have no baseline". */
public record RuleSummary(QualityRule rule, int flagged, int checked) {

    public boolean applies() {
        return checked > 0;
    }

    public boolean passed() {
        return flagged == 0;
    }

    /** The flagged share in whole per cent, rounded up so that one flagged element never shows as 0 %. */
    public int percent() {
        return checked == 0 ? 0 : (int) Math.ceil(flagged * 100.0 / checked);
    }
}
