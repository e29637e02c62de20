package org.ariadne.common.disclosure;

import java.util.Random;

/** Random registers as real ones look: a few categories hold most cases, others a handful, so small cells abound. */
final class SkewedCounts {

    private SkewedCounts() {
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
