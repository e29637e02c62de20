package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.TableAttack;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statistics on the real database: persons and cases counted apart, re-trafficking and persons reported by
 * several institutions as the issue defines them, exact totals that count a person once, referral delays, and who
 * reads what. Cases are registered by an officer in two institutions of the test's own.
 */
@AriadneIntegrationTest
class VictimStatisticsIntegrationTest {

    @Autowired
    VictimRegister register;
    @Autowired
    VictimStatistics statistics;
    @Autowired
    Institutions institutions;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    StatisticsCases cases;

    @BeforeEach
    void institutions() {
        cases = new StatisticsCases(register, institutions);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aPersonIdentifiedAgainAfterHerCaseWasClosedIsOnePersonTwoCasesAndOneReTrafficked() {
        var born = LocalDate.of(2001, 6, 9);
        var first = cases.named(cases.police, LocalDate.of(2021, 5, 2), Sex.FEMALE, 19, "Drita", "Hoxha", born, null,
                LocalDate.of(2021, 11, 30));
        var second = cases.named(cases.shelter, LocalDate.of(2023, 2, 10), Sex.FEMALE, 21, "Drita", "Hoxha", born,
                null, null);
        cases.samePerson(second, first);

        TestSignIn.onThisThread(Role.COORDINATOR);
        var headline = statistics.headline(cases.filter());

        assertThat(values(headline)).containsExactly(1L, 2L, 1L, 1L, 0L);
        var trend = statistics.retrafficking(cases.filter());
        assertThat(trend.years()).extracting(RetraffickingTrend.Year::year).containsExactly(2021, 2023);
        assertThat(trend.years().get(1).retraffickedCases().value()).as("the 2023 case is the re-trafficking")
                .isEqualTo(1L);
        assertThat(trend.years().get(0).retraffickedCases().value()).isZero();
    }

    @Test
    void aPersonReportedByTwoInstitutionsAtOnceIsOnePersonTwoCasesNotReTraffickedAndReportedBySeveral() {
        var born = LocalDate.of(1998, 1, 23);
        var byPolice = cases.named(cases.police, LocalDate.of(2022, 3, 1), Sex.FEMALE, 24, "Arta", "Berisha", born,
                null, null);
        var byShelter = cases.named(cases.shelter, LocalDate.of(2022, 3, 3), Sex.FEMALE, 24, "Arta", "Berisha", born,
                null, null);
        cases.samePerson(byShelter, byPolice);

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var headline = statistics.headline(cases.filter());

        assertThat(values(headline)).containsExactly(1L, 2L, 0L, 0L, 1L);
        var year = statistics.retrafficking(cases.filter()).years().get(0);
        assertThat(year.year()).isEqualTo(2022);
        assertThat(year.reportedBySeveral().value()).isEqualTo(1L);
    }

    @Test
    void theCrossTableBySexAndAgeGroupCountsPersonsAndCasesApartAndItsTotalsCountAPersonOnce() {
        var on = LocalDate.of(2020, 4, 1);
        cases.anonymous(cases.police, on, Sex.FEMALE, 16);
        cases.anonymous(cases.police, on, Sex.FEMALE, 30);
        cases.anonymous(cases.shelter, on, Sex.FEMALE, 31);
        cases.anonymous(cases.police, on, Sex.MALE, 28);
        // one girl identified at 17 and again at 19, her first case still open: two age groups, one person
        var born = LocalDate.of(2003, 1, 5);
        var atSeventeen = cases.named(cases.police, LocalDate.of(2020, 6, 1), Sex.FEMALE, 17, "Blerta", "Krasniqi",
                born, null, null);
        var atNineteen = cases.named(cases.shelter, LocalDate.of(2022, 2, 1), Sex.FEMALE, 19, "Blerta", "Krasniqi",
                born, null, null);
        cases.samePerson(atNineteen, atSeventeen);

        TestSignIn.onThisThread(Role.COORDINATOR);
        var table = statistics.crossTable(cases.filter(), List.of(StatisticsDimension.SEX,
                StatisticsDimension.AGE_GROUP));

        assertThat(table.exact()).isTrue();
        assertThat(table.rowCategories()).extracting(StatisticsCategory::key).containsExactly("FEMALE", "MALE");
        assertThat(table.columnCategories()).extracting(StatisticsCategory::key)
                .containsExactly("CHILD_12_17", "ADULT_18_24", "ADULT_25_34");
        var layer = table.tables().get(0);
        assertThat(grid(layer)).containsExactly(
                // persons, cases per cell, then the row's total
                List.of("2/2", "1/1", "2/2", "4/5"),
                List.of("0/0", "0/0", "1/1", "1/1"),
                List.of("2/2", "1/1", "3/3", "5/6"));
    }

    @Test
    void theDelaysGiveTheMedianAndNinetiethPercentileByNearestRankWithTheCasesMeasured() {
        var on = LocalDate.of(2019, 3, 4);
        for (int days : new int[] {10, 1, 20, 3, 2}) {
            cases.referredAfter(cases.police, on, days);
        }
        cases.anonymous(cases.police, on, Sex.MALE, 40);

        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        var delays = statistics.delays(cases.filter()).rows().stream()
                .filter(row -> row.interval() == DelayInterval.IDENTIFICATION_TO_REFERRAL).toList();

        assertThat(delays).hasSize(1);
        var row = delays.get(0);
        assertThat(row.institution().key()).isEqualTo(Long.toString(cases.police));
        assertThat(row.year()).isEqualTo(2019);
        assertThat(row.measured().value()).as("the case without a referral is not measured").isEqualTo(5L);
        assertThat(row.medianDays()).isEqualTo(3);
        assertThat(row.percentile90Days()).isEqualTo(20);
    }

    @Test
    void aMemberCannotWorkOutAnInstitutionsHiddenCasesFromTheCasesItsDelaysWereMeasuredOn() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var on = LocalDate.of(2021, 6, 1);
        // the police referred all its 6 cases; the shelter has 3, not referred
        for (int days = 1; days <= 6; days++) {
            cases.referredAfter(cases.police, on, days);
        }
        for (int i = 0; i < 3; i++) {
            cases.anonymous(cases.shelter, on, Sex.FEMALE, 30);
        }

        cases.as(Role.MEMBER);
        var list = statistics.crossTable(StatisticsFilter.years(2021, 2021),
                List.of(StatisticsDimension.IDENTIFYING_INSTITUTION)).tables().get(0);
        assertThat(list.totals().total().cases().value()).as("the year's cases").isEqualTo(9L);
        assertThat(list.lines()).allSatisfy(line -> assertThat(line.total().cases().isSuppressed())
                .as("the shelter's 3, and the police's 6 that would give them back").isTrue());
        var police = statistics.delays(StatisticsFilter.years(2021, 2021)).rows().stream()
                .filter(row -> row.institution().key().equals(Long.toString(cases.police))
                        && row.interval() == DelayInterval.IDENTIFICATION_TO_REFERRAL).findFirst().orElseThrow();
        assertThat(police.measured().isSuppressed()).as("6 measured would be the police's hidden 6 cases").isTrue();
        assertThat(police.medianDays()).isNull();

        cases.as(Role.VICTIM_DATA_OFFICER);
        assertThat(statistics.delays(StatisticsFilter.years(2021, 2021)).rows().stream()
                .filter(row -> row.institution().key().equals(Long.toString(cases.police))
                        && row.interval() == DelayInterval.IDENTIFICATION_TO_REFERRAL).findFirst().orElseThrow()
                .measured().value()).isEqualTo(6L);
    }

    @Test
    void aMemberSeesTheSameTableWithItsSmallCountsSuppressedAndAFocalPointNothing() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var on = LocalDate.of(2018, 9, 9);
        for (int i = 0; i < 7; i++) {
            cases.anonymous(cases.police, on, Sex.FEMALE, 30);
        }
        cases.anonymous(cases.police, on, Sex.MALE, 30);
        cases.anonymous(cases.police, on, Sex.MALE, 30);

        cases.as(Role.MEMBER);
        var table = statistics.crossTable(cases.filter(), List.of(StatisticsDimension.SEX));

        assertThat(table.exact()).isFalse();
        var layer = table.tables().get(0);
        var women = layer.lines().get(0).total().persons();
        var men = layer.lines().get(1).total().persons();
        var all = layer.totals().total().persons();
        assertThat(men.isSuppressed()).as("two men: too few to publish").isTrue();
        assertThat(women.isSuppressed() || all.isSuppressed()).as("the women and the total would give the men back")
                .isTrue();
        assertThat(List.of(women, all)).filteredOn(count -> !count.isSuppressed()).extracting(Disclosed::value)
                .allMatch(value -> value == 7L || value == 9L);
        assertThat(statistics.headline(cases.filter()).cases().isSuppressed()).isFalse();

        for (var role : EnumSet.of(Role.FOCAL_POINT, Role.ADMINISTRATOR)) {
            cases.as(role);
            assertThatThrownBy(() -> statistics.crossTable(cases.filter(), List.of(StatisticsDimension.SEX)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> statistics.eurostat(cases.filter(), false)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aMemberCountsOneYearOfTheWholeRegisterByTwoDimensionsAtMostWhateverTheyAskFor() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        cases.anonymous(cases.police, LocalDate.of(2018, 3, 3), Sex.FEMALE, 30);
        cases.anonymous(cases.shelter, LocalDate.of(2018, 4, 4), Sex.MALE, 15);
        cases.anonymous(cases.shelter, LocalDate.of(2019, 3, 3), Sex.MALE, 15);

        cases.as(Role.MEMBER);
        var asked = StatisticsFilter.years(2018, 2019).institutions(java.util.Set.of(cases.police));
        var table = statistics.crossTable(asked,
                List.of(StatisticsDimension.YEAR, StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP));

        assertThat(table.layers()).as("no table per year: the totals across them would give counts back").isNull();
        assertThat(table.tables()).hasSize(1);
        assertThat(table.rows()).as("the year is chosen apart, never a dimension").isEqualTo(StatisticsDimension.SEX);
        assertThat(table.columns()).isEqualTo(StatisticsDimension.AGE_GROUP);
        assertThat(table.tables().get(0).totals().total().cases().isSuppressed())
                .as("2018 of every institution: two cases, the shelter's too (a narrower table would be a difference)")
                .isTrue();
        assertThat(table.rowCategories()).extracting(StatisticsCategory::key).containsExactly("FEMALE", "MALE");
        assertThat(statistics.protectedYear(StatisticsFilter.none()).fromYear()).as("none asked: the latest year")
                .isEqualTo(2019);
        var trend = statistics.retrafficking(asked);
        assertThat(trend.years()).extracting(RetraffickingTrend.Year::year)
                .as("the trend is of the whole register, every year").containsExactly(2018, 2019);

        cases.as(Role.VICTIM_DATA_OFFICER);
        var exact = statistics.crossTable(asked,
                List.of(StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP, StatisticsDimension.YEAR));
        assertThat(exact.layers()).as("the register's officer still has three dimensions and filters")
                .isEqualTo(StatisticsDimension.YEAR);
        assertThat(exact.rowCategories()).extracting(StatisticsCategory::key).containsExactly("FEMALE");
    }

    @Test
    void aMemberWhoPutsTheListsAndTheGridTogetherGetsNoCountBack() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var on = LocalDate.of(2020, 5, 5);
        // women: 9 adults, 3 aged 12-17, 1 under 12; men: 6 adults, 1 aged 12-17, 2 under 12
        register(Sex.FEMALE, 30, 9, on);
        register(Sex.FEMALE, 15, 3, on);
        register(Sex.FEMALE, 8, 1, on);
        register(Sex.MALE, 30, 6, on);
        register(Sex.MALE, 15, 1, on);
        register(Sex.MALE, 8, 2, on);

        cases.as(Role.MEMBER);
        var bySex = statistics.crossTable(StatisticsFilter.none(), List.of(StatisticsDimension.SEX));
        var byAge = statistics.crossTable(StatisticsFilter.none(), List.of(StatisticsDimension.AGE_GROUP));
        var grid = statistics.crossTable(StatisticsFilter.none(),
                List.of(StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP));
        var sexes = bySex.rowCategories().stream().map(StatisticsCategory::key).toList();
        var ages = byAge.rowCategories().stream().map(StatisticsCategory::key).toList();
        assertThat(grid.rowCategories()).extracting(StatisticsCategory::key).containsExactlyElementsOf(sexes);
        assertThat(grid.columnCategories()).extracting(StatisticsCategory::key).containsExactlyElementsOf(ages);

        var tables = List.of(
                new TableAttack.Overlapping(new int[] {0}, at -> cases(bySex.tables().get(0), at[0], -1)),
                new TableAttack.Overlapping(new int[] {1}, at -> cases(byAge.tables().get(0), at[0], -1)),
                new TableAttack.Overlapping(new int[] {0, 1}, at -> cases(grid.tables().get(0), at[0], at[1])));
        var findings = TableAttack.linked(new int[] {sexes.size(), ages.size()}, tables);
        assertThat(findings).as("the small counts are suppressed").hasSizeGreaterThanOrEqualTo(4);
        assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered).toList())
                .as("counts worked out from the two lists and the grid together").isEmpty();
    }

    @Test
    void aMemberWhoAsksForTheGridInBothOrdersGetsTheSameCellsHiddenAndNoCountBack() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var on = LocalDate.of(2020, 6, 6);
        // presumed and identified: 1 and 3 women, 5 and 6 men, 5 and 5 of another sex. Protected each in the order
        // asked, sex × status and status × sex hid different complements of the equal fives, and the two together
        // with the lists gave the one presumed woman back
        register(Sex.FEMALE, CaseStatus.PRESUMED, 1, on);
        register(Sex.FEMALE, CaseStatus.IDENTIFIED, 3, on);
        register(Sex.MALE, CaseStatus.PRESUMED, 5, on);
        register(Sex.MALE, CaseStatus.IDENTIFIED, 6, on);
        register(Sex.OTHER, CaseStatus.PRESUMED, 5, on);
        register(Sex.OTHER, CaseStatus.IDENTIFIED, 5, on);

        cases.as(Role.MEMBER);
        var bySex = statistics.crossTable(StatisticsFilter.none(), List.of(StatisticsDimension.SEX));
        var byStatus = statistics.crossTable(StatisticsFilter.none(), List.of(StatisticsDimension.STATUS));
        var bySexAndStatus = statistics.crossTable(StatisticsFilter.none(),
                List.of(StatisticsDimension.SEX, StatisticsDimension.STATUS));
        var byStatusAndSex = statistics.crossTable(StatisticsFilter.none(),
                List.of(StatisticsDimension.STATUS, StatisticsDimension.SEX));

        assertThat(byStatusAndSex.rows()).isEqualTo(StatisticsDimension.STATUS);
        assertThat(byStatusAndSex.rowCategories()).isEqualTo(bySexAndStatus.columnCategories());
        assertThat(byStatusAndSex.columnCategories()).isEqualTo(bySexAndStatus.rowCategories());
        assertThat(bySexAndStatus.hasSuppressed()).isTrue();
        var grid = bySexAndStatus.tables().get(0);
        var turned = byStatusAndSex.tables().get(0);
        for (int sex = -1; sex < bySexAndStatus.rowCategories().size(); sex++) {
            for (int status = -1; status < bySexAndStatus.columnCategories().size(); status++) {
                assertThat(count(turned, status, sex)).as("sex %d, status %d: persons and cases", sex, status)
                        .isEqualTo(count(grid, sex, status));
            }
        }

        var tables = List.of(
                new TableAttack.Overlapping(new int[] {0}, at -> cases(bySex.tables().get(0), at[0], -1)),
                new TableAttack.Overlapping(new int[] {1}, at -> cases(byStatus.tables().get(0), at[0], -1)),
                new TableAttack.Overlapping(new int[] {0, 1}, at -> cases(grid, at[0], at[1])),
                new TableAttack.Overlapping(new int[] {1, 0}, at -> cases(turned, at[0], at[1])));
        var findings = TableAttack.linked(
                new int[] {bySex.rowCategories().size(), byStatus.rowCategories().size()}, tables);
        assertThat(findings).as("the small counts are suppressed").isNotEmpty();
        assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered).toList())
                .as("counts worked out from the lists and the grid in both orders").isEmpty();
    }

    private void register(Sex sex, CaseStatus status, int times, LocalDate on) {
        for (int i = 0; i < times; i++) {
            cases.register(cases.police, on, status, sex, 30, "AL");
        }
    }

    /** Persons and cases at a row and column of a table ({@code -1}: a total). */
    private static StatisticsCount count(CrossTable.Layer layer, int row, int column) {
        var line = row < 0 ? layer.totals() : layer.lines().get(row);
        return column < 0 ? line.total() : line.cells().get(column);
    }

    private void register(Sex sex, int age, int times, LocalDate on) {
        for (int i = 0; i < times; i++) {
            cases.anonymous(cases.police, on, sex, age);
        }
    }

    /** Cases at a row and column of a protected table ({@code -1}: a total; a list's column is always its total). */
    private static Long cases(CrossTable.Layer layer, int row, int column) {
        var line = row < 0 ? layer.totals() : layer.lines().get(row);
        var count = column < 0 ? line.total() : line.cells().get(column);
        return count.cases().isSuppressed() ? null : count.cases().value();
    }

    @Test
    void theEurostatBreakdownCountsRegisteredAsIdentifiedAndPresumedWithPersonsAndCases() {
        var on = LocalDate.of(2017, 5, 5);
        cases.anonymous(cases.police, on, Sex.FEMALE, 15);
        cases.anonymous(cases.police, on, Sex.FEMALE, 16);

        TestSignIn.onThisThread(Role.COORDINATOR);
        var rows = statistics.eurostat(cases.filter(), true);

        var byStatus = new LinkedHashMap<String, String>();
        rows.forEach(row -> byStatus.put(row.year() + " " + row.status() + " " + row.sex() + " " + row.age() + " "
                + row.citizenship() + " " + row.form(), row.persons().value() + "/" + row.cases().value()));
        assertThat(byStatus).containsExactly(Map.entry("2017 REGISTERED FEMALE CHILD AL SEXUAL", "2/2"),
                Map.entry("2017 IDENTIFIED FEMALE CHILD AL SEXUAL", "2/2"),
                Map.entry("2017 PRESUMED FEMALE CHILD AL SEXUAL", "0/0"));
    }

    @Test
    void theProtectedExportGivesEurostatsBreakdownsOneByOneAsThePageProtectsThemAndTogetherNoCountBack() {
        cases = StatisticsCases.ofTheirOwn(register, institutions, jdbc);
        var random = new java.util.Random(14L);
        var sexes = List.of(Sex.FEMALE, Sex.FEMALE, Sex.FEMALE, Sex.MALE);
        var ages = List.of(9, 15, 16, 22, 30, 30, 41);
        for (int i = 0; i < 40; i++) {
            cases.register(i % 7 == 0 ? cases.shelter : cases.police, LocalDate.of(2021 + random.nextInt(2), 3, 3),
                    i % 5 == 0 ? CaseStatus.PRESUMED : CaseStatus.IDENTIFIED, sexes.get(random.nextInt(4)),
                    ages.get(random.nextInt(ages.size())), random.nextInt(4) == 0 ? "RS" : "AL");
        }

        cases.as(Role.COORDINATOR);
        var exact = statistics.eurostat(cases.filter(), true);
        assertThat(exact).as("the coordinator's exact export keeps Eurostat's full cross").isNotEmpty()
                .allMatch(row -> !EurostatRow.TOTAL.equals(row.sex()) && !row.persons().isSuppressed());
        cases.as(Role.MEMBER);
        var rows = statistics.eurostat(cases.filter(), true);
        assertThat(rows).as("a member asking for exact figures gets the protected breakdowns").isNotEmpty()
                .allMatch(row -> java.util.stream.Stream.of(row.sex(), row.age(), row.citizenship(), row.form())
                        .filter(value -> !EurostatRow.TOTAL.equals(value)).count() <= 1);
        assertThat(rows).anyMatch(row -> row.persons().isSuppressed());

        // each year's lines are the year's lists on the page, hidden where the page hides; put together with the
        // page's grids of that year, over status × sex × age group × citizenship, they give no count back
        var dimensions = List.of(StatisticsDimension.STATUS, StatisticsDimension.SEX, StatisticsDimension.AGE_GROUP,
                StatisticsDimension.CITIZENSHIP);
        int attacked = 0;
        for (int year : List.of(2021, 2022)) {
            var filter = StatisticsFilter.years(year, year);
            var categories = new java.util.ArrayList<List<String>>();
            var tables = new java.util.ArrayList<TableAttack.Overlapping>();
            for (int d = 0; d < dimensions.size(); d++) {
                var list = statistics.crossTable(filter, List.of(dimensions.get(d)));
                var keys = list.rowCategories().stream().map(StatisticsCategory::key).toList();
                categories.add(keys);
                var layer = list.tables().get(0);
                int dimension = d;
                for (int k = 0; k < keys.size(); k++) {
                    var key = keys.get(k);
                    var exported = rows.stream().filter(row -> row.year() == year && key.equals(field(row, dimension)))
                            .findFirst().orElseThrow();
                    assertThat(exported.cases()).isEqualTo(layer.lines().get(k).total().cases());
                }
                var yearLine = rows.stream().filter(row -> row.year() == year
                        && EurostatRow.REGISTERED.equals(row.status()) && EurostatRow.TOTAL.equals(row.sex())
                        && EurostatRow.TOTAL.equals(row.age()) && EurostatRow.TOTAL.equals(row.citizenship()))
                        .findFirst().orElseThrow();
                assertThat(yearLine.cases()).isEqualTo(layer.totals().total().cases());
                tables.add(new TableAttack.Overlapping(new int[] {d}, at -> cases(layer, at[0], -1)));
            }
            for (int a = 0; a < dimensions.size(); a++) {
                for (int b = a + 1; b < dimensions.size(); b++) {
                    var grid = statistics.crossTable(filter, List.of(dimensions.get(a), dimensions.get(b)));
                    var layer = grid.tables().get(0);
                    tables.add(new TableAttack.Overlapping(new int[] {a, b}, at -> cases(layer, at[0], at[1])));
                }
            }
            var shape = categories.stream().mapToInt(List::size).toArray();
            var findings = TableAttack.linked(shape, tables);
            attacked += findings.size();
            assertThat(findings.stream().filter(TableAttack.LinkedFinding::recovered).toList())
                    .as("counts of %d worked out from the export and the page's tables together", year).isEmpty();
        }
        assertThat(attacked).as("hidden counts to attack").isPositive();
    }

    private static String field(EurostatRow row, int dimension) {
        return switch (dimension) {
            case 0 -> row.status();
            case 1 -> row.sex();
            case 2 -> row.age();
            default -> row.citizenship();
        };
    }

    private static List<Long> values(StatisticsHeadline headline) {
        return List.of(headline.persons(), headline.cases(), headline.retraffickedPersons(),
                headline.retraffickedCases(), headline.reportedBySeveral()).stream().map(Disclosed::value).toList();
    }

    /** The layer as "persons/cases" per cell, each line ending with its total, the totals' line last. */
    private static List<List<String>> grid(CrossTable.Layer layer) {
        var lines = new java.util.ArrayList<>(layer.lines());
        lines.add(layer.totals());
        return lines.stream().map(line -> {
            var cells = new java.util.ArrayList<String>();
            line.cells().forEach(count -> cells.add(count.persons().value() + "/" + count.cases().value()));
            cells.add(line.total().persons().value() + "/" + line.total().cases().value());
            return (List<String>) cells;
        }).toList();
    }
}
