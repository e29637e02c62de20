package org.ariadne.common.charts;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;

import javax.imageio.ImageIO;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChartDrawingTest {

    private final Chart chart = Chart.of(Chart.Kind.BARS, "Victims identified")
            .valueAxis("persons")
            .categories(List.of("2024-Q1", "2024-Q2", "2024-Q3"))
            .series("Reported", List.of(12, 18, 9))
            .reference("Target", 15)
            .build();

    @Test
    void drawsAnSvgThatCarriesTheTitleAndTheCategories() {
        var svg = ChartDrawing.svg(chart, 600, 300, java.util.Locale.ENGLISH);

        assertThat(svg).startsWith("<svg").contains("Victims identified").contains("2024-Q2").contains("Target");
    }

    @Test
    void drawsAPngOfTheAskedSize() throws Exception {
        var image = ImageIO.read(new ByteArrayInputStream(ChartDrawing.png(chart, 640, 320, java.util.Locale.ENGLISH)));

        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(320);
    }

    @Test
    void theTableBehindTheChartHasAHeaderAndOneRowPerCategory() {
        var table = chart.table("Quarter");

        assertThat(table).hasSize(4);
        assertThat(table.get(0)).containsExactly("Quarter", "Reported");
        assertThat(table.get(2)).containsExactly("2024-Q2", 18);
    }

    @Test
    void aSeriesMustHaveOneValuePerCategory() {
        assertThatThrownBy(() -> Chart.of(Chart.Kind.LINE, "x").categories(List.of("a", "b"))
                .series("s", Arrays.asList(1)).build()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTargetAboveEveryValueStillHasItsLineInsideTheChart() {
        var aboveAll = Chart.of(Chart.Kind.LINE, "Convictions").categories(List.of("2024", "2025"))
                .series("Reported", List.of(3, 5)).reference("Target 2026", 40).build();

        var axis = ((CategoryPlot) ChartDrawing.draw(aboveAll, java.util.Locale.ENGLISH).getPlot()).getRangeAxis();

        assertThat(axis.getUpperBound()).isGreaterThanOrEqualTo(40);
        assertThat(axis.getLowerBound()).isLessThanOrEqualTo(0);
    }

    @Test
    void countsAreTickedInWholeNumbersAndShares() {
        var counts = ((CategoryPlot) ChartDrawing.draw(Chart.of(Chart.Kind.BARS, "Activities").categories(List.of("SO 1"))
                .series("Completed", List.of(3)).build(), java.util.Locale.ENGLISH).getPlot()).getRangeAxis();
        var shares = ((CategoryPlot) ChartDrawing.draw(Chart.of(Chart.Kind.BARS, "Progress").categories(List.of("SO 1"))
                .series("Progress", List.of(new java.math.BigDecimal("2.5"))).build(), java.util.Locale.ENGLISH).getPlot()).getRangeAxis();

        assertThat(counts.getStandardTickUnits()).isEqualTo(NumberAxis.createIntegerTickUnits(java.util.Locale.ENGLISH));
        assertThat(shares.getStandardTickUnits()).isNotEqualTo(NumberAxis.createIntegerTickUnits(java.util.Locale.ENGLISH));
    }

    @Test
    void theValueAxisWritesItsNumbersTheReadersWay() {
        var spending = Chart.of(Chart.Kind.BARS, "Spent").categories(List.of("2024", "2025"))
                .series("Spent", List.of(new java.math.BigDecimal("12500.5"), new java.math.BigDecimal("31000.25"))).build();

        var english = ChartDrawing.svg(spending, 600, 300, java.util.Locale.ENGLISH);
        var albanian = ChartDrawing.svg(spending, 600, 300, java.util.Locale.forLanguageTag("sq"));

        // ticks of thousands: "10,000" for an English reader, "10 000" (a no-break space) for an Albanian one
        assertThat(english).containsPattern(">\\d{2},000<");
        assertThat(albanian).doesNotContainPattern(">\\d{2},000<").containsPattern(">\\d{2}[\\u00a0\\u202f ]000<");
    }
}
