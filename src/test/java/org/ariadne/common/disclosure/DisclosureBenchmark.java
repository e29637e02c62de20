package org.ariadne.common.disclosure;

import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How long {@link DisclosureControl#protect(CountTable)} takes on tables of the register's sizes. A benchmark, not a
 * test: it asserts nothing and prints its figures. Run it with
 * {@code ./mvnw -Pbenchmark test -Dtest=DisclosureBenchmark} ({@code -Dariadne.benchmark.skip-layers=true} leaves out
 * the three-dimensional tables).
 *
 * <p>Counts are drawn as a register of a small country has them: most cells of a fine table empty or small (a few
 * hundred persons a year over 20 regions and 10 forms of exploitation or citizenships), a few large.
 */
@Tag("benchmark")
class DisclosureBenchmark {

    private final DisclosureControl rule = new DisclosureControl(DisclosureControl.DEFAULT_THRESHOLD);

    @Test
    void protectTablesOfTheRegistersSizes() {
        var random = new Random(14);
        time("list of 5 years", () -> CountTable.list(counts(random, 5, 120)));
        time("grid sex x age group (2 x 2)", () -> CountTable.grid(grid(random, 2, 2, 30)));
        time("grid 5 years x 10 categories", () -> CountTable.grid(grid(random, 5, 10, 8)));
        time("grid 20 regions x 10 categories", () -> CountTable.grid(grid(random, 20, 10, 2)));
        time("grid 20 regions x 10 categories, denser", () -> CountTable.grid(grid(random, 20, 10, 12)));
        // the register's three-dimensional statistics: 6 years x 7 regions x 8 forms of exploitation, a few hundred
        // persons a year
        time("layers 6 years x 7 regions x 8 forms", () -> CountTable.layers(layers(random, 6, 7, 8, 2)));
        if (!Boolean.getBoolean("ariadne.benchmark.skip-layers")) {
            time("layers 5 years x 20 regions x 10 categories", () -> CountTable.layers(layers(random, 5, 20, 10, 1)));
            time("layers 5 years x 20 regions x 10 categories, denser",
                    () -> CountTable.layers(layers(random, 5, 20, 10, 8)));
        }
    }

    private void time(String name, java.util.function.Supplier<CountTable> tables) {
        int runs = 3;
        long best = Long.MAX_VALUE;
        int suppressed = 0;
        int positions = 0;
        for (int run = 0; run < runs; run++) {
            var table = tables.get();
            positions = table.positionCount();
            long started = System.nanoTime();
            var protectedTable = rule.protect(table);
            long took = System.nanoTime() - started;
            best = Math.min(best, took);
            suppressed = protectedTable.suppressedCount();
            if (took > 60_000_000_000L) {
                runs = run + 1;
                break;
            }
        }
        System.out.printf("%-55s %5d positions, %4d suppressed, best of %d: %,10.1f ms%n", name, positions, suppressed,
                runs, best / 1e6);
    }

    private static long[] counts(Random random, int size, int mean) {
        var counts = new long[size];
        for (int i = 0; i < size; i++) {
            counts[i] = draw(random, mean);
        }
        return counts;
    }

    private static long[][] grid(Random random, int rows, int columns, int mean) {
        var grid = new long[rows][];
        for (int r = 0; r < rows; r++) {
            grid[r] = counts(random, columns, mean);
        }
        return grid;
    }

    private static long[][][] layers(Random random, int layers, int rows, int columns, int mean) {
        var stack = new long[layers][][];
        for (int l = 0; l < layers; l++) {
            stack[l] = grid(random, rows, columns, mean);
        }
        return stack;
    }

    /** A skewed count: mostly near the mean, now and then several times it, often nothing when the mean is small. */
    private static long draw(Random random, int mean) {
        double u = random.nextDouble();
        return Math.round(-Math.log(1 - u) * mean);
    }
}
