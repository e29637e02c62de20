package org.ariadne.dashboards;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.ariadne.common.charts.Chart;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The dashboard pages on a plan with accepted reports, read as the people who use them. */
@AriadneIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DashboardCharts dashboards;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Plans plans;
    @Autowired
    ReviewEditing review;

    DashboardFixture plan;

    @BeforeAll
    void buildPlanWithAcceptedReports() {
        plan = new DashboardFixture(editing, institutions, schedules, reports, plans);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    // ---- plan overview ----

    @Test
    void thePlanPageLeadsToItsDashboardInEitherLanguage() throws Exception {
        var english = page("/plans/" + plan.planId, TestSignIn.as(Role.MEMBER));
        var albanian = page("/plans/" + plan.planId + "?lang=sq", TestSignIn.as(Role.MEMBER));

        var path = "/plans/" + plan.planId + "/dashboard";
        assertThat(english.select("nav.plan-tools a[href=" + path + "]").eachText()).containsExactly("Dashboard");
        assertThat(albanian.select("nav.plan-tools a[href=" + path + "]").eachText()).containsExactly("Paneli");
    }

    @Test
    void theOverviewCountsActivitiesByStatusPerStrategicObjective() throws Exception {
        var page = page(overview(), TestSignIn.as(Role.MEMBER));

        var statuses = chartTable(page, "statuses");
        assertThat(statuses.get(0)).containsExactly("Strategic objective", "Completed", "Has started", "In continuum",
                "Hasn't started", "not reported yet");
        assertThat(statuses.get(1)).containsExactly("SO 1 Protection", "1", "1", "0", "0", "1");
        assertThat(statuses.get(2)).containsExactly("SO 2 " + DashboardFixture.SECOND_TITLE, "0", "0", "0", "0", "1");
    }

    @Test
    void theOverviewShowsTheTrafficLightAndWhatTheFigureRestsOn() throws Exception {
        var page = page(overview(), TestSignIn.as(Role.MEMBER));

        // training 37.5 % (started 50 %, victims 25 % of the way), operations 100 %: 68.75 %, "some progress"
        var protection = page.selectFirst("#objectives tr[data-objective=SO 1]");
        assertThat(protection.text()).contains("some progress").contains("69 %")
                .contains("based on 2 of 3 activities; 0 not measurable, 1 without data");
        var prevention = page.selectFirst("#objectives tr[data-objective=SO 2]");
        assertThat(prevention.text()).contains("not measured").contains("not measurable").doesNotContain("0 %");
        var overall = page.selectFirst("#overall").text();
        assertThat(overall).contains("69 %").contains("some progress")
                .contains("based on 2 of 4 activities; 1 not measurable, 1 without data");
    }

    @Test
    void indicatorsBehindAreListedWithALinkToTheirDetail() throws Exception {
        var page = page(overview(), TestSignIn.as(Role.MEMBER));

        var rows = page.select("#off-track tbody tr");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).text()).contains("Victims identified").contains("25 %").contains("behind");
        assertThat(rows.get(0).selectFirst("a").attr("href"))
                .isEqualTo("/indicators/" + plan.victims + "/dashboard?year=" + plan.year);
    }

    @Test
    void aChartsTableHoldsExactlyTheSeriesTheChartWasDrawnFrom() throws Exception {
        TestSignIn.onThisThread(Role.MEMBER);
        var chart = dashboards.plan(plan.planId, DashboardFilter.year(plan.year), Locale.ENGLISH).statuses().chart();
        TestSignIn.clear();

        var table = chartTable(page(overview(), TestSignIn.as(Role.MEMBER)), "statuses");

        assertThat(table).isEqualTo(expected(chart, "Strategic objective"));
    }

    @Test
    void theCsvOfAChartHasTheSameNumbersAsTheChart() throws Exception {
        TestSignIn.onThisThread(Role.MEMBER);
        var chart = dashboards.plan(plan.planId, DashboardFilter.year(plan.year), Locale.ENGLISH).statuses().chart();
        TestSignIn.clear();

        var response = mvc.perform(get(overview() + "&download=csv&chart=statuses").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        var csv = CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)
                .replace("\uFEFF", ""))).getRecords();

        assertThat(response.getHeader("Content-Disposition")).contains("statuses.csv");
        var rows = new ArrayList<List<String>>();
        csv.forEach(record -> rows.add(record.toList()));
        assertThat(rows).isEqualTo(expected(chart, "Strategic objective"));
    }

    @Test
    void everyTableOfTheOverviewDownloadsAsExcel() throws Exception {
        for (var name : List.of("statuses", "objectives", "off-track")) {
            var response = mvc.perform(get(overview() + "&download=xlsx&chart=" + name).with(TestSignIn.as(Role.MEMBER)))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats");
            assertThat(response.getContentAsByteArray()).startsWith('P', 'K');
        }
    }

    @Test
    void anUnknownTableOrPlanIsNotFound() throws Exception {
        mvc.perform(get(overview() + "&download=csv&chart=nothing").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(overview() + "&download=pdf&chart=statuses").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/plans/987654321/dashboard").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isNotFound());
        mvc.perform(get("/indicators/987654321/dashboard").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aYearOutsideThePlanOrUnreadableShowsTheDefaultYear() throws Exception {
        int expected = Math.max(plan.startYear, Math.min(plan.endYear, java.time.LocalDate.now().getYear()));
        for (var year : List.of("1990", "soon")) {
            var page = page("/plans/" + plan.planId + "/dashboard?year=" + year, TestSignIn.as(Role.MEMBER));
            assertThat(page.selectFirst("h1").text()).isEqualTo("Dashboard " + expected);
        }
    }

    @Test
    void theObjectivesDownloadWritesNotMeasurableInWordsNeverAsZero() throws Exception {
        var response = mvc.perform(get(overview() + "&download=csv&chart=objectives").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse();
        var records = CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)
                .replace("\uFEFF", ""))).getRecords();

        assertThat(records.get(1).get(3)).isEqualTo("68.75");
        assertThat(records.get(2).get(3)).isEqualTo("not measurable: nothing in it can be measured");
    }

    @Test
    void chartsAreDrawnWithoutInlineStylesAndWithTheirLabelsEscaped() throws Exception {
        var html = mvc.perform(get(institution(plan.ministry)).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var svg = Jsoup.parse(html).selectFirst("#chart-statuses svg");

        // the page's Content-Security-Policy forbids style attributes: colours must be presentation attributes
        assertThat(svg.select("[style]")).isEmpty();
        assertThat(svg.select("[fill]")).isNotEmpty();
        assertThat(svg.text()).contains("& <i>Interior</i>");
        assertThat(svg.select("i")).isEmpty();
        assertThat(html).doesNotContain("<i>Interior</i>");
    }

    @Test
    void theOverviewCanBeNarrowedToAThematicAreaOrAnInstitution() throws Exception {
        var prevention = page(overview() + "&area=PREVENTION", TestSignIn.as(Role.MEMBER));
        assertThat(prevention.select("#objectives tbody tr")).hasSize(1);
        assertThat(prevention.selectFirst("#overall").text()).contains("not measurable");

        var shelter = page(overview() + "&institution=" + plan.shelter, TestSignIn.as(Role.MEMBER));
        assertThat(chartTable(shelter, "statuses")).hasSize(2);
        assertThat(chartTable(shelter, "statuses").get(1)).containsExactly("SO 1 Protection", "0", "0", "0", "0", "1");
        assertThat(shelter.selectFirst("#overall").text()).contains("no data yet");
    }

    @Test
    void onlyTheOfficeAndEvaluatorsAreOfferedSubmittedReports() throws Exception {
        assertThat(page(overview(), TestSignIn.as(Role.MEMBER)).select("input[name=submitted]")).isEmpty();
        assertThat(page(overview(), TestSignIn.as(Role.ME_OFFICER)).select("input[name=submitted]")).hasSize(1);
        assertThat(page(overview(), TestSignIn.as(Role.EVALUATOR)).select("input[name=submitted]")).hasSize(1);
    }

    @Test
    void theOverviewSpeaksAlbanian() throws Exception {
        var page = page(overview() + "&lang=sq", TestSignIn.as(Role.MEMBER));

        assertThat(page.selectFirst("h1").text()).isEqualTo("Paneli " + plan.year);
        assertThat(page.text()).contains("Sipas objektivit strategjik").contains("Si llogaritet").contains("pak progres");
        assertThat(chartTable(page, "statuses").get(0)).contains("Objektivi strategjik", "Përfunduar");
    }

    // ---- indicator detail ----

    @Test
    void theIndicatorDetailShowsTheReportedValuesAndTheTargetLine() throws Exception {
        var page = page("/indicators/" + plan.victims + "/dashboard?year=" + plan.year, TestSignIn.as(Role.MEMBER));

        var reported = page.select("#reported-values tbody tr");
        assertThat(reported).hasSize(2);
        assertThat(reported.get(0).text()).contains("20").contains("Police").contains("Accepted");
        assertThat(reported.get(1).text()).contains("30").contains("Police");
        var trend = chartTable(page, "trend");
        assertThat(trend.get(0)).containsExactly("Period", "Reported value", "Running total since " + plan.startYear,
                "Baseline", "Target " + plan.endYear);
        assertThat(trend.get(1)).containsExactly(label(plan.earlier), "20", "20", "0", "200");
        assertThat(trend.get(2)).containsExactly(label(plan.last), "30", "50", "0", "200");
        assertThat(page.selectFirst("#chart-trend svg").text()).contains("Target " + plan.endYear);
        assertThat(page.selectFirst("#year-value").text()).contains("50");
        assertThat(page.selectFirst("#achievement").text()).contains("25 %").contains("behind");
        assertThat(page.selectFirst("#basis").text()).contains("everything reported from the start of the plan");
    }

    @Test
    void theIndicatorDetailBreaksTheValuesDownBySexAndAge() throws Exception {
        var page = page("/indicators/" + plan.victims + "/dashboard?year=" + plan.year, TestSignIn.as(Role.MEMBER));

        var breakdown = chartTable(page, "breakdown-sex-age-group");
        var expectedFemaleChildren = plan.earlier.endsOn().getYear() == plan.year ? "15" : "10";
        assertThat(breakdown.get(0)).containsExactly("Sex", "Under 18", "18 and over");
        assertThat(breakdown.get(1).get(0)).isEqualTo("Female");
        assertThat(breakdown.get(1).get(1)).isEqualTo(expectedFemaleChildren);
        assertThat(breakdown.get(2).get(0)).isEqualTo("Male");
        assertThat(breakdown.get(2).get(1)).isEqualTo("—");
    }

    @Test
    void aFocalPointSeesTheFiguresButOnlyTheirOwnInstitutionsReportsListed() throws Exception {
        var shelterFocal = TestSignIn.as(plan.focalPoint(plan.shelter));
        var page = page("/indicators/" + plan.victims + "/dashboard?year=" + plan.year, shelterFocal);

        assertThat(page.selectFirst("#year-value").text()).contains("50");
        assertThat(page.select("#reported-values")).isEmpty();
        assertThat(page.selectFirst("#not-listed").text()).startsWith("2 values from reports of other institutions count");

        var policeFocal = TestSignIn.as(plan.focalPoint(plan.police));
        assertThat(page("/indicators/" + plan.victims + "/dashboard?year=" + plan.year, policeFocal)
                .select("#reported-values tbody tr")).hasSize(2);
    }

    @Test
    void aNotMeasurableIndicatorIsShownAsNotMeasurableNeverAsZero() throws Exception {
        var page = page("/indicators/" + plan.meetings + "/dashboard?year=" + plan.year, TestSignIn.as(Role.MEMBER));

        var achievement = page.selectFirst("#achievement").text();
        assertThat(achievement).contains("not measurable").contains("no target").contains("not measured")
                .doesNotContain("0 %");
        assertThat(page.select("#reported-values tbody tr")).hasSize(2);
    }

    @Test
    void anIndicatorWithoutReportsHasNoDataRatherThanZero() throws Exception {
        var page = page("/indicators/" + plan.bedsAvailable + "/dashboard", TestSignIn.as(Role.MEMBER));

        assertThat(page.selectFirst("#achievement").text()).contains("no data yet").doesNotContain("0 %");
        assertThat(page.text()).contains("Nothing has been reported for this indicator yet.");
    }

    @Test
    void theTrendTableDownloadsAsCsvWithTheChartsNumbers() throws Exception {
        var response = mvc.perform(get("/indicators/" + plan.victims + "/dashboard?year=" + plan.year
                + "&download=csv&chart=trend").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andReturn().getResponse();
        var records = CSVFormat.RFC4180.parse(new StringReader(response.getContentAsString(StandardCharsets.UTF_8)
                .replace("\uFEFF", ""))).getRecords();

        assertThat(records.get(1).toList()).containsExactly(label(plan.earlier), "20", "20", "0", "200");
        assertThat(records.get(2).toList()).containsExactly(label(plan.last), "30", "50", "0", "200");
    }

    // ---- institution view ----

    @Test
    void aFocalPointSeesTheirOwnInstitutionButNotAnother() throws Exception {
        var focal = TestSignIn.as(plan.focalPoint(plan.police));

        mvc.perform(get(institution(plan.police)).with(focal)).andExpect(status().isOk());
        mvc.perform(get(institution(plan.shelter)).with(focal)).andExpect(status().isForbidden());
        mvc.perform(get(institution(plan.shelter) + "&download=csv&chart=activities").with(focal))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFocalPointCannotReadAnotherInstitutionsFiguresThroughThePlanOverviewEither() throws Exception {
        var focal = TestSignIn.as(plan.focalPoint(plan.police));

        mvc.perform(get(overview() + "&institution=" + plan.shelter).with(focal)).andExpect(status().isForbidden());
        mvc.perform(get(overview() + "&institution=" + plan.shelter + "&download=csv&chart=statuses").with(focal))
                .andExpect(status().isForbidden());
        mvc.perform(get(overview() + "&institution=" + plan.police + "&download=csv&chart=statuses").with(focal))
                .andExpect(status().isOk());
        var own = page(overview() + "&institution=" + plan.police, focal);
        assertThat(own.select("#filter-institution option[value]").eachAttr("value"))
                .containsExactly("", Long.toString(plan.police));
    }

    @Test
    void theInstitutionViewShowsItsActivitiesAndItsReportingRecord() throws Exception {
        var page = page(institution(plan.police), TestSignIn.as(Role.ME_OFFICER));

        assertThat(page.select("#activities tbody tr").eachAttr("data-activity")).containsExactly("A1.1.1", "A1.1.2");
        assertThat(page.selectFirst("#activities tr[data-activity=A1.1.2]").text()).contains("Completed").contains("100 %");
        // the earlier report was submitted long after its deadline
        var earlier = page.select("#record tbody tr").stream()
                .filter(row -> row.child(0).text().equals(plan.earlier.label())).findFirst().orElseThrow();
        assertThat(earlier.attr("data-timeliness")).isEqualTo("LATE");
        assertThat(page.select("#overdue tbody tr").eachText()).noneMatch(text -> text.contains(plan.earlier.label()));
    }

    @Test
    void anInstitutionThatDidNotReportHasItsReportsOverdue() throws Exception {
        var page = page(institution(plan.shelter), TestSignIn.as(Role.COORDINATOR));

        assertThat(page.select("#overdue tbody tr").eachText()).anyMatch(text -> text.contains(plan.earlier.label()));
        assertThat(page.selectFirst("#overall").text()).contains("no data yet");
    }

    @Test
    void theOverviewCountsActivitiesByHalfYearRatingForTheOfficeButNotForFocalPoints() throws Exception {
        var before = page(overview(), TestSignIn.as(Role.MEMBER));
        assertThat(before.selectFirst("#ratings .empty").text()).isEqualTo("No activity has been rated for this year yet.");

        var half = HalfYear.containing(plan.last.endsOn());
        TestSignIn.onThisThread(Role.ME_OFFICER);
        review.rate(plan.planId, plan.training, half, null, new RatingCommand(1, null));
        review.rate(plan.planId, plan.operations, half, null, new RatingCommand(3, "Police and prosecutors never met"));
        review.rate(plan.planId, plan.awareness, half, null, new RatingCommand(2, "Slow start in two regions"));
        TestSignIn.clear();

        var page = page(overview(), TestSignIn.as(Role.MEMBER));
        var table = chartTable(page, "ratings");
        assertThat(table.get(0)).containsExactly("Strategic objective", "1 On track",
                "2 Difficulties encountered, but can be handled", "3 Experiencing difficulties, needs revision",
                "Not rated");
        assertThat(table.get(1)).containsExactly(table.get(1).get(0), "1", "0", "1", "1");
        assertThat(table.get(2).subList(1, 5)).containsExactly("0", "1", "0", "0");
        assertThat(page.selectFirst("#ratings .lead").text()).contains("not approved yet");
        var download = mvc.perform(get(overview() + "&download=csv&chart=ratings").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(download).contains("Not rated").contains("3 Experiencing difficulties, needs revision");

        var focalPoint = page(overview(), TestSignIn.as(plan.focalPoint(plan.police)));
        assertThat(focalPoint.select("#ratings")).isEmpty();
    }

    @Test
    void aMemberOfTheNationalAuthoritySeesAnInstitutionWithItsReportingRecord() throws Exception {
        var page = page(institution(plan.shelter), TestSignIn.as(Role.MEMBER));

        assertThat(page.select("#activities tbody tr")).isNotEmpty();
        assertThat(page.select("#overdue tbody tr").eachText()).anyMatch(text -> text.contains(plan.earlier.label()));
    }

    // ---- budget ----

    @Test
    void theBudgetComparesPlannedWithSpentAndShowsTheDonorGap() throws Exception {
        var page = page("/plans/" + plan.planId + "/budget?year=" + plan.year, TestSignIn.as(Role.MEMBER));

        var byObjective = chartTable(page, "by-objective");
        assertThat(byObjective.get(0)).containsExactly("Strategic objective", "Planned", "Secured", "Spent");
        assertThat(byObjective.get(1)).containsExactly("SO 1 Protection", "6,000", "3,000", "400");
        assertThat(byObjective.get(2).subList(1, 4)).containsExactly("3,000", "0", "0");
        var gap = chartTable(page, "donor-gap");
        assertThat(gap.get(1)).containsExactly("SO 1 Protection", "5,000", "3,000");
        assertThat(gap.get(2).subList(1, 3)).containsExactly("3,000", "3,000");
        assertThat(page.selectFirst("#state-share").text()).contains("11.1 %");
        assertThat(page.selectFirst("#without-year").text()).contains("700");
        assertThat(chartTable(page, "by-source").stream().map(row -> row.get(0)).toList())
                .anyMatch(label -> label.startsWith("State budget: Police"))
                .anyMatch(label -> label.startsWith("Donor: Donor"));
    }

    /**
     * The fixture's year is still running: SO 2 has spent nothing of its 3,000 and SO 1 only 400 of 6,000, which is
     * no finding yet (most money is spent late in the year), and nothing is spent above its budget.
     */
    @Test
    void aYearStillRunningIsNeverCalledUnderspent() throws Exception {
        var page = page("/plans/" + plan.planId + "/budget?year=" + plan.year, TestSignIn.as(Role.MEMBER));

        assertThat(page.select("#money-flags")).isEmpty();
        assertThat(page.selectFirst("#money-none").text()).contains("within its budget");
        assertThat(page.selectFirst("#money-rule").text()).contains("less than half");
    }

    @Test
    void theWholePeriodCountsLinesWithoutAYear() throws Exception {
        var page = page("/plans/" + plan.planId + "/budget", TestSignIn.as(Role.MEMBER));

        assertThat(chartTable(page, "by-objective").get(2).get(1)).isEqualTo("3,700");
        assertThat(page.select("#without-year")).isEmpty();
    }

    // ---- helpers ----

    private String overview() {
        return "/plans/" + plan.planId + "/dashboard?year=" + plan.year;
    }

    private String institution(long id) {
        return "/plans/" + plan.planId + "/institutions/" + id + "/dashboard?year=" + plan.year;
    }

    private static String label(org.ariadne.reportingcycle.PeriodView period) {
        return period.startsOn().getYear() + "-Q" + ((period.startsOn().getMonthValue() - 1) / 3 + 1);
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        var html = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** The table under a chart, header first, as the page shows it. */
    private static List<List<String>> chartTable(Document page, String chart) {
        Element table = page.selectFirst("table[data-chart=" + chart + "]");
        assertThat(table).as("table of chart " + chart).isNotNull();
        var rows = new ArrayList<List<String>>();
        rows.add(table.select("thead th").eachText());
        table.select("tbody tr").forEach(row -> rows.add(row.select("th, td").eachText()));
        return rows;
    }

    /** What the table of a chart must say: its categories and series, as plain numbers without decimals here. */
    private static List<List<String>> expected(Chart chart, String categoryLabel) {
        var rows = new ArrayList<List<String>>();
        var header = new ArrayList<String>();
        header.add(categoryLabel);
        header.addAll(chart.series().keySet());
        rows.add(header);
        for (int i = 0; i < chart.categories().size(); i++) {
            var row = new ArrayList<String>();
            row.add(chart.categories().get(i));
            for (var values : chart.series().values()) {
                row.add(new BigDecimal(values.get(i).toString()).toPlainString());
            }
            rows.add(row);
        }
        return rows;
    }
}
