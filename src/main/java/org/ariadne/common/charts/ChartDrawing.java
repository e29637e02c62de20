package org.ariadne.common.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a {@link Chart} with JFreeChart, in the application's colours: as SVG text to put in a page (sharp at any
 * size, no JavaScript needed) or as a PNG image for Word and PDF documents. Headless: no display is needed.
 */
public final class ChartDrawing {

    /** Colours that stay apart for people with the common colour-vision deficiencies (Okabe-Ito). */
    private static final List<Color> PALETTE = List.of(new Color(0x1D4E89), new Color(0xE69F00), new Color(0x009E73),
            new Color(0xD55E00), new Color(0x56B4E9), new Color(0xCC79A7), new Color(0xF0E442), new Color(0x555555));

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private ChartDrawing() {
    }

    /** Horizontal bars grow with their categories, so that long labels stay readable; other charts are 380 high. */
    public static int naturalHeight(Chart chart) {
        boolean horizontal = chart.kind() == Chart.Kind.HORIZONTAL_BARS
                || chart.kind() == Chart.Kind.STACKED_HORIZONTAL_BARS;
        return horizontal ? Math.max(240, 110 + 36 * chart.categories().size()) : 380;
    }

    /** {@link #pageSvg(Chart, int, int, Locale)} at the chart's {@link #naturalHeight}. */
    public static String pageSvg(Chart chart, int width, Locale locale) {
        return pageSvg(chart, width, naturalHeight(chart), locale);
    }

    /**
     * The chart as an {@code <svg>} element to put straight into a page: colours as presentation attributes (the
     * pages' Content-Security-Policy forbids style attributes), a viewBox so that it scales, every label escaped.
     */
    public static String pageSvg(Chart chart, int width, int height, Locale locale) {
        return PageSvg.inline(svg(chart, width, height, locale), width, height);
    }

    /** The chart as a standalone SVG document, as JFreeSVG writes it (with style attributes). */
    public static String svg(Chart chart, int width, int height, Locale locale) {
        var graphics = new SVGGraphics2D(width, height);
        draw(chart, locale).draw(graphics, new Rectangle(0, 0, width, height));
        return graphics.getSVGElement(null, true, null, null, null);
    }

    public static byte[] png(Chart chart, int width, int height, Locale locale) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        try {
            draw(chart, locale).draw(graphics, new Rectangle(0, 0, width, height));
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The chart drawn for a reader of {@code locale}: the value axis writes its numbers the reader's way. */
    static JFreeChart draw(Chart chart, Locale locale) {
        ChartFactory.setChartTheme(theme());
        var dataset = new DefaultCategoryDataset();
        chart.series().forEach((name, values) -> {
            for (int i = 0; i < values.size(); i++) {
                var value = values.get(i);
                dataset.addValue(value == null ? null : value.doubleValue(), name, chart.categories().get(i));
            }
        });
        boolean horizontal = chart.kind() == Chart.Kind.HORIZONTAL_BARS || chart.kind() == Chart.Kind.STACKED_HORIZONTAL_BARS;
        var orientation = horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL;
        boolean legend = chart.series().size() > 1;
        JFreeChart drawn = switch (chart.kind()) {
            case BARS, HORIZONTAL_BARS -> ChartFactory.createBarChart(chart.title(), null, chart.valueAxis(), dataset,
                    orientation, legend, false, false);
            case STACKED_BARS, STACKED_HORIZONTAL_BARS -> ChartFactory.createStackedBarChart(chart.title(), null,
                    chart.valueAxis(), dataset, orientation, legend, false, false);
            case LINE -> ChartFactory.createLineChart(chart.title(), null, chart.valueAxis(), dataset, orientation, legend,
                    false, false);
        };
        var plot = (CategoryPlot) drawn.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xD9E2EC));
        plot.setOutlineVisible(false);
        for (int i = 0; i < chart.series().size(); i++) {
            plot.getRenderer().setSeriesPaint(i, PALETTE.get(i % PALETTE.size()));
            plot.getRenderer().setSeriesStroke(i, new BasicStroke(2.5f));
        }
        if (plot.getRenderer() instanceof BarRenderer bars) {
            bars.setBarPainter(new StandardBarPainter());
            bars.setShadowVisible(false);
            bars.setMaximumBarWidth(0.12);
        }
        if (!horizontal && chart.categories().size() > 6) {
            plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        if (horizontal) {
            // objective titles are long: give them up to 40 % of the width, on up to three lines, before cutting
            plot.getDomainAxis().setMaximumCategoryLabelWidthRatio(0.4f);
            plot.getDomainAxis().setMaximumCategoryLabelLines(3);
        }
        var range = (NumberAxis) plot.getRangeAxis();
        if (allWholeNumbers(chart)) {
            // counts of activities or reports: no tick at 2.5 activities
            range.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
        } else {
            range.setStandardTickUnits(NumberAxis.createStandardTickUnits(locale));
        }
        if (!chart.references().isEmpty() && chart.kind() != Chart.Kind.STACKED_BARS
                && chart.kind() != Chart.Kind.STACKED_HORIZONTAL_BARS) {
            // a target above every value must still be seen: the axis reaches the highest reference line
            double highest = chart.references().values().stream().mapToDouble(Number::doubleValue).max().orElse(0);
            double lowest = chart.references().values().stream().mapToDouble(Number::doubleValue).min().orElse(0);
            range.setAutoRangeIncludesZero(true);
            var auto = range.getRange();
            double upper = Math.max(auto.getUpperBound(), highest + Math.abs(highest) * 0.05);
            double lower = Math.min(auto.getLowerBound(), lowest);
            if (upper > lower) {
                range.setRange(lower, upper);
            }
        }
        chart.references().forEach((name, value) -> {
            var marker = new ValueMarker(value.doubleValue(), new Color(0xB42318),
                    new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            marker.setLabel(name);
            marker.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
            marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
            plot.addRangeMarker(marker);
        });
        return drawn;
    }

    private static boolean allWholeNumbers(Chart chart) {
        return chart.series().values().stream().flatMap(List::stream)
                .allMatch(value -> value == null || value.doubleValue() == Math.rint(value.doubleValue()));
    }

    private static StandardChartTheme theme() {
        var theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
        var font = Font.SANS_SERIF;
        theme.setExtraLargeFont(new Font(font, Font.BOLD, 15));
        theme.setLargeFont(new Font(font, Font.BOLD, 13));
        theme.setRegularFont(new Font(font, Font.PLAIN, 12));
        theme.setSmallFont(new Font(font, Font.PLAIN, 11));
        theme.setChartBackgroundPaint(Color.WHITE);
        return theme;
    }
}
