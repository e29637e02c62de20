package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.disclosure.OverlappingTables;
import org.ariadne.common.disclosure.ProtectedTable;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register's statistics: aggregates only, never a case. Persons (distinct people, as the officers linked their
 * cases) and cases (identifications) are always counted apart, in SQL over the register's tables.
 *
 * <p>Who reads what: victim-data officers, the coordinator and M&amp;E officers read exact figures; members of the
 * National Authority and evaluators read protected figures only: every table goes through the one disclosure rule
 * ({@link DisclosureControl}: counts below the threshold suppressed, and enough others that none can be worked out
 * from the totals), each headline figure and each number of cases measured is protected on its own. Nobody else reads
 * anything here. The aggregate export ({@link #eurostat}) is protected for everyone unless an exact reader asks for
 * exact figures.
 *
 * <p>Definitions (issue 14): a case is re-trafficking when its person has an earlier case (identified before it)
 * closed on or before its identification; a person is re-trafficked in a period when one of their cases of the period
 * is. A person is reported by several institutions when their cases that are not re-trafficking come from two or more
 * identifying institutions. Whether a case is re-trafficking is judged against all the person's cases, also those
 * outside the filter.
 */
@Service
@NamedInterface("api")
public class VictimStatistics {

    static final String READERS =
            "hasAnyRole('VICTIM_DATA_OFFICER', 'COORDINATOR', 'ME_OFFICER', 'MEMBER', 'EVALUATOR')";
    /**
     * The most dimensions a protected reader's table has, within one year of the whole register. The year's lists and
     * grids are protected together, as the year's documents publish them. A third dimension would add totals across
     * layers, tables over several years would be sums of the years' tables, and a narrower filter would make counts
     * the difference of two: no protection of the year's lists and grids covers those, so protected readers have none.
     */
    static final int PROTECTED_DIMENSIONS = 2;

    static final String EXACT_READERS = "hasAnyRole('VICTIM_DATA_OFFICER', 'COORDINATOR', 'ME_OFFICER')";

    /** A case whose person had an earlier case closed on or before its identification. */
    private static final String RETRAFFICKING = "exists (select 1 from victim_case e where e.person_id = c.person_id "
            + "and e.id <> c.id and e.identified_on < c.identified_on and e.closed_on is not null "
            + "and e.closed_on <= c.identified_on)";

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final DisclosureControl disclosure;
    private final ParticipantScope participants;

    VictimStatistics(JdbcClient jdbc, Institutions institutions, DisclosureControl disclosure,
            ParticipantScope participants) {
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.disclosure = disclosure;
        this.participants = participants;
    }

    /** Whether the signed-in person reads exact figures (else only protected ones). */
    public boolean readsExactFigures() {
        return CurrentUser.has(Role.VICTIM_DATA_OFFICER) || CurrentUser.has(Role.COORDINATOR)
                || CurrentUser.has(Role.ME_OFFICER);
    }

    /** The threshold below which protected figures are suppressed. */
    public int threshold() {
        return disclosure.threshold();
    }

    /** The years that have cases, oldest first. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        var own = participants.narrowedTo();
        return jdbc.sql("select distinct identified_year from victim_case"
                + (own.isPresent() ? " where participant_id = ?" : "") + " order by identified_year")
                .params(own.stream().toList()).query(Integer.class).list();
    }

    /** The institutions that identified cases, by name: for the filter. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<StatisticsCategory> identifyingInstitutions() {
        var names = institutionNames();
        var own = participants.narrowedTo();
        return jdbc.sql("select distinct identifying_institution_id from victim_case"
                + (own.isPresent() ? " where participant_id = ?" : "")).params(own.stream().toList())
                .query(Long.class).list()
                .stream().map(id -> new StatisticsCategory(id.toString(), names.getOrDefault(id, "#" + id)))
                .sorted(Comparator.comparing(StatisticsCategory::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    // ---- the cross table ----

    /**
     * Persons and cases by up to three dimensions (the first the rows, the second the columns, the third separate
     * tables); none chosen means by year. Exact for exact readers, with the filter given. Protected for the others,
     * over the whole register of their participant and by two dimensions at most ({@link #PROTECTED_DIMENSIONS}); a
     * grid hides the same cells whichever of its dimensions is asked first.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public CrossTable crossTable(StatisticsFilter filter, List<StatisticsDimension> dimensions) {
        boolean exact = readsExactFigures();
        if (exact) {
            return crossTable(filter, dimensions, participants.narrowedTo(), true);
        }
        var chosen = dimensions.stream().filter(Objects::nonNull).filter(d -> d != StatisticsDimension.YEAR)
                .distinct().limit(PROTECTED_DIMENSIONS).toList();
        return crossTable(protectedYear(filter), chosen.isEmpty() ? List.of(StatisticsDimension.SEX) : chosen,
                participants.narrowedTo(), false);
    }

    /**
     * The one year a protected reader's tables count, of the whole register of their participant: the year asked
     * (from, else to), else the latest with cases. The year's documents publish the same tables, protected the same
     * way, so the two agree.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public StatisticsFilter protectedYear(StatisticsFilter asked) {
        Integer year = asked.fromYear() != null ? asked.fromYear() : asked.toYear();
        if (year == null) {
            var years = years();
            year = years.isEmpty() ? java.time.Year.now().getValue() : years.get(years.size() - 1);
        }
        return StatisticsFilter.years(year, year);
    }

    /**
     * A table as it may be published, whoever asks (the documents): protected, of the filter and dimensions given.
     * Its lists and grid are protected together, like a protected reader's.
     */
    CrossTable protectedCrossTable(StatisticsFilter filter, List<StatisticsDimension> dimensions,
            Optional<Long> participant) {
        return crossTable(filter, dimensions, participant, false);
    }

    /** {@link #crossTable(StatisticsFilter, List)} of one participant's cases, or all when empty (issue 19). */
    private CrossTable crossTable(StatisticsFilter filter, List<StatisticsDimension> dimensions,
            Optional<Long> participant, boolean exact) {
        var chosen = new ArrayList<>(new LinkedHashSet<>(dimensions.stream().filter(Objects::nonNull).toList()));
        if (chosen.isEmpty()) {
            chosen.add(StatisticsDimension.YEAR);
        }
        if (chosen.size() > 3) {
            chosen = new ArrayList<>(chosen.subList(0, 3));
        }
        var rowDimension = chosen.get(0);
        var columnDimension = chosen.size() > 1 ? chosen.get(1) : null;
        var layerDimension = chosen.size() > 2 ? chosen.get(2) : null;
        var names = institutionNames();

        var cells = counts(filter, chosen, participant);
        var rows = categories(rowDimension, cells.keySet(), 0, names);
        var columns = columnDimension == null ? List.<StatisticsCategory>of()
                : categories(columnDimension, cells.keySet(), 1, names);
        var layers = layerDimension == null ? java.util.Collections.<StatisticsCategory>singletonList(null)
                : categories(layerDimension, cells.keySet(), 2, names);
        var tables = new ArrayList<CrossTable.Layer>();
        if (!rows.isEmpty()) {
            // totals count each person and case once: grouped by fewer dimensions, never added up from cells
            var rowTotals = counts(filter, layerDimension == null ? List.of(rowDimension)
                    : List.of(rowDimension, layerDimension), participant);
            var columnTotals = columnDimension == null ? Map.<List<String>, long[]>of()
                    : counts(filter, layerDimension == null ? List.of(columnDimension)
                            : List.of(columnDimension, layerDimension), participant);
            var layerTotals = counts(filter, layerDimension == null ? List.of() : List.of(layerDimension),
                    participant);
            for (var layer : layers) {
                var layerKey = layer == null ? List.<String>of() : Arrays.asList(layer.key());
                Function<List<String>, List<String>> inLayer = key -> {
                    var full = new ArrayList<>(key);
                    full.addAll(layerKey);
                    return full;
                };
                int columnCount = Math.max(1, columns.size());
                var persons = new long[rows.size()][columnCount];
                var cases = new long[rows.size()][columnCount];
                for (int r = 0; r < rows.size(); r++) {
                    for (int k = 0; k < columnCount; k++) {
                        var key = columnDimension == null ? Arrays.asList(rows.get(r).key())
                                : Arrays.asList(rows.get(r).key(), columns.get(k).key());
                        var found = cells.getOrDefault(inLayer.apply(key), new long[2]);
                        persons[r][k] = found[0];
                        cases[r][k] = found[1];
                    }
                }
                if (exact) {
                    tables.add(exactLayer(layer, rows, columns, persons, cases, rowTotals, columnTotals,
                            layerTotals, inLayer));
                } else {
                    var rowList = columns.isEmpty() ? null : listed(filter, rowDimension, participant, names);
                    var columnList = columns.isEmpty() ? null : listed(filter, columnDimension, participant, names);
                    tables.add(protectedLayer(layer, rows, columns, persons, cases, rowList, columnList,
                            columnDimension != null && columnDimension.compareTo(rowDimension) < 0));
                }
            }
        }
        return new CrossTable(rowDimension, columnDimension, layerDimension, rows, columns, tables, exact);
    }

    private CrossTable.Layer exactLayer(StatisticsCategory layer, List<StatisticsCategory> rows,
            List<StatisticsCategory> columns, long[][] persons, long[][] cases, Map<List<String>, long[]> rowTotals,
            Map<List<String>, long[]> columnTotals, Map<List<String>, long[]> layerTotals,
            Function<List<String>, List<String>> inLayer) {
        var lines = new ArrayList<CrossTable.Line>();
        for (int r = 0; r < rows.size(); r++) {
            var line = new ArrayList<StatisticsCount>();
            for (int k = 0; k < columns.size(); k++) {
                line.add(StatisticsCount.exact(persons[r][k], cases[r][k]));
            }
            var total = rowTotals.getOrDefault(inLayer.apply(Arrays.asList(rows.get(r).key())), new long[2]);
            lines.add(new CrossTable.Line(rows.get(r), line, StatisticsCount.exact(total[0], total[1])));
        }
        var totals = new ArrayList<StatisticsCount>();
        for (var column : columns) {
            var total = columnTotals.getOrDefault(inLayer.apply(Arrays.asList(column.key())), new long[2]);
            totals.add(StatisticsCount.exact(total[0], total[1]));
        }
        var grand = layerTotals.getOrDefault(inLayer.apply(List.of()), new long[2]);
        return new CrossTable.Layer(layer, lines,
                new CrossTable.Line(null, totals, StatisticsCount.exact(grand[0], grand[1])));
    }

    /**
     * Persons and cases each protected as a table of their own, with the totals disclosure control adds up. A grid
     * shows and hides its totals as the lists by its rows' and columns' dimensions do ({@link OverlappingTables}), so
     * that a reader who asks for those lists too gets nothing more out of them. A grid is protected with its
     * dimensions in their own order ({@link StatisticsDimension}'s), and {@code turned} when the reader asked for the
     * other: protected in each order asked, sex × status and status × sex could hide different complements of equal
     * counts, and the two laid over each other would give hidden counts back.
     */
    private CrossTable.Layer protectedLayer(StatisticsCategory layer, List<StatisticsCategory> rows,
            List<StatisticsCategory> columns, long[][] persons, long[][] cases, Listed rowList, Listed columnList,
            boolean turned) {
        boolean list = columns.isEmpty();
        var overlapping = new OverlappingTables(disclosure);
        ProtectedTable protectedPersons;
        ProtectedTable protectedCases;
        if (list) {
            protectedPersons = overlapping.list(column(persons));
            protectedCases = overlapping.list(column(cases));
        } else if (turned) {
            protectedPersons = overlapping.grid(transpose(persons), columnList.margin(columns, 0),
                    rowList.margin(rows, 0)).transposed();
            protectedCases = overlapping.grid(transpose(cases), columnList.margin(columns, 1),
                    rowList.margin(rows, 1)).transposed();
        } else {
            protectedPersons = overlapping.grid(persons, rowList.margin(rows, 0), columnList.margin(columns, 0));
            protectedCases = overlapping.grid(cases, rowList.margin(rows, 1), columnList.margin(columns, 1));
        }
        var lines = new ArrayList<CrossTable.Line>();
        for (int r = 0; r < rows.size(); r++) {
            var line = new ArrayList<StatisticsCount>();
            for (int k = 0; k < columns.size(); k++) {
                line.add(new StatisticsCount(protectedPersons.at(r, k), protectedCases.at(r, k)));
            }
            var total = list ? new StatisticsCount(protectedPersons.at(r), protectedCases.at(r))
                    : new StatisticsCount(protectedPersons.rowTotal(r), protectedCases.rowTotal(r));
            lines.add(new CrossTable.Line(rows.get(r), line, total));
        }
        var totals = new ArrayList<StatisticsCount>();
        for (int k = 0; k < columns.size(); k++) {
            totals.add(new StatisticsCount(protectedPersons.columnTotal(k), protectedCases.columnTotal(k)));
        }
        return new CrossTable.Layer(layer, lines, new CrossTable.Line(null, totals,
                new StatisticsCount(protectedPersons.total(), protectedCases.total())));
    }

    private static long[][] transpose(long[][] counts) {
        var transposed = new long[counts[0].length][counts.length];
        for (int r = 0; r < counts.length; r++) {
            for (int k = 0; k < counts[r].length; k++) {
                transposed[k][r] = counts[r][k];
            }
        }
        return transposed;
    }

    private static long[] column(long[][] counts) {
        var values = new long[counts.length];
        for (int r = 0; r < counts.length; r++) {
            values[r] = counts[r][0];
        }
        return values;
    }

    /**
     * The list by one dimension exactly as a protected reader gets it on its own (the same categories, counts and
     * protection), by category: what a grid's totals line up with.
     */
    private Listed listed(StatisticsFilter filter, StatisticsDimension dimension, Optional<Long> participant,
            Map<Long, String> names) {
        var cells = counts(filter, List.of(dimension), participant);
        var categories = categories(dimension, cells.keySet(), 0, names);
        var persons = new long[categories.size()];
        var cases = new long[categories.size()];
        for (int i = 0; i < categories.size(); i++) {
            var found = cells.getOrDefault(Arrays.asList(categories.get(i).key()), new long[2]);
            persons[i] = found[0];
            cases[i] = found[1];
        }
        var overlapping = new OverlappingTables(disclosure);
        var protectedPersons = overlapping.list(persons);
        var protectedCases = overlapping.list(cases);
        var byKey = new HashMap<String, Listed.Category>();
        for (int i = 0; i < categories.size(); i++) {
            byKey.put(categories.get(i).key(), new Listed.Category(new long[] {persons[i], cases[i]},
                    new Disclosed[] {protectedPersons.at(i), protectedCases.at(i)}));
        }
        return new Listed(byKey);
    }

    /** A list's counts and their publication by category key (null: the unknown category). */
    /**
     * How many cases of an institution and year a delay was measured on, as a protected reader gets it. When every
     * case of the institution's year has both dates (the usual interval from identification to referral), the count
     * is the institution's cell of the year's list by identifying institution, which may hide it as the complement of
     * a small one: hidden there, it is hidden here, with its median and percentile. Otherwise it is a count of its
     * own, suppressed when small.
     */
    private Disclosed measuredAsPublished(long measured, Listed.Category listed) {
        if (listed != null && listed.counts()[1] == measured && listed.published()[1].isSuppressed()) {
            return Disclosed.suppressed(org.ariadne.common.disclosure.Suppression.SECONDARY);
        }
        return disclosure.protect(measured);
    }

    private record Listed(Map<String, Category> byKey) {

        /** One category's persons and cases (in that order) and how the list publishes them. */
        record Category(long[] counts, Disclosed[] published) {
        }

        /** Lined up with a grid's rows or columns; {@code which} 0 for persons, 1 for cases. */
        OverlappingTables.Margin margin(List<StatisticsCategory> categories, int which) {
            var counts = new long[categories.size()];
            var published = new Disclosed[categories.size()];
            for (int i = 0; i < categories.size(); i++) {
                var listed = byKey.get(categories.get(i).key());
                if (listed != null) {
                    counts[i] = listed.counts()[which];
                    published[i] = listed.published()[which];
                }
            }
            return new OverlappingTables.Margin(counts, published);
        }
    }

    // ---- re-trafficking ----

    /** Re-trafficking and persons reported by several institutions, year by year, with the year's persons and cases. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public RetraffickingTrend retrafficking(StatisticsFilter filter) {
        // a protected reader's trend is of the whole register, as their tables are: one institution's trend would be
        // a line of a table by institution and year
        return retrafficking(readsExactFigures() ? filter : StatisticsFilter.none(), participants.narrowedTo());
    }

    /** {@link #retrafficking(StatisticsFilter)} of one participant's cases, or all when empty (issue 19). */
    RetraffickingTrend retrafficking(StatisticsFilter filter, Optional<Long> participant) {
        var where = where(filter, participant);
        var select = "select count(distinct c.person_id), count(*), "
                + "count(distinct case when " + RETRAFFICKING + " then c.person_id end), "
                + "sum(case when " + RETRAFFICKING + " then 1 else 0 end)";
        var byYear = new TreeMap<Integer, long[]>();
        jdbc.sql(select + ", c.identified_year from victim_case c" + where.sql() + " group by c.identified_year")
                .params(where.params())
                .query(row -> {
                    byYear.put(row.getInt(5), new long[] {row.getLong(1), row.getLong(2), row.getLong(3),
                            row.getLong(4), 0});
                });
        // the persons whose cases that are not re-trafficking come from two or more institutions, with the year of
        // the first of those cases
        var several = "select c.person_id, min(c.identified_year) first_year from victim_case c" + where.sql()
                + (where.sql().isEmpty() ? " where " : " and ") + "not " + RETRAFFICKING
                + " group by c.person_id having count(distinct c.identifying_institution_id) >= 2";
        jdbc.sql("select s.first_year, count(*) from (" + several + ") s group by s.first_year")
                .params(where.params()).query(row -> {
                    byYear.computeIfAbsent(row.getInt(1), year -> new long[5])[4] = row.getLong(2);
                });
        var years = new ArrayList<>(byYear.keySet());
        if (!readsExactFigures()) {
            return protectedTrend(years, byYear);
        }
        var total = new long[5];
        jdbc.sql(select + " from victim_case c" + where.sql()).params(where.params()).query(row -> {
            for (int i = 0; i < 4; i++) {
                total[i] = row.getLong(i + 1);
            }
        });
        total[4] = jdbc.sql("select count(*) from (" + several + ") t").params(where.params()).query(Long.class)
                .single();
        var lines = years.stream().map(year -> exactYear(year, byYear.get(year))).toList();
        return new RetraffickingTrend(lines, exactYear(null, total), true);
    }

    private static RetraffickingTrend.Year exactYear(Integer year, long[] figures) {
        return new RetraffickingTrend.Year(year, Disclosed.published(figures[0]), Disclosed.published(figures[1]),
                Disclosed.published(figures[2]), Disclosed.published(figures[3]), Disclosed.published(figures[4]));
    }

    /** Each figure protected as a list over the years with its total (the sum of the years). */
    private RetraffickingTrend protectedTrend(List<Integer> years, Map<Integer, long[]> byYear) {
        if (years.isEmpty()) {
            var zero = Disclosed.published(0);
            return new RetraffickingTrend(List.of(), new RetraffickingTrend.Year(null, zero, zero, zero, zero, zero),
                    false);
        }
        var figures = new ProtectedTable[5];
        for (int f = 0; f < 5; f++) {
            var values = new long[years.size()];
            for (int y = 0; y < years.size(); y++) {
                values[y] = byYear.get(years.get(y))[f];
            }
            // each year's persons and cases are its tables' grand totals, shown unless too small in the year's own
            // tables and documents: here too, with the total of the years hidden when it would give one back
            figures[f] = new OverlappingTables(disclosure).listOfPublishedCells(values);
        }
        var lines = new ArrayList<RetraffickingTrend.Year>();
        for (int y = 0; y < years.size(); y++) {
            lines.add(new RetraffickingTrend.Year(years.get(y), figures[0].at(y), figures[1].at(y), figures[2].at(y),
                    figures[3].at(y), figures[4].at(y)));
        }
        return new RetraffickingTrend(lines, new RetraffickingTrend.Year(null, figures[0].total(),
                figures[1].total(), figures[2].total(), figures[3].total(), figures[4].total()), false);
    }

    /** The figures of the whole range: the total line of {@link #retrafficking}. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public StatisticsHeadline headline(StatisticsFilter filter) {
        var total = retrafficking(filter).total();
        return new StatisticsHeadline(total.persons(), total.cases(), total.retraffickedPersons(),
                total.retraffickedCases(), total.reportedBySeveral());
    }

    // ---- referral delays ----

    /**
     * Days between stages of the referral mechanism per identifying institution, year and interval: cases measured,
     * median and 90th percentile, by the nearest-rank rule ({@link NearestRank}: the value at rank ceil(p/100 × n)
     * of the ascending days). Only the stage dates are read, never a case's reference; a case counts for an interval
     * when both its dates are recorded.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public ReferralDelays delays(StatisticsFilter filter) {
        var where = where(filter, participants.narrowedTo());
        // institution, year, interval -> days
        var days = new TreeMap<List<Long>, Map<DelayInterval, List<Integer>>>(
                Comparator.<List<Long>, Long>comparing(key -> key.get(0)).thenComparing(key -> key.get(1)));
        jdbc.sql("select c.identifying_institution_id, c.identified_year, c.identified_on, c.referred_on, "
                + "c.assistance_decided_on, c.sheltered_on, c.protection_on, c.court_case_on, c.reintegration_on, "
                + "c.closed_on from victim_case c" + where.sql())
                .params(where.params())
                .query(row -> {
                    var dates = new EnumMap<ReferralStage, LocalDate>(ReferralStage.class);
                    var stages = ReferralStage.values();
                    for (int s = 0; s < stages.length; s++) {
                        dates.put(stages[s], row.getObject(3 + s, LocalDate.class));
                    }
                    var key = List.of(row.getLong(1), (long) row.getInt(2));
                    var perInterval = days.computeIfAbsent(key, k -> new EnumMap<>(DelayInterval.class));
                    for (var interval : DelayInterval.values()) {
                        var from = dates.get(interval.from());
                        var to = dates.get(interval.to());
                        if (from != null && to != null) {
                            perInterval.computeIfAbsent(interval, i -> new ArrayList<>())
                                    .add((int) java.time.temporal.ChronoUnit.DAYS.between(from, to));
                        }
                    }
                });
        var names = institutionNames();
        boolean exact = readsExactFigures();
        // a protected reader has each year's cases by identifying institution too (a list of the year's statistics)
        var byInstitution = new HashMap<Long, Listed>();
        var rows = new ArrayList<ReferralDelays.Row>();
        days.forEach((key, perInterval) -> perInterval.forEach((interval, measured) -> {
            var values = measured.stream().mapToInt(Integer::intValue).toArray();
            var count = exact ? Disclosed.published(values.length) : measuredAsPublished(values.length,
                    byInstitution.computeIfAbsent(key.get(1), year -> listed(StatisticsFilter.years(year.intValue(),
                            year.intValue()), StatisticsDimension.IDENTIFYING_INSTITUTION, participants.narrowedTo(),
                            names)).byKey().get(key.get(0).toString()));
            var institution = new StatisticsCategory(key.get(0).toString(), names.getOrDefault(key.get(0),
                    "#" + key.get(0)));
            rows.add(new ReferralDelays.Row(institution, key.get(1).intValue(), interval, count,
                    count.isSuppressed() ? null : NearestRank.percentile(values, 50),
                    count.isSuppressed() ? null : NearestRank.percentile(values, 90)));
        }));
        rows.sort(Comparator.comparing((ReferralDelays.Row row) -> row.institution().label(),
                String.CASE_INSENSITIVE_ORDER).thenComparing(ReferralDelays.Row::year)
                .thenComparing(ReferralDelays.Row::interval));
        return new ReferralDelays(rows, exact);
    }

    // ---- the aggregate export ----

    /**
     * Eurostat's breakdown. Exact, when {@code exact} is asked by an exact reader: per year, status (identified,
     * presumed, and registered for both), sex, age (child, adult), citizenship and form of exploitation, persons and
     * cases, of the filter's cases. Otherwise protected, for anyone and over the whole register: Eurostat's breakdowns
     * one at a time ({@link #protectedBreakdowns}).
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<EurostatRow> eurostat(StatisticsFilter filter, boolean exact) {
        if (!exact || !readsExactFigures()) {
            return protectedBreakdowns(participants.narrowedTo());
        }
        var where = where(filter, participants.narrowedTo());
        var inner = "select c.identified_year y, c.status st, c.sex sx, "
                + "case when c.age_group in ('CHILD_0_11', 'CHILD_12_17') then 'CHILD' "
                + "when c.age_group = 'UNKNOWN' then 'UNKNOWN' else 'ADULT' end ag, c.citizenship ct, "
                + "coalesce(f.form, 'NONE') fm, c.person_id p, c.id k "
                + "from victim_case c left join victim_case_exploitation f on f.case_id = c.id" + where.sql();
        // year, sex, age, citizenship, form -> status -> persons, cases
        var found = new TreeMap<List<String>, Map<String, long[]>>(Comparator.comparing(VictimStatistics::sortKey));
        jdbc.sql("select y, st, sx, ag, ct, fm, count(distinct p), count(distinct k) from (" + inner + ") s "
                + "group by y, st, sx, ag, ct, fm").params(where.params())
                .query(row -> {
                    found.computeIfAbsent(List.of(String.valueOf(row.getInt(1)), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6)), key -> new HashMap<>())
                            .put(row.getString(2), new long[] {row.getLong(7), row.getLong(8)});
                });
        var statuses = List.of(CaseStatus.IDENTIFIED.name(), CaseStatus.PRESUMED.name());
        var rows = new ArrayList<EurostatRow>();
        var registered = new HashMap<List<String>, long[]>();
        jdbc.sql("select y, sx, ag, ct, fm, count(distinct p), count(distinct k) from (" + inner + ") s "
                + "group by y, sx, ag, ct, fm").params(where.params())
                .query(row -> {
                    registered.put(List.of(String.valueOf(row.getInt(1)), row.getString(2), row.getString(3),
                            row.getString(4), row.getString(5)), new long[] {row.getLong(6), row.getLong(7)});
                });
        found.forEach((key, byStatus) -> {
            var all = registered.getOrDefault(key, new long[2]);
            rows.add(eurostatRow(key, EurostatRow.REGISTERED, Disclosed.published(all[0]),
                    Disclosed.published(all[1])));
            for (var status : statuses) {
                var counts = byStatus.getOrDefault(status, new long[2]);
                rows.add(eurostatRow(key, status, Disclosed.published(counts[0]),
                        Disclosed.published(counts[1])));
            }
        });
        return rows;
    }

    /** Eurostat's breakdowns, each by year on its own, as Eurostat's own tables give them. */
    static final List<StatisticsDimension> BREAKDOWNS = List.of(StatisticsDimension.STATUS, StatisticsDimension.SEX,
            StatisticsDimension.AGE_GROUP, StatisticsDimension.CITIZENSHIP, StatisticsDimension.FORM);

    /**
     * The protected export: for each year of the register, its registered persons and cases, then each of Eurostat's
     * breakdowns in turn (the others {@link EurostatRow#TOTAL}). These are the year's lists a protected reader has on
     * the page and the year's documents publish, protected the same way ({@link #protectedCrossTable}), so the export
     * gives nothing back that they hide; a finer cross of the breakdowns, or the register's age groups put into
     * Eurostat's child and adult, would be a table overlapping them in a way no protection of them covers.
     */
    private List<EurostatRow> protectedBreakdowns(Optional<Long> participant) {
        var rows = new ArrayList<EurostatRow>();
        for (int year : years()) {
            var filter = StatisticsFilter.years(year, year);
            boolean first = true;
            for (var breakdown : BREAKDOWNS) {
                var table = protectedCrossTable(filter, List.of(breakdown), participant);
                if (table.tables().isEmpty()) {
                    continue;
                }
                var layer = table.tables().get(0);
                if (first) {
                    rows.add(breakdownRow(year, null, null, layer.totals().total()));
                    first = false;
                }
                for (var line : layer.lines()) {
                    rows.add(breakdownRow(year, breakdown, line.category().key(), line.total()));
                }
            }
        }
        rows.sort(Comparator.comparingInt(EurostatRow::year));
        return rows;
    }

    /**
     * A line of the protected export: the registered persons and cases of one category of {@code breakdown} (of the
     * year, without a breakdown), every other breakdown in total.
     */
    private static EurostatRow breakdownRow(int year, StatisticsDimension breakdown, String key, StatisticsCount count) {
        String status = EurostatRow.REGISTERED;
        String sex = EurostatRow.TOTAL;
        String age = EurostatRow.TOTAL;
        String citizenship = EurostatRow.TOTAL;
        String form = EurostatRow.TOTAL;
        if (breakdown != null) {
            switch (breakdown) {
                case STATUS -> status = key;
                case SEX -> sex = key;
                case AGE_GROUP -> age = key;
                case CITIZENSHIP -> citizenship = key == null ? "XX" : key;
                default -> form = key == null ? EurostatRow.NO_FORM : key;
            }
        }
        return new EurostatRow(year, status, sex, age, citizenship, form, count.persons(), count.cases());
    }

    private static EurostatRow eurostatRow(List<String> key, String status, Disclosed persons, Disclosed cases) {
        return new EurostatRow(Integer.parseInt(key.get(0)), status, key.get(1), key.get(2), key.get(3), key.get(4),
                persons, cases);
    }

    private static String sortKey(List<String> key) {
        return String.join("\u0000", key);
    }

    // ---- counting ----

    private record Where(String sql, List<Object> params) {
    }

    /** The filter's conditions, and the participant's when one is given: its cases only (issue 19). */
    private static Where where(StatisticsFilter filter, Optional<Long> participant) {
        var conditions = new ArrayList<String>();
        var params = new ArrayList<Object>();
        participant.ifPresent(own -> {
            conditions.add("c.participant_id = ?");
            params.add(own);
        });
        if (filter.fromYear() != null) {
            conditions.add("c.identified_year >= ?");
            params.add(filter.fromYear());
        }
        if (filter.toYear() != null) {
            conditions.add("c.identified_year <= ?");
            params.add(filter.toYear());
        }
        if (!filter.institutions().isEmpty()) {
            conditions.add("c.identifying_institution_id in ("
                    + String.join(", ", filter.institutions().stream().map(id -> "?").toList()) + ")");
            params.addAll(filter.institutions().stream().sorted().toList());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    /**
     * Distinct persons and distinct cases per combination of the dimensions' values (keys as text, null for "not
     * recorded"); with no dimension, the one line of the whole filter under the empty key.
     */
    private Map<List<String>, long[]> counts(StatisticsFilter filter, List<StatisticsDimension> dimensions,
            Optional<Long> participant) {
        var where = where(filter, participant);
        var expressions = dimensions.stream().map(StatisticsDimension::expression).toList();
        var sql = new StringBuilder("select ");
        for (var expression : expressions) {
            sql.append(expression).append(", ");
        }
        sql.append("count(distinct c.person_id), count(distinct c.id) from victim_case c");
        if (dimensions.contains(StatisticsDimension.FORM)) {
            sql.append(" left join victim_case_exploitation f on f.case_id = c.id");
        }
        sql.append(where.sql());
        if (!expressions.isEmpty()) {
            sql.append(" group by ").append(String.join(", ", expressions));
        }
        var counts = new HashMap<List<String>, long[]>();
        int n = expressions.size();
        jdbc.sql(sql.toString()).params(where.params()).query(row -> {
            var key = new ArrayList<String>(n);
            for (int i = 1; i <= n; i++) {
                var value = row.getObject(i);
                key.add(value == null ? null : value.toString());
            }
            counts.put(key, new long[] {row.getLong(n + 1), row.getLong(n + 2)});
        });
        return counts;
    }

    /** The categories of one dimension found among the keys, in the dimension's order; "not recorded" last. */
    private static List<StatisticsCategory> categories(StatisticsDimension dimension, java.util.Set<List<String>> keys,
            int index, Map<Long, String> names) {
        var values = new LinkedHashSet<String>();
        keys.forEach(key -> values.add(key.get(index)));
        var categories = new ArrayList<StatisticsCategory>();
        for (var value : values) {
            String label = null;
            if (value != null && !dimension.coded()) {
                label = dimension.institutions() ? names.getOrDefault(Long.valueOf(value), "#" + value) : value;
            }
            categories.add(new StatisticsCategory(value, label));
        }
        Comparator<StatisticsCategory> order = switch (dimension) {
            case YEAR -> Comparator.comparing(category -> Integer.valueOf(category.key()));
            case SEX, AGE_GROUP, FORM, STATUS, SCOPE -> Comparator.comparingInt(category ->
                    dimension.order(category.key()));
            default -> Comparator.comparing(StatisticsCategory::label, String.CASE_INSENSITIVE_ORDER);
        };
        return categories.stream().sorted(Comparator.comparing(StatisticsCategory::unknown)
                .thenComparing(Comparator.nullsLast(order))).toList();
    }

    private Map<Long, String> institutionNames() {
        var names = new HashMap<Long, String>();
        institutions.directory().all().forEach(institution -> names.put(institution.id(), institution.name()));
        return names;
    }
}
