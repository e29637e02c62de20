package org.ariadne.common.disclosure;

import java.util.Random;

/**
 * For the attack tests: random registers as real ones look (a few categories hold most cases, others a handful, so
 * small cells abound), and their protected tables as the attack reads them.
 */
final class RandomRegisters {

    private RandomRegisters() {
    }

    /** A list lined up with a grid's rows or columns: its counts and how it publishes them. */
    static OverlappingTables.Margin margin(long[] counts, ProtectedTable list) {
        var published = new Disclosed[counts.length];
        for (int i = 0; i < counts.length; i++) {
            published[i] = list.at(i);
        }
        return new OverlappingTables.Margin(counts, published);
    }

    /** A protected table over some of the register's dimensions, its suppressed positions null. */
    static TableAttack.Overlapping published(int[] dimensions, ProtectedTable table) {
        return new TableAttack.Overlapping(dimensions, at -> {
            var disclosed = table.at(at);
            return disclosed.isSuppressed() ? null : disclosed.value();
        });
    }

    /** A category drawn with chances in proportion to its weight. */
    static int pick(double[] weights, Random random) {
        double sum = 0;
        for (double weight : weights) {
            sum += weight;
        }
        double at = random.nextDouble() * sum;
        for (int c = 0; c < weights.length; c++) {
            at -= weights[c];
            if (at <= 0) {
                return c;
            }
        }
        return weights.length - 1;
    }
}
