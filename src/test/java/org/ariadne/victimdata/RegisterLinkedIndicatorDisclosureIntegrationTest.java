package org.ariadne.victimdata;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.TableAttack;
import org.ariadne.dashboards.DashboardChart;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.dashboards.IndicatorDashboard;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.linkage.Sex;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan indicator taken from the register ("identified victims, by sex and age group") counts the same persons as
 * the year's statistics a member reads beside it: its year's total is the statistics' cell of identified persons, its
 * women the cell of identified women, its children the sum of two age groups. Protected on its own, it gave back what
 * the statistics hide (a register of 3 presumed victims shows its total of registered persons: the indicator's
 * identified persons, shown, gave the 3 back). Here the member's statistics of the year, the indicator's dashboard as
 * the member reads it and its breakdown as the portal publishes it are attacked together, over registers of several
 * shapes, typed into the report as the register counts them: nothing comes back.
 */
@AriadneIntegrationTest
class RegisterLinkedIndicatorDisclosureIntegrationTest {

    /** The register's combinations here: status × sex × age group (four of them, two children's, two adults'). */
    private static final List<String> STATUSES = List.of(CaseStatus.PRESUMED.name(), CaseStatus.IDENTIFIED.name());
    private static final List<String> SEXES = List.of(Sex.FEMALE.name(), Sex.MALE.name());
    private static final List<String> AGE_GROUPS = List.of(AgeGroup.CHILD_0_11.name(), AgeGroup.CHILD_12_17.name(),
            AgeGroup.ADULT_18_24.name(), AgeGroup.ADULT_25_34.name());
    private static final int[] AGES = {8, 15, 20, 30};
    private static final int[] SHAPE = {2, 2, 4};
    /** The statistics' tables come first among what the member reads: three lists and three grids. */
    private static final int STATISTICS_TABLES = 6;

    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanEditing editing;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    RegisterIndicators indicators;
    @Autowired
    VictimStatistics statistics;
    @Autowired
    DashboardCharts dashboards;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aMemberWhoPutsTheIndicatorBesideTheYearsStatisticsGetsNoCountBack() {
        // the first register: every identified count large, 3 presumed women; then registers of random shapes
        var registers = new ArrayList<long[][][]>();
        var first = new long[2][2][4];
        for (int x = 0; x < 2; x++) {
            for (int a = 0; a < 4; a++) {
                first[1][x][a] = 6 + x + a;
            }
        }
        first[0][0][2] = 3;
        registers.add(first);
        var random = new Random(14);
        long[] choices = {0, 0, 1, 2, 3, 4, 5, 7, 9};
        for (int r = 0; r < 3; r++) {
            var counts = new long[2][2][4];
            for (int s = 0; s < 2; s++) {
                for (int x = 0; x < 2; x++) {
                    for (int a = 0; a < 4; a++) {
                        counts[s][x][a] = choices[random.nextInt(choices.length)];
                    }
                }
            }
            registers.add(counts);
        }

        int attacked = 0;
        int shown = 0;
        for (int r = 0; r < registers.size(); r++) {
            var seen = read(registers.get(r));
            var findings = TableAttack.grouped(SHAPE, seen.tables());
            // what the statistics alone give: the indicator's positions bounded by the statistics' counts only (a sum
            // of two hidden age groups may be worked out from the statistics' totals; hiding it too hides nothing)
            var alone = new ArrayList<>(seen.tables().subList(0, STATISTICS_TABLES));
            seen.tables().subList(STATISTICS_TABLES, seen.tables().size())
                    .forEach(table -> alone.add(new TableAttack.Grouped(table.shape(), table.of(), at -> null)));
            var known = TableAttack.grouped(SHAPE, alone);
            assertThat(known.stream().filter(TableAttack.LinkedFinding::recovered).filter(f -> f.table() < STATISTICS_TABLES)
                    .toList()).as("the statistics alone, register %d", r).isEmpty();
            var before = new java.util.HashSet<List<Object>>();
            known.stream().filter(TableAttack.LinkedFinding::recovered)
                    .forEach(f -> before.add(List.of(f.table(), f.coordinates())));
            assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered)
                    .filter(f -> !before.contains(List.of(f.table(), f.coordinates()))).toList())
                    .as("register %d: %s", r, java.util.Arrays.deepToString(registers.get(r))).isEmpty();
            attacked += findings.size();
            shown += seen.indicatorShown();
            if (r == 0) {
                assertThat(seen.registeredTotal()).as("the statistics show the year's registered persons")
                        .isEqualTo(Long.valueOf(3 + 8 * 6 + 4 + 12));
                assertThat(seen.yearValue()).as("identified persons beside them would give the 3 presumed back")
                        .isNull();
            }
        }
        assertThat(attacked).as("hidden counts attacked").isGreaterThan(20);
        assertThat(shown).as("the indicator's counts the member still reads").isGreaterThan(4);
    }

    /** What a member reads of one register's year: the statistics, the indicator's dashboard and its published table. */
    private record Seen(List<TableAttack.Grouped> tables, BigDecimal yearValue, Long registeredTotal,
            int indicatorShown) {
    }

    private Seen read(long[][][] counts) {
        var cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var period = plan(cases);
        int year = period.year;
        for (int s = 0; s < 2; s++) {
            for (int x = 0; x < 2; x++) {
                for (int a = 0; a < 4; a++) {
                    for (int i = 0; i < counts[s][x][a]; i++) {
                        cases.register(cases.police, period.startsOn.plusDays(i), CaseStatus.valueOf(STATUSES.get(s)),
                                Sex.valueOf(SEXES.get(x)), AGES[a], "al");
                    }
                }
            }
        }
        // the focal point types what the register counts of identified persons, the office accepts
        var parts = new LinkedHashMap<String, BigDecimal>();
        long total = 0;
        for (int x = 0; x < 2; x++) {
            for (int child = 0; child < 2; child++) {
                long sum = counts[1][x][child * 2] + counts[1][x][child * 2 + 1];
                parts.put("SEX=" + SEXES.get(x) + "|AGE_GROUP=" + (child == 0 ? "UNDER_18" : "ADULT"),
                        BigDecimal.valueOf(sum));
                total += sum;
            }
        }
        var focal = TestSignIn.userOf(cases.participant, Unique.username("focal"), cases.police, Role.FOCAL_POINT);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(focal, null, focal.getAuthorities()));
        reports.saveActivity(period.id, cases.police, period.activity, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, "Victims identified", null, List.of()));
        reports.saveValue(period.id, cases.police, period.indicator, period.startsOn, 0,
                new ValueCommand(BigDecimal.valueOf(total), null, null, parts, null));
        reports.submit(period.id, cases.police, reports.sheet(period.id, cases.police).reportVersion());
        cases.as(Role.COORDINATOR);
        reports.accept(period.id, cases.police, reports.sheet(period.id, cases.police).reportVersion());
        long accepted = total;
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            cases.as(Role.COORDINATOR);
            assertThat(dashboards.indicator(period.indicator, DashboardFilter.year(year), Locale.ENGLISH).progress()
                    .value()).isEqualByComparingTo(BigDecimal.valueOf(accepted));
        });
        var published = dashboards.indicatorAsPublished(period.indicator, DashboardFilter.year(year), Locale.ENGLISH)
                .breakdowns().stream().filter(chart -> chart.name().equals("breakdown-sex-age-group")).findFirst()
                .orElseThrow();

        // the member's statistics of the year: every list and every grid of status, sex and age group
        cases.as(Role.MEMBER);
        var filter = StatisticsFilter.years(year, year);
        var tables = new ArrayList<TableAttack.Grouped>();
        var dimensions = List.of(StatisticsDimension.STATUS, StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP);
        Long registeredTotal = null;
        for (int d = 0; d < 3; d++) {
            var list = statistics.crossTable(filter, List.of(dimensions.get(d)));
            tables.add(list(list, d));
            if (d == 0) {
                var grand = list.tables().get(0).totals().total().persons();
                registeredTotal = grand.isSuppressed() ? null : grand.value();
            }
            for (int e = d + 1; e < 3; e++) {
                tables.add(grid(statistics.crossTable(filter, List.of(dimensions.get(d), dimensions.get(e))), d, e));
            }
        }

        // the indicator as the member reads it: the year's value and the sex × age-group grid
        var dashboard = dashboards.indicator(period.indicator, DashboardFilter.year(year), Locale.ENGLISH);
        var yearValue = dashboard.progress().value();
        Function<int[], int[]> identified = cell -> cell[0] == 1 ? new int[] {cell[1], cell[2] / 2} : null;
        var grid = memberGrid(dashboard);
        // the dashboard shows the grid's cells and the year's value (their total), not the grid's margins
        tables.add(new TableAttack.Grouped(new int[] {4}, cell -> {
            var at = identified.apply(cell);
            return at == null ? null : new int[] {at[0] * 2 + at[1]};
        }, at -> at[0] == -1 ? (yearValue == null ? null : yearValue.longValueExact()) : grid[at[0] / 2][at[0] % 2]));
        // ... and as the portal publishes it, with its totals (the exact counts where the mark is not)
        assertThat(published.suppressed().stream().filter(position -> !position.contains("total")).sorted().toList())
                .as("the portal hides the cells the member's dashboard hides")
                .isEqualTo(hiddenCells(grid));
        tables.add(new TableAttack.Grouped(new int[] {2, 2}, identified, at -> {
            var position = at[0] == -1 && at[1] == -1 ? DashboardChart.GRAND_TOTAL
                    : at[0] == -1 ? DashboardChart.columnTotal(at[1] + 1)
                    : at[1] == -1 ? DashboardChart.rowTotal(at[0]) : DashboardChart.cell(at[0], at[1] + 1);
            if (published.suppressed().contains(position)) {
                return null;
            }
            long sum = 0;
            for (int x = 0; x < 2; x++) {
                for (int child = 0; child < 2; child++) {
                    if ((at[0] == -1 || at[0] == x) && (at[1] == -1 || at[1] == child)) {
                        sum += counts[1][x][child * 2] + counts[1][x][child * 2 + 1];
                    }
                }
            }
            return sum;
        }));
        int indicatorShown = (yearValue == null ? 0 : 1);
        for (var row : grid) {
            for (var cell : row) {
                indicatorShown += cell == null ? 0 : 1;
            }
        }
        TestSignIn.clear();
        return new Seen(tables, yearValue, registeredTotal, indicatorShown);
    }

    /** The grid's cells as the member's dashboard draws them, rows women and men, columns under 18 and adults. */
    private static Long[][] memberGrid(IndicatorDashboard dashboard) {
        var chart = dashboard.breakdowns().stream().filter(c -> c.name().equals("breakdown-sex-age-group"))
                .findFirst().orElseThrow();
        assertThat(chart.categories()).hasSize(2);
        var grid = new Long[2][2];
        var series = new ArrayList<>(chart.chart().series().values());
        for (int x = 0; x < 2; x++) {
            for (int child = 0; child < 2; child++) {
                var value = series.get(child).get(x);
                assertThat(value == null).isEqualTo(chart.suppressed().contains(DashboardChart.cell(x, child + 1)));
                grid[x][child] = value == null ? null : new BigDecimal(value.toString()).longValueExact();
            }
        }
        return grid;
    }

    private static List<String> hiddenCells(Long[][] grid) {
        var hidden = new ArrayList<String>();
        for (int x = 0; x < 2; x++) {
            for (int child = 0; child < 2; child++) {
                if (grid[x][child] == null) {
                    hidden.add(DashboardChart.cell(x, child + 1));
                }
            }
        }
        return hidden.stream().sorted().toList();
    }

    /** A list of the statistics by one of the three dimensions, as the attack reads it. */
    private static TableAttack.Grouped list(CrossTable table, int dimension) {
        var byIndex = new LinkedHashMap<Integer, Disclosed>();
        table.tables().get(0).lines().forEach(line -> byIndex.put(index(dimension, line.category().key()),
                line.total().persons()));
        var grand = table.tables().get(0).totals().total().persons();
        return new TableAttack.Grouped(new int[] {SHAPE[dimension]}, cell -> new int[] {cell[dimension]},
                at -> at[0] == -1 ? value(grand) : value(byIndex.getOrDefault(at[0], Disclosed.published(0))));
    }

    /** A grid of the statistics by two of the three dimensions, with its totals, as the attack reads it. */
    private static TableAttack.Grouped grid(CrossTable table, int rows, int columns) {
        var layer = table.tables().get(0);
        Map<List<Integer>, Disclosed> at = new LinkedHashMap<>();
        var columnIndex = table.columnCategories().stream().map(c -> index(columns, c.key())).toList();
        for (var line : layer.lines()) {
            int r = index(rows, line.category().key());
            for (int k = 0; k < line.cells().size(); k++) {
                at.put(List.of(r, columnIndex.get(k)), line.cells().get(k).persons());
            }
            at.put(List.of(r, -1), line.total().persons());
        }
        for (int k = 0; k < layer.totals().cells().size(); k++) {
            at.put(List.of(-1, columnIndex.get(k)), layer.totals().cells().get(k).persons());
        }
        at.put(List.of(-1, -1), layer.totals().total().persons());
        return new TableAttack.Grouped(new int[] {SHAPE[rows], SHAPE[columns]},
                cell -> new int[] {cell[rows], cell[columns]},
                position -> value(at.getOrDefault(List.of(position[0], position[1]), Disclosed.published(0))));
    }

    private static int index(int dimension, String key) {
        var keys = dimension == 0 ? STATUSES : dimension == 1 ? SEXES : AGE_GROUPS;
        int index = keys.indexOf(key);
        assertThat(index).as("category %s", key).isNotNegative();
        return index;
    }

    private static Long value(Disclosed disclosed) {
        return disclosed.isSuppressed() ? null : disclosed.value();
    }

    /** The last ended quarter of a plan of the cases' participant with the linked indicator, its schedule set. */
    private record Quarter(long id, LocalDate startsOn, int year, long indicator, long activity) {
    }

    private Quarter plan(StatisticsCases cases) {
        cases.as(Role.ME_OFFICER);
        int thisYear = LocalDate.now().getYear();
        var built = new TestPlans(editing, institutions).build(aPlan().named(Unique.name("Linked plan"))
                .running(thisYear - 1, thisYear + 1).status(PlanStatus.ADOPTED)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Identification of victims").ledBy(cases.police)
                        .withIndicator(anIndicator("Victims identified").unit("victims").target("200")
                                .by(Disaggregation.SEX, Disaggregation.AGE_GROUP))));
        long indicator = built.indicator("Victims identified");
        schedules.configure(built.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                DeadlineRule.Kind.DAYS_AFTER, 15, 5));
        indicators.link(new RegisterIndicatorCommand(indicator, RegisterMeasure.IDENTIFIED, true, true));
        var ended = schedules.periods(built.id()).stream().filter(p -> p.endsOn().isBefore(LocalDate.now())).toList();
        var period = ended.get(ended.size() - 1);
        cases.as(Role.VICTIM_DATA_OFFICER);
        return new Quarter(period.id(), period.startsOn(), period.endsOn().getYear(), indicator,
                built.element("A1.1.1"));
    }
}
