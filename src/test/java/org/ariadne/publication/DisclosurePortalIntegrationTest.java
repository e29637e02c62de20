package org.ariadne.publication;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.disclosure.TableAttack;
import org.ariadne.dashboards.DashboardCharts;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AcceptedVictims;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The journey of issue 14: the police identified 3 girls in a quarter, and the year's figures are published. The
 * portal's table of victims by sex × age group shows that cell suppressed with its complements, the download too,
 * and a reader who works the published totals gets none of them back.
 */
@AriadneIntegrationTest
class DisclosurePortalIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans kit;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    DashboardCharts dashboards;

    final SignedInUser coordinator = TestSignIn.user(Unique.username("natc"), null, Role.COORDINATOR);

    @AfterEach
    void signOut() {
        TestSignIn.clear();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aCellOfThreeIsPublishedSuppressedWithItsComplementsAndTheTotalsDoNotGiveItBack() throws Exception {
        var plan = planWithAcceptedVictims(Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("3"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("12"),
                "SEX=MALE|AGE_GROUP=UNDER_18", new BigDecimal("7"), "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("9")));
        var preview = page("/plans/" + plan.id() + "/publication/preview?kind=FIGURES&year=" + plan.year());
        publish(preview);

        var response = anonymous("/portal/plans/" + plan.id() + "?year=" + plan.year());
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        var portal = Jsoup.parse(response.getContentAsString());
        var name = "indicator-" + plan.victims() + "-sex-age-group";
        var table = portal.selectFirst("table[data-table=" + name + "]");
        assertThat(table).as("the victims by sex and age group among %s", portal.select("table").eachAttr("data-table")).isNotNull();
        assertThat(portal.select("h3").eachText()).contains("Victims identified: " + plan.year() + " by Sex × Age group"
                + " (under 18 / 18 and over)");
        var grid = grid(table);
        // rows: women, men, total; columns: under 18, adults, total
        assertThat(grid[0][0]).as("the 3 girls").isNull();
        assertThat(grid[0][1]).as("its complement in the row").isNull();
        assertThat(grid[1][0]).as("its complement in the column").isNull();
        assertThat(grid[2][2]).as("the grand total").isEqualTo(31L);
        var girls = table.select("tbody tr").get(0).select("td").get(0);
        assertThat(girls.text()).isEqualTo("[c] not published");
        assertThat(girls.selectFirst("[aria-hidden=true]").text()).isEqualTo(SuppressedCells.MARK);
        assertThat(table.select("tfoot").text()).contains("[c] not published: fewer than 5 persons");
        assertThat(TableAttack.recovered(TableAttack.grid(grid))).as("cells worked out from the page").isEmpty();

        var csv = csvRows(anonymous("/portal/plans/" + plan.id() + "/tables/" + name + ".csv?year=" + plan.year()));
        assertThat(csv.get(1).get(1)).isEqualTo(SuppressedCells.MARK);
        assertThat(csv.get(csv.size() - 1).get(0)).startsWith("[c] not published: fewer than 5 persons");
        var downloaded = new Long[3][3];
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                var cell = csv.get(r + 1).get(c + 1);
                downloaded[r][c] = SuppressedCells.isMark(cell) ? null : Long.valueOf(cell);
            }
        }
        assertThat(downloaded).isEqualTo(grid);
        assertThat(TableAttack.recovered(TableAttack.grid(downloaded))).as("cells worked out from the CSV").isEmpty();
        assertThat(csv.stream().flatMap(List::stream)).as("no small count anywhere in the file")
                .doesNotContain("3", "12", "7", "9");

        var xlsx = anonymous("/portal/plans/" + plan.id() + "/tables/" + name + ".xlsx?year=" + plan.year());
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(SuppressedCells.MARK);
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue())
                    .startsWith("[c] not published: fewer than 5 persons");
        }
    }

    @Test
    void aTableWithoutSmallCountsIsPublishedWhole() throws Exception {
        var plan = planWithAcceptedVictims(Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("6"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("12"),
                "SEX=MALE|AGE_GROUP=UNDER_18", new BigDecimal("0"), "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("9")));
        publish(page("/plans/" + plan.id() + "/publication/preview?kind=FIGURES&year=" + plan.year()));

        var portal = Jsoup.parse(anonymous("/portal/plans/" + plan.id() + "?year=" + plan.year()).getContentAsString());
        var table = portal.selectFirst("table[data-table=indicator-" + plan.victims() + "-sex-age-group]");
        assertThat(grid(table)).isEqualTo(new Long[][] {{6L, 12L, 18L}, {0L, 9L, 9L}, {6L, 21L, 27L}});
        assertThat(table.select("[data-suppressed]")).isEmpty();
        assertThat(table.select("tfoot").text()).doesNotContain("[c]");
    }

    @Test
    void aSmallYearTotalIsHiddenInTheBreakdownAndAmongTheIndicatorsBehindWithTheProgressThatWouldGiveItBack()
            throws Exception {
        var plan = planWithAcceptedVictims(Map.of(
                "SEX=FEMALE|AGE_GROUP=UNDER_18", new BigDecimal("3"), "SEX=FEMALE|AGE_GROUP=ADULT", new BigDecimal("1"),
                "SEX=MALE|AGE_GROUP=UNDER_18", new BigDecimal("0"), "SEX=MALE|AGE_GROUP=ADULT", new BigDecimal("0")));
        publish(page("/plans/" + plan.id() + "/publication/preview?kind=FIGURES&year=" + plan.year()));

        var portal = Jsoup.parse(anonymous("/portal/plans/" + plan.id() + "?year=" + plan.year()).getContentAsString());
        var grid = grid(portal.selectFirst("table[data-table=indicator-" + plan.victims() + "-sex-age-group]"));
        assertThat(grid[2][2]).as("a total of 4").isNull();
        assertThat(grid[1]).as("the men: nobody").containsExactly(0L, 0L, 0L);
        assertThat(TableAttack.recovered(TableAttack.grid(grid))).isEmpty();
        var behind = portal.select("table[data-table=off-track] tbody tr").stream()
                .filter(row -> row.text().contains("Victims identified")).findFirst().orElseThrow();
        assertThat(behind.select("td[data-suppressed]")).as("the value and its progress").hasSize(2);
        assertThat(behind.text()).doesNotContain(" 4 ");
        var csv = csvRows(anonymous("/portal/plans/" + plan.id() + "/tables/off-track.csv?year=" + plan.year()));
        assertThat(csv.stream().filter(row -> row.contains("Victims identified")).findFirst().orElseThrow())
                .contains(SuppressedCells.MARK).doesNotContain("4");
    }

    /** A plan counting victims by sex × age group, whose police report the last ended quarter and see it accepted. */
    private AcceptedVictims planWithAcceptedVictims(Map<String, BigDecimal> parts) {
        return AcceptedVictims.plan("Disclosure plan", parts, kit, schedules, reports, dashboards);
    }

    // ---- reading what a visitor reads ----

    /** The table's numbers, rows and totals as printed; a suppressed cell is null. */
    private static Long[][] grid(Element table) {
        var rows = new ArrayList<Long[]>();
        for (var row : table.select("tbody tr")) {
            rows.add(row.select("td").stream()
                    .map(cell -> cell.hasAttr("data-suppressed") ? null : Long.valueOf(cell.text().replace(",", "")))
                    .toArray(Long[]::new));
        }
        return rows.toArray(Long[][]::new);
    }

    private Document page(String path) throws Exception {
        var response = mvc.perform(get(path).with(TestSignIn.as(coordinator))).andExpect(status().isOk()).andReturn()
                .getResponse();
        return Jsoup.parse(response.getContentAsString());
    }

    private MockHttpServletResponse anonymous(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    private void publish(Document preview) throws Exception {
        var form = preview.selectFirst("#publish-form");
        assertThat(form).as("the publish form").isNotNull();
        var request = post(form.attr("action")).with(csrf()).with(TestSignIn.as(coordinator));
        for (var input : form.select("input[type=hidden]")) {
            request.param(input.attr("name"), input.val());
        }
        var published = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(published.getFlashMap().get("noticeKey")).isEqualTo("publication.published");
    }

    private static List<List<String>> csvRows(MockHttpServletResponse response) throws Exception {
        var text = response.getContentAsString(StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords().stream()
                .map(record -> record.toList()).toList();
    }
}
