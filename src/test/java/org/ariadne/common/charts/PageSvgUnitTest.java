package org.ariadne.common.charts;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageSvgUnitTest {

    private static Chart chart(String category) {
        return Chart.of(Chart.Kind.BARS, "Victims identified").valueAxis("persons")
                .categories(List.of(category, "SO 2")).series("Reported", List.of(12, 18)).build();
    }

    @Test
    void colorsAndFontsBecomeAttributesBecauseThePolicyForbidsStyleAttributes() {
        var svg = Jsoup.parse(ChartDrawing.pageSvg(chart("SO 1"), 600, 300, java.util.Locale.ENGLISH), "", Parser.xmlParser());

        assertThat(svg.select("[style]")).isEmpty();
        assertThat(svg.select("[fill=rgb(29,78,137)]")).isNotEmpty();
        assertThat(svg.select("text[font-family]")).isNotEmpty();
        assertThat(svg.selectFirst("svg").attr("viewBox")).isEqualTo("0 0 600 300");
    }

    @Test
    void labelsTypedByPeopleStayText() {
        var svg = ChartDrawing.pageSvg(chart("<script>alert(1)</script> & co"), 600, 300, java.util.Locale.ENGLISH);

        assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(Jsoup.parse(svg, "", Parser.xmlParser()).select("script")).isEmpty();
    }

    @Test
    void aLineBreakPastedFromWordDoesNotBreakTheChart() {
        var svg = ChartDrawing.pageSvg(chart("Training\u000Bof police"), 600, 300, java.util.Locale.ENGLISH);

        assertThat(svg).startsWith("<svg").doesNotContain("\u000B");
    }
}
