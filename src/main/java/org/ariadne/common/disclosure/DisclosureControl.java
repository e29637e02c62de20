package org.ariadne.common.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one rule for every table of counts that leaves the register (portal, annual report, exports, indicators):
 * counts from 1 to one below the threshold are suppressed, cells and totals alike (primary suppression); then further
 * counts are suppressed, the smallest first and in the same rows and columns, until no suppressed count can be worked
 * out from the published totals and cells, counts being never negative (secondary suppression). Zeros are published:
 * they say that nobody was counted, which identifies no one.
 *
 * <p>Plain Java, so it can be used anywhere; the application's instance is a bean built from
 * {@code ariadne.disclosure.threshold} ({@link DisclosureSettings}).
 */
public final class DisclosureControl {

    /**
     * The version of the rule this Ariadne protects with, which a generated document and a publication keep with
     * them: counts protected under an older version, beside what members read today, can give hidden counts back, so
     * what was made under one must be made again before it is shared or published.
     * <ul>
     * <li>1: every table protected on its own (everything made before version 2).</li>
     * <li>2, 7 Dec 2026: overlapping tables protected together: lists, grids and their totals, in either orientation;
     * indicators taken from the register follow the year's statistics; referral-delay counts follow the list by
     * institution.</li>
     * </ul>
     * Raise it whenever a change to the protection lets documents made before give counts back.
     */
    public static final int RULE = 2;

    /** The threshold official statistics usually take: fewer than five persons are not published. */
    public static final int DEFAULT_THRESHOLD = 5;

    private final int threshold;

    public DisclosureControl(int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("the disclosure threshold must be at least 1, not " + threshold);
        }
        this.threshold = threshold;
    }

    public int threshold() {
        return threshold;
    }

    /** Whether a count is too small to publish on its own: 1 to one below the threshold. */
    public boolean tooSmall(long count) {
        return count > 0 && count < threshold;
    }

    /** A single count as it may be published: itself, or suppressed when it is too small. */
    public Disclosed protect(long count) {
        return tooSmall(count) ? Disclosed.suppressed(Suppression.PRIMARY) : Disclosed.published(count);
    }

    /** The table as it may be published. */
    public ProtectedTable protect(CountTable table) {
        return protect(table, List.of());
    }

    /**
     * The table as it may be published when some of its positions must be hidden whatever their count, because
     * another published table hides the same count (the grand total of two breakdowns of one indicator): they are
     * suppressed as secondary, and protected like the rest. A zero is still published.
     *
     * @param withheld coordinates of the positions to hide, {@link CountTable#TOTAL} for a total
     */
    public ProtectedTable protect(CountTable table, List<int[]> withheld) {
        return protect(table, withheld, List.of());
    }

    /**
     * The table as it may be published when it overlaps others a reader can also have (a grid whose row totals are
     * the cells of the list by the rows' dimension): the positions another table hides are hidden here too
     * ({@code withheld}), and the positions another table shows ({@code shown}) are shown here too and never taken as
     * complements, since hiding them here would hide nothing. The further counts this table hides are then chosen
     * among its own, so that, with what the other tables show, none of its suppressed counts can be worked out.
     *
     * @param withheld coordinates of the positions another published table hides
     * @param shown coordinates of the positions another published table shows (none of them may be too small)
     */
    public ProtectedTable protect(CountTable table, List<int[]> withheld, List<int[]> shown) {
        int n = table.positionCount();
        var suppressed = new boolean[n];
        var primary = new boolean[n];
        for (int p = 0; p < n; p++) {
            primary[p] = tooSmall(table.valueAt(p));
            suppressed[p] = primary[p];
        }
        for (var coordinates : withheld) {
            int p = table.position(coordinates);
            suppressed[p] = suppressed[p] || table.valueAt(p) > 0;
        }
        var fixed = new boolean[n];
        for (var coordinates : shown) {
            int p = table.position(coordinates);
            if (suppressed[p]) {
                throw new IllegalArgumentException("a position shown elsewhere is hidden here: "
                        + java.util.Arrays.toString(coordinates) + " of " + table);
            }
            fixed[p] = true;
        }
        var check = new Recoverability(table);
        var order = preference(table);
        boolean zerosHidden = false;
        while (true) {
            closeSums(table, check.sums(), suppressed, fixed, order);
            var exposed = check.firstExposed(suppressed);
            if (exposed.isEmpty()) {
                return new ProtectedTable(table, suppressed, primary, threshold);
            }
            var further = complement(table, check, suppressed, fixed, exposed.get(), order);
            if (further.isPresent()) {
                suppressed[further.getAsInt()] = true;
            } else if (!zerosHidden) {
                // every non-zero count this table may still hide is hidden, and the zeros beside the counts the other
                // tables show still fix one: hide the zeros too (a reader then knows only that counts are not negative)
                zerosHidden = true;
                for (int p = 0; p < n; p++) {
                    suppressed[p] = suppressed[p] || !fixed[p];
                }
            } else {
                // what remains exposed is fixed by what the other tables show alone: this table adds nothing to it
                return new ProtectedTable(table, suppressed, primary, threshold);
            }
        }
    }

    /** Smallest count first; a cell before a total of the same count (a total hides more); then in table order. */
    private static Comparator<Integer> preference(CountTable table) {
        return Comparator.<Integer>comparingLong(table::valueAt)
                .thenComparingInt(p -> totals(table, p))
                .thenComparingInt(Integer::intValue);
    }

    private static int totals(CountTable table, int position) {
        int count = 0;
        for (int c : table.coordinates(position)) {
            count += c == CountTable.TOTAL ? 1 : 0;
        }
        return count;
    }

    /**
     * A sum with a single suppressed member gives it away at once: suppress a second member of it, the smallest
     * count, until no sum has a single one. Such a member always exists: were every other member published and zero,
     * the suppressed one would be zero too, and zeros are not suppressed.
     */
    private static void closeSums(CountTable table, List<int[]> sums, boolean[] suppressed, boolean[] fixed,
            Comparator<Integer> order) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var sum : sums) {
                int count = 0;
                for (int p : sum) {
                    count += suppressed[p] ? 1 : 0;
                }
                if (count != 1) {
                    continue;
                }
                var candidates = new ArrayList<Integer>();
                for (int p : sum) {
                    if (!suppressed[p] && !fixed[p] && table.valueAt(p) > 0) {
                        candidates.add(p);
                    }
                }
                if (!candidates.isEmpty()) {
                    suppressed[candidates.stream().min(order).orElseThrow()] = true;
                    changed = true;
                }
            }
        }
    }

    /**
     * A further position to suppress for an exposed one: of the published, non-zero counts in the sums it belongs to
     * (then anywhere in the table), the first in order of preference that protects it, else simply the first.
     */
    private static java.util.OptionalInt complement(CountTable table, Recoverability check, boolean[] suppressed,
            boolean[] fixed, int exposed, Comparator<Integer> order) {
        var near = new java.util.TreeSet<Integer>(order);
        for (var sum : check.sums()) {
            if (java.util.Arrays.stream(sum).anyMatch(p -> p == exposed)) {
                for (int p : sum) {
                    if (!suppressed[p] && !fixed[p] && table.valueAt(p) > 0) {
                        near.add(p);
                    }
                }
            }
        }
        if (near.isEmpty()) {
            for (int p = 0; p < suppressed.length; p++) {
                if (!suppressed[p] && !fixed[p] && table.valueAt(p) > 0) {
                    near.add(p);
                }
            }
        }
        if (near.isEmpty()) {
            // with nothing shown elsewhere this cannot happen: with every non-zero count suppressed, scaling them all
            // keeps every sum, so none is exposed
            return java.util.OptionalInt.empty();
        }
        for (int candidate : near) {
            var trial = suppressed.clone();
            trial[candidate] = true;
            closeSums(table, check.sums(), trial, fixed, order);
            if (!check.exposed(trial, exposed)) {
                return java.util.OptionalInt.of(candidate);
            }
        }
        return java.util.OptionalInt.of(near.first());
    }
}
