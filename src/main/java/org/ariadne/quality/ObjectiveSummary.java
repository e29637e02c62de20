package org.ariadne.quality;

/** The findings under one strategic objective (its own, its specific objectives', activities' and indicators'). */
public record ObjectiveSummary(long id, String code, String title, int problems, int warnings) {

    public int total() {
        return problems + warnings;
    }
}
