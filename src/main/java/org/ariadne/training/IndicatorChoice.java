package org.ariadne.training;

/** An indicator of a plan that can be linked: its plan and name. */
public record IndicatorChoice(long id, String planTitle, String name) {

    public String label() {
        return planTitle + " · " + name;
    }
}
