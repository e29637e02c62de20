package org.ariadne.regional;

/** A national indicator the M&amp;E officer may map: its plan and where in the plan it sits ("SO 1.1"). */
public record IndicatorChoice(long id, long planId, String planTitle, String ownerCode, String name) {

    public String label() {
        return ownerCode + " · " + name;
    }
}
