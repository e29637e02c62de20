package org.ariadne.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.reporting.ReportedValues.YearValue;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmarks' yardstick: the figures plan progress is computed from, by the hand-written SQL of
 * {@code benchmark/indicator-year-values.sql} (one pass over the accepted values, nothing kept), and the check that
 * they are exactly the application's ({@code ReportedValues.yearly}), so that the ratios compare like with like.
 */
public final class HandWrittenProgress {

    private static final String SQL = read("/benchmark/indicator-year-values.sql");

    private HandWrittenProgress() {
    }

    /** The figures of the plan's accepted values up to the end of {@code year}, a line per indicator and year. */
    public static List<String> figures(JdbcTemplate jdbc, long planId, int year) {
        return jdbc.query(SQL, (row, index) -> line(row.getLong("indicator_id"), row.getInt("yr"),
                row.getBigDecimal("total_sum"), row.getBigDecimal("total_avg"), row.getBigDecimal("last_total"),
                row.getBigDecimal("numerator_sum"), row.getBigDecimal("denominator_sum"), row.getInt("values_count")),
                planId, Date.valueOf(LocalDate.of(year + 1, 1, 1)));
    }

    /** The application's figures in the same form. */
    public static List<String> figures(List<YearValue> values) {
        var lines = new ArrayList<String>();
        values.forEach(v -> lines.add(line(v.indicatorId(), v.year(), v.sum(), v.average(), v.last(), v.numerator(),
                v.denominator(), v.count())));
        return lines;
    }

    /** Fails, saying where, unless the two give the same figures. */
    public static void check(List<String> handWritten, List<String> application) {
        if (!handWritten.equals(application)) {
            for (int i = 0; i < Math.min(handWritten.size(), application.size()); i++) {
                if (!handWritten.get(i).equals(application.get(i))) {
                    throw new IllegalStateException("the hand-written SQL gives " + handWritten.get(i)
                            + ", the application " + application.get(i));
                }
            }
            throw new IllegalStateException("the hand-written SQL gives " + handWritten.size() + " figures, the application "
                    + application.size());
        }
    }

    /** {@code cold/SQL ratio: X.XX} and {@code cached/SQL ratio: X.XX}, from medians in milliseconds. */
    public static void printRatios(double sqlMs, double coldMs, double cachedMs) {
        System.out.printf(Locale.ROOT, "  cold/SQL ratio: %.2f%n", coldMs / sqlMs);
        System.out.printf(Locale.ROOT, "  cached/SQL ratio: %.2f%n", cachedMs / sqlMs);
    }

    private static String line(long indicator, int year, BigDecimal sum, BigDecimal average, BigDecimal last,
            BigDecimal numerator, BigDecimal denominator, int count) {
        // the average as the progress rules use it (4 places); the others exact
        return indicator + "@" + year + " sum " + plain(sum) + " average "
                + plain(average == null ? null : average.setScale(4, RoundingMode.HALF_UP)) + " last " + plain(last)
                + " numerator " + plain(numerator) + " denominator " + plain(denominator) + " count " + count;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }

    private static String read(String resource) {
        try (var in = HandWrittenProgress.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
