package org.ariadne.quality;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.ActivityBuilder;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.IndicatorBuilder;
import org.ariadne.support.TestPlans;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A member of the National Authority opens the audit of a plan built through the plan services, works down the
 * list, filters it and downloads it; in English and in Albanian.
 */
@AriadneIntegrationTest
class PlanQualityIntegrationTest {

    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final List<String> EXPECTED_RULES = List.of("ACT-NO-LEAD", "ACT-NO-VERIFICATION", "IND-NO-BASELINE",
            "IND-NO-BASELINE", "IND-NO-TARGET", "SPEC-NO-ACTIVITIES", "SPEC-NO-RESULT-INDICATOR");

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    PlanQuality quality;

    long planId;
    long vagueActivity;
    long schoolsVisited;
    long teachersTrained;
    long research;

    @BeforeEach
    void aPlanWithGaps() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var police = testPlans.institution("State Police", InstitutionType.POLICE);
        var plan = testPlans.build(aPlan().named("Action plan against trafficking").running(2016, 2019)
                .status(PlanStatus.DRAFT)
                .withStrategicObjective("SO 1", "Prevention", ThematicArea.PREVENTION)
                .withIndicator(anIndicator("Share of pupils who know the risks of trafficking").level(ResultLevel.OUTCOME)
                        .type(IndicatorType.PERCENTAGE).unit("%").ratioOf("pupils answering correctly", "pupils surveyed")
                        .baseline("20", 2015, "School survey").target("60", 2019).by(Disaggregation.SEX).reported(null))
                .withSpecificObjective("SO 1.1", "Awareness raising")
                .withIndicator(indicator("Calls to the hotline", ResultLevel.OUTCOME, "120", "300"))
                .withActivity(activity("A1.1.1", "Training of teachers", police, "Lists of participants",
                        "Teachers leave the schools")
                        .withIndicator(indicator("Teachers trained", ResultLevel.OUTPUT, "0", "400")))
                .withActivity(activity("A1.1.2", FORMULA_TITLE, null, null, null)
                        .withIndicator(indicator("Schools visited", ResultLevel.OUTPUT, null, "60"))
                        .withIndicator(indicator("Pupils reached", ResultLevel.OUTPUT, null, null)))
                .withSpecificObjective("SO 1.2", "Research on child trafficking"));
        planId = plan.id();
        vagueActivity = plan.element("A1.1.2");
        schoolsVisited = plan.indicator("Schools visited");
        teachersTrained = plan.indicator("Pupils reached");
        research = plan.element("SO 1.2");
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private static IndicatorBuilder indicator(String name, ResultLevel level, String baseline, String target) {
        return anIndicator(name).level(level).unit("persons").by(Disaggregation.SEX).reported(null)
                .baseline(baseline, baseline == null ? null : 2015, baseline == null ? null : "Ministry records")
                .target(target, target == null ? null : 2019);
    }

    private static ActivityBuilder activity(String code, String title, Long lead, String verification, String risks) {
        return anActivity(code, title).ledBy(lead).running(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31))
                .verifiedBy(verification).risking(risks).budget(2017, FundingSourceKind.STATE_BUDGET, lead, "8000", null);
    }

    private String page(String query, Role role) throws Exception {
        return mvc.perform(get("/plans/" + planId + "/quality" + query).with(TestSignIn.as(role)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The rule codes of the rows of the findings table, in order. */
    private static List<String> findingRows(String html) {
        var table = html.substring(html.indexOf("id=\"findings\""));
        return Pattern.compile("<tr data-rule=\"([A-Z-]+)\"").matcher(table).results().map(match -> match.group(1)).toList();
    }

    @Test
    void theServiceFindsWhatThePlanLacks() {
        assertThat(quality.audit(planId).findings()).extracting(finding -> finding.rule().code())
                .containsExactlyElementsOf(EXPECTED_RULES);
    }

    @Test
    void aMemberSeesTheCountsAndAFixLinkForEveryFinding() throws Exception {
        var html = page("", Role.MEMBER);

        assertThat(html).contains("2 of 5 indicators have no baseline")
                .contains("1 of 2 activities has no lead institution")
                .contains("1 of 2 specific objectives has no activities")
                .contains("data-count=\"problems\">6<")
                .contains("data-count=\"warnings\">1<")
                .contains("data-count=\"measurable-indicators\">3<")
                .contains("href=\"/activities/" + vagueActivity + "/edit\"")
                .contains("href=\"/indicators/" + schoolsVisited + "/edit\"")
                .contains("href=\"/indicators/" + teachersTrained + "/edit\"")
                .contains("href=\"/specific-objectives/" + research + "/edit\"")
                // a title typed by a person is shown as text, never as markup
                .contains("=HYPERLINK(&quot;http://evil.example&quot;")
                .doesNotContain("/activities/" + vagueActivity + "/delete");
        assertThat(findingRows(html)).containsExactlyElementsOf(EXPECTED_RULES);
    }

    @Test
    void filteringByRuleLeavesOnlyThatRule() throws Exception {
        var html = page("?rule=IND-NO-BASELINE&by=rule", Role.MEMBER);

        assertThat(findingRows(html)).containsExactly("IND-NO-BASELINE", "IND-NO-BASELINE");
        assertThat(html).contains("2 of 7 findings")
                .containsPattern("<option value=\"IND-NO-BASELINE\"\\s+selected=\"selected\">");
    }

    @Test
    void filteringBySeverityAndGroupingByElement() throws Exception {
        var html = page("?severity=WARNING", Role.EVALUATOR);

        assertThat(findingRows(html)).containsExactly("SPEC-NO-RESULT-INDICATOR");
    }

    @Test
    void theCsvHasOneRowPerFindingWithItsLinkAndNoLiveFormula() throws Exception {
        var response = mvc.perform(get("/plans/" + planId + "/quality.csv").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
        var text = response.getContentAsString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        var records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertThat(records.get(0).values()).containsExactly("Code", "Element", "Type", "Finding", "Finding code",
                "Severity", "What to do", "Institution", "Link");
        var rows = records.subList(1, records.size());
        assertThat(rows).extracting(row -> row.get(4)).containsExactlyElementsOf(EXPECTED_RULES);
        CSVRecord noLead = rows.get(0);
        assertThat(noLead.get(0)).isEqualTo("A1.1.2");
        assertThat(noLead.get(1)).isEqualTo("'" + FORMULA_TITLE);
        assertThat(noLead.get(5)).isEqualTo("problem");
        assertThat(noLead.get(6)).startsWith("Name the institution");
        assertThat(noLead.get(8)).isEqualTo("/activities/" + vagueActivity + "/edit");
    }

    @Test
    void theXlsxHasOneRowPerFindingAndTheTitleStaysText() throws Exception {
        var response = mvc.perform(get("/plans/" + planId + "/quality.xlsx").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        assertThat(response.getContentType()).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment").contains(".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(EXPECTED_RULES.size());
            for (int row = 1; row <= EXPECTED_RULES.size(); row++) {
                assertThat(sheet.getRow(row).getCell(4).getStringCellValue()).isEqualTo(EXPECTED_RULES.get(row - 1));
            }
            var title = sheet.getRow(1).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("/activities/" + vagueActivity + "/edit");
        }
    }

    @Test
    void theDownloadsKeepThePageFilter() throws Exception {
        var text = mvc.perform(get("/plans/" + planId + "/quality.csv?rule=IND-NO-BASELINE").with(TestSignIn.as(Role.MEMBER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(CSVFormat.RFC4180.parse(new StringReader(text)).getRecords()).hasSize(1 + 2);
        assertThat(page("?rule=IND-NO-BASELINE", Role.MEMBER))
                .contains("href=\"/plans/" + planId + "/quality.csv?rule=IND-NO-BASELINE\"");
    }

    @Test
    void theAuditSpeaksAlbanian() throws Exception {
        var html = page("?lang=sq", Role.MEMBER);

        assertThat(html).contains("Auditimi i cilësisë së planit")
                .contains("2 nga 5 tregues nuk kanë vlerë bazë")
                .contains("1 nga 2 aktivitete nuk ka institucion udhëheqës")
                .contains("Pa vlerë bazë")
                .doesNotContain("have no baseline");
        var csv = mvc.perform(get("/plans/" + planId + "/quality.csv?lang=sq").with(TestSignIn.as(Role.MEMBER)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Kodi i gjetjes").contains("Pa institucion udhëheqës");
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everySignedInRoleMayReadTheAudit(Role role) throws Exception {
        page("", role);
    }

    @Test
    void nobodySignedOutSeesIt() throws Exception {
        TestSignIn.clear();
        mvc.perform(get("/plans/" + planId + "/quality")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/plans/" + planId + "/quality.csv")).andExpect(status().is3xxRedirection());
    }

    @Test
    void anUnknownPlanIsNotFound() throws Exception {
        mvc.perform(get("/plans/" + (planId + 100_000) + "/quality").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isNotFound());
    }
}
