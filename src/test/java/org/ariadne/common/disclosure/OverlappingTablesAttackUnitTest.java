package org.ariadne.common.disclosure;

import static org.ariadne.common.disclosure.RandomRegisters.margin;
import static org.ariadne.common.disclosure.RandomRegisters.pick;
import static org.ariadne.common.disclosure.RandomRegisters.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A reader of protected victim statistics can ask, for a year, for the list by every dimension and the grid by every
 * two (status × sex, sex × age group, age group × region, ...), all over the same cases. Put together, they are one system of sums
 * over the cases' full cross-classification. Here that reader is simulated on random registers: every list and grid is
 * protected as {@link OverlappingTables} does, then all of them are attacked together ({@link TableAttack#linked}).
 * No suppressed count may come back. The same tables protected each on its own do give counts back, which is why the
 * tables are protected together.
 */
class OverlappingTablesAttackUnitTest {

    /** Statuses and sexes, age groups, regions. */
    private static final int[] SHAPE = {3, 2, 3, 3};

    private final DisclosureControl control = new DisclosureControl(DisclosureControl.DEFAULT_THRESHOLD);
    private final OverlappingTables overlapping = new OverlappingTables(control);

    @Test
    void noCountComesBackFromEveryListAndGridOfARegisterPutTogether() {
        var random = new Random(20261206L);
        int suppressed = 0;
        for (int register = 0; register < 12; register++) {
            var cases = register(random);
            var tables = protectedTogether(cases);
            var findings = TableAttack.linked(SHAPE, tables);
            suppressed += findings.size();
            assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered).toList())
                    .as("counts a reader works out from all the tables of register %d", register).isEmpty();
        }
        assertThat(suppressed).as("the registers had small counts to protect").isGreaterThan(100);
    }

    @Test
    void theSameTablesProtectedEachOnItsOwnGiveCountsBack() {
        var random = new Random(20261206L);
        int recovered = 0;
        for (int register = 0; register < 12; register++) {
            var cases = register(random);
            var tables = protectedApart(cases);
            for (var table : tables) {
                // each table alone is safe: the leak is in putting them together
                assertThat(TableAttack.recovered(TableAttack.attack(shapeOf(table.dimensions()), table.published())))
                        .isEmpty();
            }
            recovered += (int) TableAttack.linked(SHAPE, tables).stream().filter(TableAttack.LinkedFinding::recovered)
                    .count();
        }
        assertThat(recovered).as("suppressed counts got back from tables protected apart").isPositive();
    }

    @Test
    void everySmallCountIsSuppressedAndEveryPublishedOneIsTheRegistersOwn() {
        var random = new Random(7L);
        for (int register = 0; register < 12; register++) {
            var cases = register(random);
            for (var table : protectedTogether(cases)) {
                var shape = shapeOf(table.dimensions());
                var positions = new ArrayList<int[]>();
                positions(shape, 0, new int[shape.length], positions);
                for (var at : positions) {
                    long real = count(cases, table.dimensions(), at);
                    var published = table.published().apply(at);
                    if (real > 0 && real < control.threshold()) {
                        assertThat(published).as("a count of %d", real).isNull();
                    }
                    if (published != null) {
                        assertThat(published).isEqualTo(real);
                    }
                }
            }
        }
    }

    @Test
    void aListOfYearsShowsEveryYearItsReportsShowAndHidesItsTotalWhenThatWouldGiveOneBack() {
        var random = new Random(11L);
        int hiddenTotals = 0;
        for (int i = 0; i < 300; i++) {
            var counts = new long[2 + random.nextInt(8)];
            for (int c = 0; c < counts.length; c++) {
                counts[c] = random.nextInt(3) == 0 ? 1 + random.nextInt(4) : random.nextInt(40);
            }
            var table = overlapping.listOfPublishedCells(counts);
            for (int c = 0; c < counts.length; c++) {
                if (!control.tooSmall(counts[c])) {
                    assertThat(table.at(c).isSuppressed()).as("a year its own reports show").isFalse();
                }
            }
            hiddenTotals += table.total().isSuppressed() ? 1 : 0;
            var published = new Long[counts.length + 1];
            for (int c = 0; c <= counts.length; c++) {
                var disclosed = c == counts.length ? table.total() : table.at(c);
                published[c] = disclosed.isSuppressed() ? null : disclosed.value();
            }
            assertThat(TableAttack.recovered(TableAttack.list(published))).isEmpty();
        }
        assertThat(hiddenTotals).as("lists with a single small year").isPositive();
    }

    /** Between 25 and 150 cases, most of them in a few combinations, so that small counts are common. */
    private static int[][] register(Random random) {
        int size = 25 + random.nextInt(126);
        var weights = new double[SHAPE.length][];
        for (int d = 0; d < SHAPE.length; d++) {
            weights[d] = new double[SHAPE[d]];
            for (int c = 0; c < SHAPE[d]; c++) {
                weights[d][c] = Math.pow(random.nextDouble(), 2) + 0.02;
            }
        }
        var cases = new int[size][SHAPE.length];
        for (var oneCase : cases) {
            for (int d = 0; d < SHAPE.length; d++) {
                oneCase[d] = pick(weights[d], random);
            }
        }
        return cases;
    }

    /** Every list, then every grid beside its two lists, as the statistics pages protect them. */
    private List<TableAttack.Overlapping> protectedTogether(int[][] cases) {
        var lists = new ProtectedTable[SHAPE.length];
        var listCounts = new long[SHAPE.length][];
        var tables = new ArrayList<TableAttack.Overlapping>();
        for (int d = 0; d < SHAPE.length; d++) {
            listCounts[d] = listOf(cases, d);
            lists[d] = overlapping.list(listCounts[d]);
            tables.add(published(new int[] {d}, lists[d]));
        }
        for (int a = 0; a < SHAPE.length; a++) {
            for (int b = a + 1; b < SHAPE.length; b++) {
                var grid = overlapping.grid(gridOf(cases, a, b), margin(listCounts[a], lists[a]),
                        margin(listCounts[b], lists[b]));
                tables.add(published(new int[] {a, b}, grid));
            }
        }
        return tables;
    }

    /** The same tables, each protected as if nobody could have the others. */
    private List<TableAttack.Overlapping> protectedApart(int[][] cases) {
        var tables = new ArrayList<TableAttack.Overlapping>();
        for (int d = 0; d < SHAPE.length; d++) {
            tables.add(published(new int[] {d}, control.protect(CountTable.list(listOf(cases, d)))));
        }
        for (int a = 0; a < SHAPE.length; a++) {
            for (int b = a + 1; b < SHAPE.length; b++) {
                tables.add(published(new int[] {a, b}, control.protect(CountTable.grid(gridOf(cases, a, b)))));
            }
        }
        return tables;
    }

    private static long[] listOf(int[][] cases, int d) {
        var counts = new long[SHAPE[d]];
        for (var oneCase : cases) {
            counts[oneCase[d]]++;
        }
        return counts;
    }

    private static long[][] gridOf(int[][] cases, int a, int b) {
        var counts = new long[SHAPE[a]][SHAPE[b]];
        for (var oneCase : cases) {
            counts[oneCase[a]][oneCase[b]]++;
        }
        return counts;
    }

    private static long count(int[][] cases, int[] dimensions, int[] at) {
        long count = 0;
        for (var oneCase : cases) {
            boolean in = true;
            for (int d = 0; d < dimensions.length && in; d++) {
                in = at[d] == CountTable.TOTAL || oneCase[dimensions[d]] == at[d];
            }
            count += in ? 1 : 0;
        }
        return count;
    }

    private static int[] shapeOf(int[] dimensions) {
        var shape = new int[dimensions.length];
        for (int d = 0; d < dimensions.length; d++) {
            shape[d] = SHAPE[dimensions[d]];
        }
        return shape;
    }

    private static void positions(int[] shape, int d, int[] at, List<int[]> all) {
        if (d == shape.length) {
            all.add(at.clone());
            return;
        }
        for (int c = CountTable.TOTAL; c < shape[d]; c++) {
            at[d] = c;
            positions(shape, d + 1, at, all);
        }
    }
}
