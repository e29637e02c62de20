package org.ariadne.common.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ariadne.common.disclosure.CountTable.TOTAL;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DisclosureControlUnitTest {

    private final DisclosureControl control = new DisclosureControl(DisclosureControl.DEFAULT_THRESHOLD);

    @Test
    void aCountBelowTheThresholdIsSuppressedAndNamedPrimary() {
        var table = control.protect(CountTable.grid(new long[][] {{3, 10, 12}, {8, 9, 20}, {15, 11, 7}}));

        assertThat(table.cell(0, 0)).isEqualTo(Disclosed.suppressed(Suppression.PRIMARY));
        assertThat(table.cell(0, 0).cell()).isEqualTo(SuppressedCells.MARK);
        assertNothingRecovered(table);
    }

    @Test
    void aSmallCellGetsAComplementInItsRowAndInItsColumnAndTheRectangleCloses() {
        var table = control.protect(CountTable.grid(new long[][] {{3, 10, 12}, {8, 9, 20}, {15, 11, 7}}));

        var inRow = suppressedOf(table, 0, true);
        var inColumn = suppressedOf(table, 0, false);
        assertThat(inRow).as("row 0 hides the 3 and a complement").hasSizeGreaterThanOrEqualTo(2).contains(0);
        assertThat(inColumn).as("column 0 hides the 3 and a complement").hasSizeGreaterThanOrEqualTo(2).contains(0);
        // the smallest non-zero neighbours are taken: 10 in the row, 8 in the column
        assertThat(table.cell(0, 1).suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(table.cell(1, 0).suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(table.cell(1, 1).suppression()).as("the fourth corner, 9").isEqualTo(Suppression.SECONDARY);
        assertThat(table.suppressedCount()).isEqualTo(4);
        assertThat(table.total()).isEqualTo(Disclosed.published(95));
        assertThat(table.rowTotal(0)).isEqualTo(Disclosed.published(25));
        assertNothingRecovered(table);
    }

    @Test
    void aSmallTotalIsSuppressedToo() {
        var table = control.protect(CountTable.grid(new long[][] {{0, 4}, {10, 20}}));

        assertThat(table.rowTotal(0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.cell(0, 1).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.cell(0, 0)).as("a zero says nobody, and is published").isEqualTo(Disclosed.published(0));
        assertNothingRecovered(table);
    }

    @Test
    void aTableOfSmallCountsHidesThemAllButKeepsTheGrandTotalWhenItIsLargeEnough() {
        var table = control.protect(CountTable.grid(new long[][] {{1, 2}, {3, 1}}));

        for (int row = 0; row < 2; row++) {
            for (int column = 0; column < 2; column++) {
                assertThat(table.cell(row, column).suppression()).isEqualTo(Suppression.PRIMARY);
            }
            assertThat(table.rowTotal(row).isSuppressed()).isTrue();
            assertThat(table.columnTotal(row).isSuppressed()).isTrue();
        }
        assertThat(table.total()).isEqualTo(Disclosed.published(7));
        assertNothingRecovered(table);
    }

    @Test
    void zerosArePublishedAndNeverChosenAsComplements() {
        var table = control.protect(CountTable.grid(new long[][] {{0, 3, 0}, {0, 10, 6}, {0, 12, 9}}));

        for (int row = 0; row < 3; row++) {
            assertThat(table.cell(row, 0)).isEqualTo(Disclosed.published(0));
        }
        assertThat(table.columnTotal(0)).isEqualTo(Disclosed.published(0));
        assertThat(table.cell(0, 2)).isEqualTo(Disclosed.published(0));
        assertNothingRecovered(table);
    }

    @Test
    void aListHidesItsSmallCountWithTheNextSmallest() {
        var table = control.protect(CountTable.list(3, 10, 12));

        assertThat(table.cell(0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.cell(1).suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(table.cell(2)).isEqualTo(Disclosed.published(12));
        assertThat(table.total()).isEqualTo(Disclosed.published(25));
        assertThat(table.rows()).containsExactly(List.of(SuppressedCells.MARK), List.of(SuppressedCells.MARK),
                List.of(new java.math.BigDecimal(12)), List.of(new java.math.BigDecimal(25)));
        assertNothingRecovered(table);
    }

    @Test
    void aListWhoseTotalIsSmallHidesEverythingButItsZeros() {
        var table = control.protect(CountTable.list(0, 3));

        assertThat(table.cell(0)).isEqualTo(Disclosed.published(0));
        assertThat(table.cell(1).isSuppressed()).isTrue();
        assertThat(table.total().isSuppressed()).isTrue();
        assertNothingRecovered(table);
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() {
        var table = control.protect(CountTable.grid(new long[][] {{5, 0}, {17, 40}}));

        assertThat(table.hasSuppressed()).isFalse();
        assertThat(table.rows()).hasSize(3);
    }

    @Test
    void layersOfGridsAreProtectedAcrossEveryTotal() {
        var table = control.protect(CountTable.layers(new long[][][] {
                {{3, 12}, {20, 8}},
                {{15, 7}, {9, 2}},
                {{11, 30}, {6, 14}}}));

        assertThat(table.at(0, 0, 0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.at(1, 1, 1).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(table.at(TOTAL, 0, 0)).as("3 + 15 + 11 across the layers")
                .satisfies(position -> assertThat(position.isSuppressed() || position.value() == 29).isTrue());
        assertNothingRecovered(table);
    }

    @Test
    void aTotalThatALinkedTableHidesIsHiddenHereTooAndCannotBeWorkedOutFromTheRowTotals() {
        var counts = CountTable.grid(new long[][] {{6, 12}, {7, 9}});

        var table = control.protect(counts, List.of(counts.grandTotal()));

        assertThat(table.total()).isEqualTo(Disclosed.suppressed(Suppression.SECONDARY));
        assertThat(table.suppressedCount()).as("more than the total alone").isGreaterThan(1);
        assertNothingRecovered(table);
        assertThat(control.protect(CountTable.list(0, 0), List.of(CountTable.list(0, 0).grandTotal())).total())
                .as("a zero is still published").isEqualTo(Disclosed.published(0));
    }

    @Test
    void theThresholdIsConfigurable() {
        var three = new DisclosureControl(3);

        assertThat(three.protect(CountTable.list(3, 10)).cell(0)).isEqualTo(Disclosed.published(3));
        assertThat(three.protect(CountTable.list(2, 10)).cell(0).suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(three.protect(4)).isEqualTo(Disclosed.published(4));
        assertThat(control.protect(4)).isEqualTo(Disclosed.suppressed(Suppression.PRIMARY));
        assertThatThrownBy(() -> new DisclosureControl(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> CountTable.list(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRowsOfAGridEndWithTheTotals() {
        var table = control.protect(CountTable.grid(new long[][] {{6, 7}, {8, 9}}));

        assertThat(table.rows()).containsExactly(numbers(6, 7, 13), numbers(8, 9, 17), numbers(14, 16, 30));
    }

    private static List<Object> numbers(long... values) {
        var list = new ArrayList<Object>();
        for (long value : values) {
            list.add(java.math.BigDecimal.valueOf(value));
        }
        return list;
    }

    private static List<Integer> suppressedOf(ProtectedTable table, int index, boolean row) {
        var found = new ArrayList<Integer>();
        int size = table.shape()[row ? 1 : 0];
        for (int i = 0; i < size; i++) {
            var position = row ? table.cell(index, i) : table.cell(i, index);
            if (position.isSuppressed()) {
                found.add(i);
            }
        }
        return found;
    }

    static void assertNothingRecovered(ProtectedTable table) {
        var findings = TableAttack.of(table);
        assertThat(TableAttack.recovered(findings)).as("counts a reader gets back from the totals").isEmpty();
    }
}
