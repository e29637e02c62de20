package org.ariadne.common.disclosure;

import static org.ariadne.common.disclosure.RandomRegisters.margin;
import static org.ariadne.common.disclosure.RandomRegisters.pick;
import static org.ariadne.common.disclosure.RandomRegisters.published;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * A protected reader may ask for the grid by two dimensions in either order: status × sex, then sex × status. It is
 * the same counts, transposed, but {@link DisclosureControl} breaks ties between equal counts by their place in the
 * table, so a grid and its transpose protected each in the order asked can hide different complements; the reader
 * lays one over the other and works hidden counts out. Protected once, in one order, and transposed for the other,
 * both hide the same cells and give nothing back. Simulated here on random registers of two dimensions, with the two
 * lists beside them as the pages give them, and all the tables attacked together ({@link TableAttack#linked}).
 */
class GridOrientationAttackUnitTest {

    /** Sex and status (with "not recorded"), age groups and statuses, age groups and regions, forms and regions. */
    private static final int[][] SHAPES = {{2, 2}, {3, 2}, {3, 3}, {4, 3}};
    private static final int REGISTERS = 12;

    private final DisclosureControl control = new DisclosureControl(DisclosureControl.DEFAULT_THRESHOLD);
    private final OverlappingTables overlapping = new OverlappingTables(control);

    @Test
    void aGridAndItsTransposeProtectedEachInTheOrderAskedGiveCountsBack() {
        var random = new Random(20261207L);
        int leaking = 0;
        int recovered = 0;
        for (var shape : SHAPES) {
            for (int register = 0; register < REGISTERS; register++) {
                var protectedApart = protectedInTheOrderAsked(register(shape, random));
                int found = (int) TableAttack.linked(shape, protectedApart).stream()
                        .filter(TableAttack.LinkedFinding::recovered).count();
                leaking += found > 0 ? 1 : 0;
                recovered += found;
            }
        }
        assertThat(leaking).as("registers whose grid and transpose, protected apart, give counts back").isPositive();
        assertThat(recovered).isPositive();
    }

    @Test
    void aGridAndItsTransposeProtectedInOneOrderHideTheSameCellsAndGiveNoCountBack() {
        var random = new Random(20261207L);
        int suppressed = 0;
        for (var shape : SHAPES) {
            for (int register = 0; register < REGISTERS; register++) {
                var counts = register(shape, random);
                var tables = protectedInOneOrder(counts);
                var grid = tables.get(2);
                var transposed = tables.get(3);
                for (int r = CountTable.TOTAL; r < shape[0]; r++) {
                    for (int c = CountTable.TOTAL; c < shape[1]; c++) {
                        assertThat(transposed.published().apply(new int[] {c, r}))
                                .as("(%d, %d) of register %d of shape %d × %d", r, c, register, shape[0], shape[1])
                                .isEqualTo(grid.published().apply(new int[] {r, c}));
                    }
                }
                var findings = TableAttack.linked(shape, tables);
                suppressed += findings.size();
                assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered).toList())
                        .as("counts worked out from both orders of register %d of shape %d × %d", register, shape[0],
                                shape[1])
                        .isEmpty();
            }
        }
        assertThat(suppressed).as("the registers had small counts to protect").isGreaterThan(100);
    }

    /** The two lists, the grid as asked and its transpose as asked, each grid protected beside the lists. */
    private List<TableAttack.Overlapping> protectedInTheOrderAsked(long[][] counts) {
        var rows = rowsOf(counts);
        var columns = columnsOf(counts);
        var rowList = overlapping.list(rows);
        var columnList = overlapping.list(columns);
        var grid = overlapping.grid(counts, margin(rows, rowList), margin(columns, columnList));
        var transposed = overlapping.grid(transpose(counts), margin(columns, columnList), margin(rows, rowList));
        return List.of(published(new int[] {0}, rowList), published(new int[] {1}, columnList),
                published(new int[] {0, 1}, grid), published(new int[] {1, 0}, transposed));
    }

    /** The same tables with the transpose the grid protected once and turned ({@link ProtectedTable#transposed}). */
    private List<TableAttack.Overlapping> protectedInOneOrder(long[][] counts) {
        var rows = rowsOf(counts);
        var columns = columnsOf(counts);
        var rowList = overlapping.list(rows);
        var columnList = overlapping.list(columns);
        var grid = overlapping.grid(counts, margin(rows, rowList), margin(columns, columnList));
        return List.of(published(new int[] {0}, rowList), published(new int[] {1}, columnList),
                published(new int[] {0, 1}, grid), published(new int[] {1, 0}, grid.transposed()));
    }

    /**
     * Between 25 and 150 cases, most of them in a few combinations, so that small counts, and equal ones, are
     * common.
     */
    private static long[][] register(int[] shape, Random random) {
        int size = 25 + random.nextInt(126);
        var weights = new double[2][];
        for (int d = 0; d < 2; d++) {
            weights[d] = new double[shape[d]];
            for (int c = 0; c < shape[d]; c++) {
                weights[d][c] = Math.pow(random.nextDouble(), 2) + 0.02;
            }
        }
        var counts = new long[shape[0]][shape[1]];
        for (int i = 0; i < size; i++) {
            counts[pick(weights[0], random)][pick(weights[1], random)]++;
        }
        return counts;
    }

    private static long[] rowsOf(long[][] counts) {
        var rows = new long[counts.length];
        for (int r = 0; r < counts.length; r++) {
            for (long count : counts[r]) {
                rows[r] += count;
            }
        }
        return rows;
    }

    private static long[] columnsOf(long[][] counts) {
        return rowsOf(transpose(counts));
    }

    private static long[][] transpose(long[][] counts) {
        var transposed = new long[counts[0].length][counts.length];
        for (int r = 0; r < counts.length; r++) {
            for (int c = 0; c < counts[r].length; c++) {
                transposed[c][r] = counts[r][c];
            }
        }
        return transposed;
    }
}
