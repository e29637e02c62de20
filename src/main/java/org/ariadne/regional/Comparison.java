package org.ariadne.regional;

import java.util.List;

import org.ariadne.progress.Achievement;

/**
 * The participants side by side, every text in the reader's language: a column per participant (the national plan
 * compared and the four criteria), a row per regional indicator (each participant's mapped figure).
 */
public record Comparison(List<Column> columns, List<Row> rows) {

    /** A participant: its national plan compared (null: none) and the criteria judged on it. */
    public record Column(long participantId, String code, String name, Long planId, String planTitle,
            String planPeriod, List<Judgement> criteria) {

        public Judgement criterion(Criterion criterion) {
            return criteria.stream().filter(j -> j.criterion() == criterion).findFirst().orElseThrow();
        }
    }

    /** A regional indicator and, in column order, each participant's figure for it. */
    public record Row(RegionalIndicatorView indicator, String name, List<Cell> cells) {
    }

    /**
     * A participant's figure: its national indicator (null when it mapped none), the value compared and its year,
     * and the progress from baseline to target ("62 %", or why it cannot be measured).
     */
    public record Cell(String indicatorName, String value, Integer year, String progress, Achievement.Light light) {

        public boolean mapped() {
            return indicatorName != null;
        }
    }
}
