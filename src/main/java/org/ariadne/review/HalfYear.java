package org.ariadne.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A half of a calendar year, written as plans and reviews write it: {@code 2026-H1} (January to June) and
 * {@code 2026-H2} (July to December). Labels sort in time order as plain text, which the database relies on.
 */
public record HalfYear(int year, int half) implements Comparable<HalfYear> {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-H([12])");

    public HalfYear {
        if (half != 1 && half != 2) {
            throw new IllegalArgumentException("A year has two halves, not " + half);
        }
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("Not a four-digit year: " + year);
        }
    }

    /** The half-year a label names, if it is one ("2026-H1"); anything else (an old bookmark, a typo) is empty. */
    public static Optional<HalfYear> parse(String label) {
        if (label == null) {
            return Optional.empty();
        }
        var matcher = LABEL.matcher(label.strip().toUpperCase(java.util.Locale.ROOT));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HalfYear(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }

    public static HalfYear of(String label) {
        return parse(label).orElseThrow(() -> new IllegalArgumentException("Not a half-year: " + label));
    }

    public static HalfYear containing(LocalDate day) {
        return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
    }

    /** Every half-year from the first half of {@code fromYear} to the second half of {@code toYear}. */
    public static List<HalfYear> between(int fromYear, int toYear) {
        var halves = new ArrayList<HalfYear>();
        for (int year = fromYear; year <= toYear; year++) {
            halves.add(new HalfYear(year, 1));
            halves.add(new HalfYear(year, 2));
        }
        return halves;
    }

    public LocalDate startsOn() {
        return LocalDate.of(year, half == 1 ? 1 : 7, 1);
    }

    public LocalDate endsOn() {
        return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(startsOn()) && !day.isAfter(endsOn());
    }

    public HalfYear previous() {
        return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
    }

    public HalfYear next() {
        return half == 1 ? new HalfYear(year, 2) : new HalfYear(year + 1, 1);
    }

    /** "2026-H1": how the half-year is stored, linked and exported. */
    public String label() {
        return year + "-H" + half;
    }

    /** The message key of the readable name ("January–June 2026"), which takes the year as its argument. */
    public String messageKey() {
        return "review.half-year.h" + half;
    }

    @Override
    public int compareTo(HalfYear other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(half, other.half);
    }

    @Override
    public String toString() {
        return label();
    }
}
