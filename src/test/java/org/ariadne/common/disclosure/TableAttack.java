package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.linear.UnboundedSolutionException;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * A reader who tries to get suppressed counts back from a published table: from its shape alone (every total is the
 * sum of what it totals), its published numbers and that counts are never negative. Written apart from
 * {@link DisclosureControl}: it builds the sums itself, tests linear determination by the rank of a floating-point
 * singular value decomposition, and bounds each unknown with the simplex method. A count is recovered when the
 * bounds leave a single whole number.
 */
public final class TableAttack {

    /** What the reader found out about one suppressed position. */
    public record Finding(List<Integer> coordinates, double least, double greatest, boolean determinedBySums) {

        public boolean recovered() {
            return determinedBySums || Math.ceil(least - 1e-6) >= Math.floor(greatest + 1e-6);
        }
    }

    private TableAttack() {
    }

    /**
     * Attacks a published grid given as its rows with the row total last and the row of column totals last (as the
     * portal prints it); {@code null} is a suppressed cell.
     */
    public static List<Finding> grid(Long[][] published) {
        int rows = published.length - 1;
        int columns = published[0].length - 1;
        return attack(new int[] {rows, columns}, at -> published[at[0] < 0 ? rows : at[0]][at[1] < 0 ? columns : at[1]]);
    }

    /** Attacks a published list given with its total last; {@code null} is a suppressed cell. */
    public static List<Finding> list(Long[] published) {
        int size = published.length - 1;
        return attack(new int[] {size}, at -> published[at[0] < 0 ? size : at[0]]);
    }

    /** Attacks a protected table as it would be published. */
    public static List<Finding> of(ProtectedTable table) {
        return attack(table.shape(), at -> table.at(at).value());
    }

    /** Attacks a table of any shape whose position at coordinates ({@code -1} = total) is published or null. */
    public static List<Finding> attack(int[] shape, Function<int[], Long> published) {
        var all = new ArrayList<int[]>();
        coordinates(shape, 0, new int[shape.length], all);
        var unknowns = new LinkedHashMap<String, Integer>();
        var known = new LinkedHashMap<String, Long>();
        for (var at : all) {
            var value = published.apply(at);
            if (value == null) {
                unknowns.put(Arrays.toString(at), unknowns.size());
            } else {
                known.put(Arrays.toString(at), value);
            }
        }
        int n = unknowns.size();
        var equations = new ArrayList<double[]>();
        var rights = new ArrayList<Double>();
        for (var at : all) {
            for (int d = 0; d < shape.length; d++) {
                if (at[d] != -1) {
                    continue;
                }
                var row = new double[n];
                double right = 0;
                boolean any = false;
                for (int c = -1; c < shape[d]; c++) {
                    var member = at.clone();
                    member[d] = c;
                    double sign = c == -1 ? 1 : -1;
                    var key = Arrays.toString(member);
                    if (unknowns.containsKey(key)) {
                        row[unknowns.get(key)] += sign;
                        any = true;
                    } else {
                        right -= sign * known.get(key);
                    }
                }
                if (any) {
                    equations.add(row);
                    rights.add(right);
                }
            }
        }
        var findings = new ArrayList<Finding>();
        int rank = rank(equations, null);
        for (var entry : unknowns.entrySet()) {
            int j = entry.getValue();
            var unit = new double[n];
            unit[j] = 1;
            boolean determined = !equations.isEmpty() && rank(equations, unit) == rank;
            var objective = new double[n];
            objective[j] = 1;
            double least = optimum(objective, equations, rights, GoalType.MINIMIZE);
            double greatest = optimum(objective, equations, rights, GoalType.MAXIMIZE);
            var coordinates = Arrays.stream(entry.getKey().replaceAll("[\\[\\] ]", "").split(","))
                    .map(Integer::valueOf).toList();
            findings.add(new Finding(coordinates, least, greatest, determined));
        }
        return findings;
    }

    /**
     * One table of several published over the same records: which dimensions of the records it counts by, and its
     * position at coordinates of those ({@code -1} = total) as published or null.
     */
    public record Overlapping(int[] dimensions, Function<int[], Long> published) {
    }

    /** What the reader found out about one suppressed position of one of several tables. */
    public record LinkedFinding(int table, List<Integer> coordinates, double least, double greatest) {

        public boolean recovered() {
            return Math.ceil(least - 1e-6) >= Math.floor(greatest + 1e-6);
        }
    }

    /**
     * Attacks several tables together, as a reader who has them all: the unknowns are the counts of the records'
     * full cross-classification ({@code shape}, one count per combination of every dimension, never negative); every
     * published position of every table is the sum of the combinations it covers. Each suppressed position is bounded
     * by the simplex method over all of them; it is recovered when the bounds leave a single whole number.
     */
    public static List<LinkedFinding> linked(int[] shape, List<Overlapping> tables) {
        var grouped = new ArrayList<Grouped>();
        for (var table : tables) {
            var own = new int[table.dimensions().length];
            for (int d = 0; d < own.length; d++) {
                own[d] = shape[table.dimensions()[d]];
            }
            grouped.add(new Grouped(own, cell -> {
                var at = new int[own.length];
                for (int d = 0; d < own.length; d++) {
                    at[d] = cell[table.dimensions()[d]];
                }
                return at;
            }, table.published()));
        }
        return grouped(shape, grouped);
    }

    /**
     * A table over the records whose categories are groups of the records' categories, or that counts some records
     * only (a plan indicator of identified victims by sex and "under 18 / adult", beside statistics by status, sex and
     * finer age groups): its own shape, where each combination of the records falls in it ({@code of}: its
     * coordinates, or null for records it does not count), and its positions ({@code -1} = total) as published or
     * null.
     */
    public record Grouped(int[] shape, Function<int[], int[]> of, Function<int[], Long> published) {
    }

    /** {@link #linked} for tables whose categories group the records' ones ({@link Grouped}). */
    public static List<LinkedFinding> grouped(int[] shape, List<Grouped> tables) {
        var cells = new ArrayList<int[]>();
        full(shape, 0, new int[shape.length], cells);
        int n = cells.size();
        var equations = new ArrayList<double[]>();
        var rights = new ArrayList<Double>();
        var targets = new ArrayList<double[]>();
        var found = new ArrayList<LinkedFinding>();
        for (int t = 0; t < tables.size(); t++) {
            var table = tables.get(t);
            var where = new ArrayList<int[]>();
            cells.forEach(cell -> where.add(table.of().apply(cell)));
            var positions = new ArrayList<int[]>();
            coordinates(table.shape(), 0, new int[table.shape().length], positions);
            for (var at : positions) {
                var row = new double[n];
                for (int k = 0; k < n; k++) {
                    var mapped = where.get(k);
                    boolean member = mapped != null;
                    for (int d = 0; d < at.length && member; d++) {
                        member = at[d] == -1 || mapped[d] == at[d];
                    }
                    row[k] = member ? 1 : 0;
                }
                var value = table.published().apply(at);
                if (value == null) {
                    targets.add(row);
                    found.add(new LinkedFinding(t, Arrays.stream(at).boxed().toList(), 0, 0));
                } else {
                    equations.add(row);
                    rights.add(value.doubleValue());
                }
            }
        }
        var findings = new ArrayList<LinkedFinding>();
        for (int i = 0; i < targets.size(); i++) {
            double least = optimum(targets.get(i), equations, rights, GoalType.MINIMIZE);
            double greatest = optimum(targets.get(i), equations, rights, GoalType.MAXIMIZE);
            var finding = found.get(i);
            findings.add(new LinkedFinding(finding.table(), finding.coordinates(), least, greatest));
        }
        return findings;
    }

    private static void full(int[] shape, int d, int[] at, List<int[]> all) {
        if (d == shape.length) {
            all.add(at.clone());
            return;
        }
        for (int c = 0; c < shape[d]; c++) {
            at[d] = c;
            full(shape, d + 1, at, all);
        }
    }

    private static int rank(List<double[]> equations, double[] extra) {
        var rows = new ArrayList<>(equations);
        if (extra != null) {
            rows.add(extra);
        }
        if (rows.isEmpty() || rows.get(0).length == 0) {
            return 0;
        }
        return new SingularValueDecomposition(MatrixUtils.createRealMatrix(rows.toArray(double[][]::new))).getRank();
    }

    private static double optimum(double[] objective, List<double[]> equations, List<Double> rights, GoalType goal) {
        var constraints = new ArrayList<LinearConstraint>();
        for (int i = 0; i < equations.size(); i++) {
            // the same equation with a right-hand side of zero or more: on some with a negative one the simplex
            // method of Commons Math finds wrong optima (it bounded a list's suppressed cells to 0 when they sum to 6)
            double sign = rights.get(i) < 0 ? -1 : 1;
            var row = equations.get(i).clone();
            for (int k = 0; k < row.length; k++) {
                row[k] *= sign;
            }
            constraints.add(new LinearConstraint(row, Relationship.EQ, sign * rights.get(i)));
        }
        // no count is negative, as constraints of their own: with the solver's own non-negativity Commons Math 3.6
        // stops at wrong optima (the greatest of x2 with x1 + x2 + x3 = 6 came out as 0), which made this attack
        // report counts as got back that were not
        int n = objective.length;
        for (int k = 0; k < n && !constraints.isEmpty(); k++) {
            var unit = new double[n];
            unit[k] = 1;
            constraints.add(new LinearConstraint(unit, Relationship.GEQ, 0));
        }
        if (constraints.isEmpty()) {
            return goal == GoalType.MINIMIZE ? 0 : Double.POSITIVE_INFINITY;
        }
        try {
            return new SimplexSolver().optimize(new MaxIter(100_000), new LinearObjectiveFunction(objective, 0),
                    new LinearConstraintSet(constraints), goal, new NonNegativeConstraint(false),
                    org.apache.commons.math3.optim.linear.PivotSelectionRule.BLAND).getValue();
        } catch (UnboundedSolutionException unbounded) {
            return goal == GoalType.MINIMIZE ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
    }

    private static void coordinates(int[] shape, int d, int[] at, List<int[]> all) {
        if (d == shape.length) {
            all.add(at.clone());
            return;
        }
        for (int c = -1; c < shape[d]; c++) {
            at[d] = c;
            coordinates(shape, d + 1, at, all);
        }
    }

    /** The findings that got a count back. */
    public static List<Finding> recovered(List<Finding> findings) {
        return findings.stream().filter(Finding::recovered).toList();
    }

    static Map<String, Object> describe(Finding finding) {
        return Map.of("at", finding.coordinates(), "least", finding.least(), "greatest", finding.greatest());
    }
}
