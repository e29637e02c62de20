package org.ariadne.publication.web;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.publication.PublicTable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How a public reader sees the table of indicators behind: percentages and words, not "-152.94". */
class ShownTableUnitTest {

    private static final String COMPARED = "with the target for the year where the plan sets one";
    private static final ShownTable.Words ENGLISH = new ShownTable.Words("—", "moving away from the target", "{0} %");

    private static PublicTable behind() {
        return new PublicTable("off-track", "Indicators behind",
                List.of("Code", "Indicator", "Value", "Target", "Baseline", "Progress (%)", "Compared"),
                List.of(Arrays.asList("A1.1.1", "Victims identified", new BigDecimal("12"), new BigDecimal("55"),
                                new BigDecimal("38"), new BigDecimal("-152.94"), COMPARED),
                        Arrays.asList("A1.1.2", "Shelter beds", new BigDecimal("1250.5"), new BigDecimal("50"),
                                new BigDecimal("10"), new BigDecimal("31.6"), COMPARED)));
    }

    @Test
    void progressReadsAsAPercentageAndAValueMovingAwayFromTheTargetInWords() {
        var shown = ShownTable.of(behind(), Locale.ENGLISH, ENGLISH, "csv", "xlsx");

        assertThat(shown.rows().get(0)).extracting(ShownTable.Cell::text).contains("moving away from the target")
                .doesNotContain("-152.94");
        assertThat(shown.rows().get(1)).extracting(ShownTable.Cell::text).contains("32 %", "1,250.5");
    }

    @Test
    void theSentenceSaidOnEveryRowIsSaidOnceUnderTheTable() {
        var shown = ShownTable.of(behind(), Locale.ENGLISH, ENGLISH, "csv", "xlsx");

        assertThat(shown.header()).doesNotContain("Compared").hasSize(6);
        assertThat(shown.rows()).allSatisfy(row -> assertThat(row).hasSize(6)
                .extracting(ShownTable.Cell::text).doesNotContain(COMPARED));
        assertThat(shown.notes()).containsExactly("Compared: " + COMPARED);
    }

    @Test
    void numbersAreWrittenTheAlbanianReadersWay() {
        var albanian = new ShownTable.Words("—", "po largohet nga synimi", "{0} %");
        var shown = ShownTable.of(behind(), Locale.forLanguageTag("sq"), albanian, "csv", "xlsx");

        assertThat(shown.rows().get(1)).extracting(ShownTable.Cell::text).contains("32 %", "1\u00a0250,5");
        assertThat(shown.rows().get(0)).extracting(ShownTable.Cell::text).contains("po largohet nga synimi");
    }

    @Test
    void aSuppressedCountShowsItsMarkIsReadAsWordsAndTheTableSaysWhatTheMarkMeans() {
        var words = new ShownTable.Words("—", "moving away", "{0} %", "not published",
                "[c] not published: fewer than 5 persons");
        var table = new PublicTable("indicator-7-sex", "Victims identified: 2024 by Sex", List.of("Sex", "Number"),
                List.of(Arrays.asList("Women", SuppressedCells.MARK), Arrays.asList("Men", SuppressedCells.MARK),
                        Arrays.asList("Total", new BigDecimal("14"))));

        var shown = ShownTable.of(table, Locale.ENGLISH, words, "csv", "xlsx");

        var women = shown.rows().get(0).get(1);
        assertThat(women.text()).isEqualTo("[c]");
        assertThat(women.suppressed()).isTrue();
        assertThat(women.spoken()).isEqualTo("not published");
        assertThat(shown.rows().get(2).get(1).suppressed()).isFalse();
        assertThat(shown.notes()).containsExactly("[c] not published: fewer than 5 persons");
        assertThat(ShownTable.of(behind(), Locale.ENGLISH, words, "csv", "xlsx").notes())
                .as("no legend without a suppressed count").doesNotContain("[c] not published: fewer than 5 persons");
    }
}
