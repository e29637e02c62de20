package org.ariadne.common.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Every table protected here is then attacked as a reader would (see {@link TableAttack}): from the published totals
 * and cells, solving the sums and bounding each suppressed count. None may be got back; every small count must be
 * suppressed; and no published number may differ from the register's.
 */
class DisclosureAttackUnitTest {

    private final DisclosureControl control = new DisclosureControl(DisclosureControl.DEFAULT_THRESHOLD);

    @Test
    void noSuppressedCountOfTwoThousandGridsCanBeWorkedOutFromTheirTotals() {
        var random = new Random(20261206L);
        int suppressedCells = 0;
        for (int i = 0; i < 2000; i++) {
            int rows = 1 + random.nextInt(6);
            int columns = (rows == 1 ? 2 : 1) + random.nextInt(rows == 1 ? 7 : 8);
            var counts = new long[rows][columns];
            for (var row : counts) {
                for (int c = 0; c < columns; c++) {
                    row[c] = count(random);
                }
            }
            var original = CountTable.grid(counts);
            var table = control.protect(original);
            assertProtected(original, table);
            suppressedCells += table.suppressedCount();
        }
        assertThat(suppressedCells).as("the tables had small counts to protect").isGreaterThan(2000);
    }

    @Test
    void noSuppressedCountOfFiveHundredListsCanBeWorkedOut() {
        var random = new Random(14L);
        for (int i = 0; i < 500; i++) {
            var counts = new long[2 + random.nextInt(7)];
            for (int c = 0; c < counts.length; c++) {
                counts[c] = count(random);
            }
            var original = CountTable.list(counts);
            assertProtected(original, control.protect(original));
        }
    }

    @Test
    void noSuppressedCountOfTwoHundredLayeredTablesCanBeWorkedOut() {
        var random = new Random(5L);
        for (int i = 0; i < 200; i++) {
            var counts = new long[2 + random.nextInt(2)][2 + random.nextInt(2)][2 + random.nextInt(3)];
            for (var layer : counts) {
                for (var row : layer) {
                    for (int c = 0; c < row.length; c++) {
                        row[c] = count(random);
                    }
                }
            }
            var original = CountTable.layers(counts);
            assertProtected(original, control.protect(original));
        }
    }

    @Test
    void theAttackGetsBackWhatPrimarySuppressionAloneWouldHide() {
        // the 3 alone hidden: its row total gives it back
        assertThat(TableAttack.recovered(TableAttack.grid(new Long[][] {{null, 10L, 13L}, {8L, 9L, 17L},
                {11L, 19L, 30L}}))).hasSize(1);
        // the 3 and the 10 of its row hidden: their columns give both back
        assertThat(TableAttack.recovered(TableAttack.grid(new Long[][] {{null, null, 13L}, {8L, 9L, 17L},
                {11L, 19L, 30L}}))).hasSize(2);
        // two hidden counts that make 3: 0 to 3 each
        assertThat(TableAttack.recovered(TableAttack.list(new Long[] {null, null, 3L}))).isEmpty();
        // non-negativity pins what the sums alone do not: x + y = 0 leaves only 0 and 0
        assertThat(TableAttack.recovered(TableAttack.list(new Long[] {null, null, 0L}))).hasSize(2);
    }

    /** Many small counts and zeros, as victim statistics by sex and age in a small country have. */
    private static long count(Random random) {
        int kind = random.nextInt(10);
        if (kind < 2) {
            return 0;
        }
        if (kind < 6) {
            return 1 + random.nextInt(4);
        }
        return 5 + random.nextInt(kind < 9 ? 20 : 200);
    }

    private void assertProtected(CountTable original, ProtectedTable table) {
        for (int p = 0; p < original.positionCount(); p++) {
            long value = original.valueAt(p);
            var position = table.atPosition(p);
            if (control.tooSmall(value)) {
                assertThat(position.suppression()).as("small count at %s of %s", p, original)
                        .isEqualTo(Suppression.PRIMARY);
            } else if (!position.isSuppressed()) {
                assertThat(position.value()).as("published count at %s of %s", p, original).isEqualTo(value);
            } else {
                assertThat(value).as("zeros are published").isPositive();
                assertThat(position.suppression()).isEqualTo(Suppression.SECONDARY);
            }
        }
        var recovered = TableAttack.recovered(TableAttack.of(table));
        assertThat(recovered).as("counts got back from %s", original).isEmpty();
    }
}
