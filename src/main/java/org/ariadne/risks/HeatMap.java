package org.ariadne.risks;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The plan's risks that are not closed, counted in a 5 × 5 grid: rows by likelihood from 5 (almost certain) down to
 * 1, columns by impact from 1 up to 5, as the matrix is usually drawn.
 */
public record HeatMap(long planId, List<Row> rows, int total) {

    public static HeatMap of(long planId, List<RiskView> risks) {
        var current = risks.stream().filter(risk -> risk.status() != RiskStatus.CLOSED).toList();
        var rows = IntStream.iterate(5, likelihood -> likelihood >= 1, likelihood -> likelihood - 1)
                .mapToObj(likelihood -> new Row(likelihood, IntStream.rangeClosed(1, 5)
                        .mapToObj(impact -> new Cell(likelihood, impact, (int) current.stream()
                                .filter(risk -> risk.likelihood() == likelihood && risk.impact() == impact).count()))
                        .toList()))
                .toList();
        return new HeatMap(planId, rows, current.size());
    }

    public int count(int likelihood, int impact) {
        return rows.get(5 - likelihood).cells().get(impact - 1).count();
    }

    public record Row(int likelihood, List<Cell> cells) {
    }

    public record Cell(int likelihood, int impact, int count) {

        public RiskScore risk() {
            return new RiskScore(likelihood, impact);
        }

        public RiskLevel level() {
            return risk().level();
        }
    }
}
