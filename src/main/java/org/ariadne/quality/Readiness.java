package org.ariadne.quality;

/** How many elements of a kind have no problem at all (warnings allowed): the headline of the audit. */
public record Readiness(int total, int ready) {

    public int percent() {
        return total == 0 ? 0 : (int) Math.floor(ready * 100.0 / total);
    }
}
