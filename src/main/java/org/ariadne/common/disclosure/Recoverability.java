package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * What a reader can work out of a table with some positions suppressed, from its published positions, its sums and
 * that no count is negative. A suppressed position is exposed when the sums and non-negativity leave it a single whole
 * number: the least and greatest values the simplex method finds for it hold only one integer between them (a
 * position fixed by the sums alone has its least equal to its greatest).
 *
 * <p>Fast on large tables (issue 14, {@code DisclosureBenchmark}): every solution the simplex method finds is a table a
 * reader could not tell from the real one, so it shows, for <em>every</em> suppressed position, a value it could
 * have; the real counts are one more such table. A position for which these witnesses already hold two whole numbers
 * cannot be exposed, and needs no solving of its own. Most positions of a large table are settled this way by the
 * first few solutions; the answer is the same as solving for each position, only without the solving that cannot
 * change it.
 */
final class Recoverability {

    /** Slack for the simplex method's floating point: bounds are whole numbers or fractions far from this. */
    private static final double SLACK = 1e-6;

    private final CountTable table;
    private final List<int[]> sums;

    Recoverability(CountTable table) {
        this.table = table;
        this.sums = table.sums();
    }

    List<int[]> sums() {
        return sums;
    }

    /** The suppressed positions a reader could work out exactly; empty when the table is safe. */
    List<Integer> exposed(boolean[] suppressed) {
        return new Unknowns(suppressed).exposed(false);
    }

    /** The first suppressed position (in table order) a reader could work out, if any. */
    java.util.Optional<Integer> firstExposed(boolean[] suppressed) {
        return new Unknowns(suppressed).exposed(true).stream().findFirst();
    }

    /** Whether this one suppressed position could be worked out. */
    boolean exposed(boolean[] suppressed, int position) {
        var system = new Unknowns(suppressed);
        for (int j = 0; j < system.unknowns.length; j++) {
            if (system.unknowns[j] == position) {
                return system.exposed(j);
            }
        }
        throw new IllegalArgumentException("position " + position + " is not suppressed");
    }

    /** Whether a range of values holds at least two whole numbers. */
    static boolean open(double least, double greatest) {
        return Math.ceil(least - SLACK) < Math.floor(greatest + SLACK);
    }

    /**
     * The sums in the suppressed positions only, the published part of each moved to the right-hand side, with the
     * values the positions are known to be able to take (witnessed).
     */
    private final class Unknowns {

        final int[] unknowns;
        final List<LinearConstraint> constraints = new ArrayList<>();
        final List<double[]> rows = new ArrayList<>();
        final List<Double> rights = new ArrayList<>();
        /** The least and greatest value of each unknown seen in a table that fits everything published. */
        final double[] least;
        final double[] greatest;

        Unknowns(boolean[] suppressed) {
            var index = new int[suppressed.length];
            var list = new ArrayList<Integer>();
            for (int p = 0; p < suppressed.length; p++) {
                index[p] = suppressed[p] ? list.size() : -1;
                if (suppressed[p]) {
                    list.add(p);
                }
            }
            unknowns = list.stream().mapToInt(Integer::intValue).toArray();
            int n = unknowns.length;
            least = new double[n];
            greatest = new double[n];
            for (int j = 0; j < n; j++) {
                // the real table is one of the tables a reader cannot tell apart
                least[j] = table.valueAt(unknowns[j]);
                greatest[j] = least[j];
            }
            for (var sum : sums) {
                // sum[0] - (sum[1] + ... ) = 0, published positions moved to the right-hand side
                var row = new double[n];
                long right = 0;
                boolean any = false;
                for (int k = 0; k < sum.length; k++) {
                    int sign = k == 0 ? 1 : -1;
                    int p = sum[k];
                    if (index[p] >= 0) {
                        row[index[p]] += sign;
                        any = true;
                    } else {
                        right -= sign * table.valueAt(p);
                    }
                }
                if (any) {
                    if (right < 0) {
                        // the same equation with a right-hand side of zero or more: the simplex method of Commons
                        // Math finds wrong optima on some with a negative one (a list's suppressed cells bounded to 0)
                        for (int k = 0; k < n; k++) {
                            row[k] = -row[k];
                        }
                        right = -right;
                    }
                    rows.add(row);
                    rights.add((double) right);
                    constraints.add(new LinearConstraint(row, Relationship.EQ, right));
                }
            }
        }

        List<Integer> exposed(boolean firstOnly) {
            var exposed = new ArrayList<Integer>();
            for (int j = 0; j < unknowns.length; j++) {
                if (exposed(j)) {
                    exposed.add(unknowns[j]);
                    if (firstOnly) {
                        break;
                    }
                }
            }
            return exposed;
        }

        /** Whether the unknown is a single whole number in every table that fits what is published. */
        boolean exposed(int unknown) {
            if (open(least[unknown], greatest[unknown])) {
                return false;
            }
            if (!optimum(unknown, GoalType.MINIMIZE) || open(least[unknown], greatest[unknown])) {
                return !open(least[unknown], greatest[unknown]);
            }
            optimum(unknown, GoalType.MAXIMIZE);
            return !open(least[unknown], greatest[unknown]);
        }

        private List<LinearConstraint> withNonNegative() {
            var all = new ArrayList<LinearConstraint>(constraints);
            for (int k = 0; k < unknowns.length; k++) {
                var unit = new double[unknowns.length];
                unit[k] = 1;
                all.add(new LinearConstraint(unit, Relationship.GEQ, 0));
            }
            return all;
        }

        /** Whether values for the unknowns keep every sum and are not negative (up to the solver's rounding). */
        private boolean fits(double[] point) {
            for (double value : point) {
                if (value < -SLACK) {
                    return false;
                }
            }
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                double sum = 0;
                for (int k = 0; k < row.length; k++) {
                    sum += row[k] * point[k];
                }
                if (Math.abs(sum - rights.get(i)) > SLACK * Math.max(1, Math.abs(rights.get(i)))) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Solves for the least or greatest value of the unknown, and keeps what the solution shows of every unknown.
         * False when the solver could not tell (then the unknown counts as exposed, and is protected further).
         */
        private boolean optimum(int unknown, GoalType goal) {
            if (constraints.isEmpty()) {
                // nothing published holds it: any value is possible
                least[unknown] = 0;
                greatest[unknown] = Double.POSITIVE_INFINITY;
                return true;
            }
            var objective = new double[unknowns.length];
            objective[unknown] = 1;
            try {
                // Bland's rule: the sums of a table are degenerate, and the default rule may cycle on them. No count is
                // negative, said as constraints of their own: with the solver's own non-negativity, Commons Math 3.6
                // stops at a wrong optimum (the greatest of x2 with x1 + x2 + x3 = 6 came out as 0)
                var solution = new SimplexSolver().optimize(new MaxIter(100_000),
                        new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(withNonNegative()), goal,
                        new NonNegativeConstraint(false), PivotSelectionRule.BLAND);
                var point = solution.getPoint();
                if (!fits(point)) {
                    // a solution that breaks a sum is no table a reader could hold: cannot tell
                    least[unknown] = table.valueAt(unknowns[unknown]);
                    greatest[unknown] = least[unknown];
                    return false;
                }
                for (int k = 0; k < point.length; k++) {
                    least[k] = Math.min(least[k], point[k]);
                    greatest[k] = Math.max(greatest[k], point[k]);
                }
                return true;
            } catch (UnboundedSolutionException unbounded) {
                if (goal == GoalType.MAXIMIZE) {
                    greatest[unknown] = Double.POSITIVE_INFINITY;
                } else {
                    least[unknown] = Double.NEGATIVE_INFINITY;
                }
                return true;
            } catch (TooManyIterationsException stuck) {
                // cannot tell: count the position as exposed, and protect it further
                least[unknown] = table.valueAt(unknowns[unknown]);
                greatest[unknown] = least[unknown];
                return false;
            }
        }
    }
}
