package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fraction.BigFraction;
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
 * that no count is negative. A suppressed position is exposed when it is fixed by the sums alone (its unit vector lies
 * in the row space of the sums restricted to the suppressed positions: exact rational elimination), or when the
 * sums and non-negativity leave it a single whole number (the least and greatest values the simplex method finds for
 * it hold only one integer between them).
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
        var system = new Reduced(suppressed);
        var exposed = new ArrayList<Integer>();
        for (int j = 0; j < system.unknowns.length; j++) {
            if (system.exposed(j)) {
                exposed.add(system.unknowns[j]);
            }
        }
        return exposed;
    }

    /** Whether this one suppressed position could be worked out. */
    boolean exposed(boolean[] suppressed, int position) {
        var system = new Reduced(suppressed);
        for (int j = 0; j < system.unknowns.length; j++) {
            if (system.unknowns[j] == position) {
                return system.exposed(j);
            }
        }
        throw new IllegalArgumentException("position " + position + " is not suppressed");
    }

    /** The least and greatest value a reader can find for an unknown, given the sums and non-negativity. */
    record Bounds(double least, double greatest) {

        /** Whether at least two whole numbers are possible. */
        boolean open() {
            return Math.ceil(least - SLACK) < Math.floor(greatest + SLACK);
        }
    }

    /** The sums in the suppressed positions only, reduced to row echelon form with the published part on the right. */
    private final class Reduced {

        final int[] unknowns;
        /** Reduced rows: coefficients of the unknowns, then the right-hand side. */
        final List<BigFraction[]> rows = new ArrayList<>();
        final int[] pivotOfRow;
        final int[] rowOfPivot;

        Reduced(boolean[] suppressed) {
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
            var matrix = new ArrayList<BigFraction[]>();
            for (var sum : sums) {
                // sum[0] - (sum[1] + ... ) = 0, published positions moved to the right-hand side
                var row = new BigFraction[n + 1];
                java.util.Arrays.fill(row, BigFraction.ZERO);
                long right = 0;
                boolean any = false;
                for (int k = 0; k < sum.length; k++) {
                    int sign = k == 0 ? 1 : -1;
                    int p = sum[k];
                    if (index[p] >= 0) {
                        row[index[p]] = row[index[p]].add(sign);
                        any = true;
                    } else {
                        right -= sign * table.valueAt(p);
                    }
                }
                if (any) {
                    row[n] = new BigFraction(right);
                    matrix.add(row);
                }
            }
            rowOfPivot = new int[n];
            java.util.Arrays.fill(rowOfPivot, -1);
            var pivots = new ArrayList<Integer>();
            int r = 0;
            for (int column = 0; column < n && r < matrix.size(); column++) {
                int found = -1;
                for (int i = r; i < matrix.size(); i++) {
                    if (matrix.get(i)[column].getNumerator().signum() != 0) {
                        found = i;
                        break;
                    }
                }
                if (found < 0) {
                    continue;
                }
                java.util.Collections.swap(matrix, r, found);
                var pivotRow = matrix.get(r);
                var pivot = pivotRow[column];
                for (int k = 0; k <= n; k++) {
                    pivotRow[k] = pivotRow[k].divide(pivot);
                }
                for (int i = 0; i < matrix.size(); i++) {
                    var other = matrix.get(i);
                    if (i != r && other[column].getNumerator().signum() != 0) {
                        var factor = other[column];
                        for (int k = 0; k <= n; k++) {
                            if (pivotRow[k].getNumerator().signum() != 0) {
                                other[k] = other[k].subtract(factor.multiply(pivotRow[k]));
                            }
                        }
                    }
                }
                rowOfPivot[column] = r;
                pivots.add(column);
                r++;
            }
            for (int i = 0; i < r; i++) {
                rows.add(matrix.get(i));
            }
            pivotOfRow = pivots.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean exposed(int unknown) {
            return determined(unknown) || !bounds(unknown).open();
        }

        /** Fixed by the sums alone: a pivot whose row holds no free unknown. */
        boolean determined(int unknown) {
            int r = rowOfPivot[unknown];
            if (r < 0) {
                return false;
            }
            var row = rows.get(r);
            for (int k = 0; k < unknowns.length; k++) {
                if (k != unknown && row[k].getNumerator().signum() != 0) {
                    return false;
                }
            }
            return true;
        }

        Bounds bounds(int unknown) {
            int n = unknowns.length;
            var constraints = new ArrayList<LinearConstraint>();
            for (var row : rows) {
                var coefficients = new double[n];
                for (int k = 0; k < n; k++) {
                    coefficients[k] = row[k].doubleValue();
                }
                constraints.add(new LinearConstraint(coefficients, Relationship.EQ, row[n].doubleValue()));
            }
            var objective = new double[n];
            objective[unknown] = 1;
            double least = optimum(objective, constraints, GoalType.MINIMIZE);
            double greatest = optimum(objective, constraints, GoalType.MAXIMIZE);
            return new Bounds(least, greatest);
        }

        private static double optimum(double[] objective, List<LinearConstraint> constraints, GoalType goal) {
            if (constraints.isEmpty()) {
                return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
            }
            try {
                // Bland's rule: the sums of a table are degenerate, and the default rule may cycle on them
                return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(true),
                        PivotSelectionRule.BLAND).getValue();
            } catch (UnboundedSolutionException unbounded) {
                return goal == GoalType.MINIMIZE ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            } catch (TooManyIterationsException stuck) {
                // cannot tell: count the position as exposed, and protect it further
                return goal == GoalType.MINIMIZE ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            }
        }
    }
}
