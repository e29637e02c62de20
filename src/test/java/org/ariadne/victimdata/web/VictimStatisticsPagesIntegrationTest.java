package org.ariadne.victimdata.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.StatisticsCases;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.linkage.Sex;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics page and its downloads through the web: the coordinator reads the figures of a re-trafficked
 * person, a member reads them protected, a focal point and the administrator are refused, and the export has
 * Eurostat's columns.
 */
@AriadneIntegrationTest
class VictimStatisticsPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    StatisticsCases cases;

    @BeforeEach
    void aPersonIdentifiedAgainAfterHerCaseWasClosed() {
        aPersonIdentifiedAgainAfterHerCaseWasClosed(new StatisticsCases(register, institutions));
    }

    private void aPersonIdentifiedAgainAfterHerCaseWasClosed(StatisticsCases in) {
        cases = in;
        var born = LocalDate.of(2000, 10, 2);
        var first = cases.named(cases.police, LocalDate.of(2021, 3, 8), Sex.FEMALE, 20, "Vjosa", "Gashi", born,
                LocalDate.of(2021, 3, 10), LocalDate.of(2021, 9, 1));
        var second = cases.named(cases.shelter, LocalDate.of(2024, 1, 15), Sex.FEMALE, 23, "Vjosa", "Gashi", born,
                LocalDate.of(2024, 1, 20), null);
        cases.samePerson(second, first);
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private MockHttpServletRequestBuilder ours(String path) {
        return get(path).param("institution", Long.toString(cases.police))
                .param("institution", Long.toString(cases.shelter)).locale(Locale.ENGLISH);
    }

    @Test
    void theCoordinatorReadsOnePersonTwoCasesOneReTraffickedWithTheTrendAndTheDelays() throws Exception {
        var html = mvc.perform(ours("/victim-data/statistics").param("rows", "YEAR").param("columns", "SEX")
                        .with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);

        assertThat(page.select("#headline-sentence").text()).isEqualTo("1 person, 2 cases, 1 re-trafficked");
        assertThat(page.select("#figure-persons .label").text()).isEqualTo("person");
        assertThat(page.select("#protected-figures")).isEmpty();
        assertThat(page.select("#register-indicators").attr("href")).isEqualTo("/victim-data/statistics/indicators");
        var cross = page.select("table#cross-0");
        assertThat(cross.select("thead th").eachText()).containsExactly("Year of identification",
                "Female: persons", "Female: cases", "Total: persons", "Total: cases");
        assertThat(cross.select("tbody tr").eachText()).containsExactly("2021 1 1 1 1", "2024 1 1 1 1",
                "Total 1 2 1 2");
        assertThat(page.select("#cross-note").text()).contains("a total is not the sum of its cells");
        assertThat(page.select("table#trend tbody tr").eachText()).containsExactly("2021 1 1 0 0 0",
                "2024 1 1 1 1 0", "All years 1 2 1 1 0");
        assertThat(page.select("#chart-trend svg")).as("the trend is drawn").isNotEmpty();
        assertThat(page.select("table#delays tbody tr").eachText()).as("5 days from identification to referral, 1 case")
                .anyMatch(row -> row.endsWith("2024 identification to referral 1 5 5"));
        assertThat(page.select("a[href*=export.csv]")).isNotEmpty();
    }

    @Test
    void aMemberReadsTheSameFiguresProtected() throws Exception {
        // a member counts the whole register of their participant: one of the test's own holds only this person
        aPersonIdentifiedAgainAfterHerCaseWasClosed(StatisticsCases.ofTheirOwn(register, institutions, jdbc));
        var member = TestSignIn.userOf(cases.participant, Unique.username("member"), null, Role.MEMBER);
        var html = mvc.perform(ours("/victim-data/statistics").param("rows", "SEX").param("columns", "AGE_GROUP")
                        .param("tables", "YEAR").param("from", "2024").with(TestSignIn.as(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);

        assertThat(page.select("#protected-scope").text()).contains("one year of the whole register");
        assertThat(page.select("#filter-from, #filter-to, #filter-institution, #filter-tables"))
                .as("no range of years, no institution, no table per year").isEmpty();
        assertThat(page.select("#filter-year option[selected]").text()).isEqualTo("2024");
        assertThat(page.select("#filter-rows option").eachAttr("value")).as("the year is chosen apart")
                .doesNotContain("YEAR").contains("SEX");
        assertThat(page.select("table#cross-0")).hasSize(1);
        assertThat(page.select("table#cross-1")).as("one table, not one per year").isEmpty();

        assertThat(page.select("#protected-figures").text()).contains("fewer than 5 persons or cases");
        assertThat(page.select("#register-indicators")).as("the office's page, not the member's").isEmpty();
        assertThat(page.select("#headline-sentence")).isEmpty();
        assertThat(page.select("#figure-persons .value [aria-hidden]").text()).isEqualTo("[c]");
        assertThat(page.select("#figure-persons .value .visually-hidden").text()).as("what a screen reader says")
                .isEqualTo("not published");
        assertThat(page.select("table#cross-0 tbody td").eachText()).allMatch(text -> text.startsWith("[c]"));
        assertThat(page.select("table#delays tbody td.number").eachText())
                .allMatch(text -> text.startsWith("[c]") || text.equals("—"));
        assertThat(page.select("a[href*=exact]")).as("exact figures are not offered").isEmpty();
    }

    @Test
    void choicesThatCannotBeReadAreLeftOutRatherThanRefused() throws Exception {
        var html = mvc.perform(ours("/victim-data/statistics").param("from", "twenty").param("rows", "NOT_A_DIMENSION")
                        .param("columns", "SEX").with(TestSignIn.as(Role.VICTIM_DATA_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var page = Jsoup.parse(html);

        assertThat(page.select("table#cross-0 thead th").first().text()).as("the columns' choice becomes the rows")
                .isEqualTo("Sex");
        assertThat(page.select("#headline-sentence").text()).isEqualTo("1 person, 2 cases, 1 re-trafficked");
    }

    @Test
    void aFocalPointAndTheAdministratorAreRefusedThePageAndItsDownloads() throws Exception {
        var focalPoint = TestSignIn.user(Unique.username("focal"), cases.police, Role.FOCAL_POINT);
        for (var path : List.of("/victim-data/statistics", "/victim-data/statistics/table.csv",
                "/victim-data/statistics/export.xlsx")) {
            mvc.perform(ours(path).with(TestSignIn.as(focalPoint))).andExpect(status().isForbidden());
            mvc.perform(ours(path).with(TestSignIn.as(Role.ADMINISTRATOR))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theExportHasEurostatsColumnsAndTheIomStandardsNames() throws Exception {
        var eurostat = Download.of(mvc.perform(ours("/victim-data/statistics/export.csv").param("exact", "true")
                .with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isOk()).andReturn());

        assertThat(eurostat.fileName()).startsWith("victim-statistics-eurostat-exact-").endsWith(".csv");
        var rows = eurostat.csvRows();
        assertThat(rows.get(0)).containsExactly("Year of identification", "Status", "Sex", "Age", "Citizenship",
                "Form of exploitation", "Persons", "Cases");
        assertThat(rows).contains(List.of("2021", "REGISTERED", "FEMALE", "ADULT", "AL", "SEXUAL", "1", "1"),
                List.of("2024", "IDENTIFIED", "FEMALE", "ADULT", "AL", "SEXUAL", "1", "1"));

        // a member counts the whole register of their participant: one of the test's own holds only this person
        aPersonIdentifiedAgainAfterHerCaseWasClosed(StatisticsCases.ofTheirOwn(register, institutions, jdbc));
        var member = TestSignIn.userOf(cases.participant, Unique.username("member"), null, Role.MEMBER);
        var htcds = Download.of(mvc.perform(ours("/victim-data/statistics/export.xlsx").param("layout", "htcds")
                .param("exact", "true").with(TestSignIn.as(member))).andExpect(status().isOk()).andReturn());
        var sheet = htcds.xlsxRows();
        assertThat(sheet.get(0)).containsExactly("yearOfRegistration", "identificationStatus", "gender", "ageBroad",
                "majorityStatus", "citizenship", "typeOfExploitation", "numberOfPersons", "numberOfCases");
        assertThat(htcds.fileName()).as("a member asking for exact figures gets protected ones").contains("protected");
        var lines = sheet.subList(1, sheet.size()).stream().filter(row -> row.size() == 9).toList();
        assertThat(lines).as("a line per year, then per year and breakdown")
                .anyMatch(row -> row.subList(0, 7).equals(List.of(2021.0, "Registered", "Total", "Total", "Total",
                        "Total", "Total")))
                .anyMatch(row -> row.subList(0, 7).equals(List.of(2024.0, "Registered", "Total", "18-24", "Adult",
                        "Total", "Total")))
                .anyMatch(row -> row.subList(0, 7).equals(List.of(2024.0, "Registered", "Female", "Total", "Total",
                        "Total", "Total")));
        assertThat(lines).allMatch(row -> "[c]".equals(row.get(7)) || Double.valueOf(0).equals(row.get(7)));
    }
}
