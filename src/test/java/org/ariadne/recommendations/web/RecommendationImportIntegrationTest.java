package org.ariadne.recommendations.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.recommendations.Recommendations;
import org.ariadne.recommendations.TrackerFilter;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Recommendations from a messy workbook as offices keep them: title rows above Albanian headers, a date typed as
 * text, an institution the directory does not know, a formula and a text that would run as one; every problem names
 * sheet, row, cell and field and nothing is imported until the file is right; the corrected file goes into a new
 * source chosen on the preview, once. Empty files, files of another kind and CSV files too.
 */
@AriadneIntegrationTest
class RecommendationImportIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Recommendations recommendations;
    @Autowired
    org.ariadne.institutions.Institutions institutions;

    BuiltPlan plan;
    String police;

    @BeforeEach
    void aPlanAndAnInstitution() {
        var id = testPlans.institution("Policia e Shtetit", InstitutionType.POLICE);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = institutions.get(id).name();
        TestSignIn.clear();
        plan = testPlans.build(aPlan().named(Unique.name("Plan for imports")).running(2024, 2028)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train police")));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private byte[] workbook(boolean messy) throws Exception {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("GRETA 3");
            sheet.createRow(0).createCell(0).setCellValue("Rekomandimet e GRETA-s, raundi i tretë (demo)");
            var header = sheet.createRow(2);
            var headings = new String[] {"Nr.", "Rekomandimi", "Data", "Prioriteti", "Institucionet", "Gjuha"};
            for (int c = 0; c < headings.length; c++) {
                header.createCell(c).setCellValue(headings[c]);
            }
            var first = sheet.createRow(3);
            first.createCell(0).setCellValue(12);
            first.createCell(1).setCellValue("Të sigurohet identifikimi i viktimave në kufi.");
            var dateCell = first.createCell(2);
            dateCell.setCellValue(LocalDate.of(2024, 6, 1));
            var style = book.createCellStyle();
            style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            dateCell.setCellStyle(style);
            first.createCell(3).setCellValue("e lartë");
            first.createCell(4).setCellValue(police);
            first.createCell(5).setCellValue("sq");
            var second = sheet.createRow(4);
            second.createCell(0).setCellValue("§ 14");
            second.createCell(1).setCellValue("Ensure compensation for victims.");
            second.createCell(2).setCellValue("31.05.2024");
            second.createCell(3).setCellValue("low");
            second.createCell(4).setCellValue(messy ? "Ministry of Nowhere" : police);
            second.createCell(5).setCellValue("en");
            if (messy) {
                var third = sheet.createRow(5);
                third.createCell(0).setCellValue("15");
                third.createCell(1).setCellFormula("CONCATENATE(\"a\",\"b\")");
                var fourth = sheet.createRow(6);
                fourth.createCell(0).setCellValue("16");
                fourth.createCell(1).setCellValue("=HYPERLINK(\"http://evil.example\",\"click\")");
                fourth.createCell(3).setCellValue("urgent");
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private String upload(MockMultipartFile file) throws Exception {
        var url = mvc.perform(multipart("/recommendations/import").file(file).param("language", "en")
                        .with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(url).startsWith("/recommendations/import/");
        return url;
    }

    @Test
    void aMessyWorkbookIsPreviewedWithEveryProblemByCellAndNothingIsImported() throws Exception {
        var url = upload(new MockMultipartFile("file", "greta.xlsx", XLSX, workbook(true)));
        var preview = page(get(url).with(TestSignIn.as(Role.ME_OFFICER)));

        var problems = preview.select("#problems tbody tr");
        assertThat(problems.eachText()).anySatisfy(text -> assertThat(text).contains("E5").contains("Ministry of Nowhere")
                .contains("GRETA 3").contains("Addressed to"));
        assertThat(problems.eachText()).anySatisfy(text -> assertThat(text).contains("B6").contains("formula"));
        assertThat(problems.eachText()).anySatisfy(text -> assertThat(text).contains("B7").contains("starts like a formula"));
        assertThat(problems.eachText()).anySatisfy(text -> assertThat(text).contains("D7").contains("urgent"));
        assertThat(preview.select("#confirm-import").hasAttr("disabled")).isTrue();
        assertThat(preview.select("#import-rows tbody tr").first().text()).contains("12").contains("Të sigurohet");

        mvc.perform(post(url + "/confirm").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("planId", String.valueOf(plan.id())).param("kind", "GRETA").param("name", "GRETA 3"))
                .andExpect(status().isOk());
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(recommendations.sources(plan.id())).isEmpty();
    }

    @Test
    void theCorrectedWorkbookGoesIntoANewSourceOnceWithItsInstitutionsMatched() throws Exception {
        var url = upload(new MockMultipartFile("file", "greta.xlsx", XLSX, workbook(false)));
        var preview = page(get(url).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(preview.select("#problems")).isEmpty();
        assertThat(preview.select("[data-count=rows]").text()).isEqualTo("2");
        var seen = preview.select("input[name=seen]").val();

        // the new source needs a name: refused beside the preview, nothing imported
        var refused = page(post(url + "/confirm").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()).param("seen", seen)
                .param("planId", String.valueOf(plan.id())).param("kind", "GRETA").param("name", ""));
        assertThat(refused.text()).contains("give the new source a name");

        mvc.perform(post(url + "/confirm").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()).param("seen", seen)
                        .param("planId", String.valueOf(plan.id())).param("kind", "GRETA")
                        .param("name", "GRETA third round (demo)").param("round", "third").param("year", "2024"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "recommendations.import.confirmed"));
        mvc.perform(post(url + "/confirm").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()).param("seen", seen)
                        .param("planId", String.valueOf(plan.id())).param("kind", "GRETA").param("name", "Again"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "upload.already-confirmed"));

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var sources = recommendations.sources(plan.id());
        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.label()).isEqualTo("GRETA third round (demo) · third");
            assertThat(source.recommendations()).isEqualTo(2);
        });
        var imported = recommendations.list(TrackerFilter.ofSource(sources.get(0).id()));
        assertThat(imported.get(0).paragraph()).isEqualTo("12");
        assertThat(imported.get(0).texts()).containsKey("sq");
        assertThat(imported.get(0).date()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(imported.get(0).institutionNames()).isEqualTo(police);
        assertThat(imported.get(1).texts()).containsEntry("en", "Ensure compensation for victims.");
        assertThat(imported.get(1).date()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(imported.get(1).priority().name()).isEqualTo("LOW");
    }

    @Test
    void aCsvFileIsReadAsAWorkbookIs() throws Exception {
        var csv = ("Recommendation;Priority;Addressed to\nImprove data collection;high;" + police + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var url = upload(new MockMultipartFile("file", "tip.csv", "text/csv", csv));
        var preview = page(get(url).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(preview.select("#problems")).isEmpty();
        assertThat(preview.select("#import-rows tbody tr").text()).contains("Improve data collection").contains("high");
    }

    @Test
    void emptyFilesFilesOfAnotherKindAndFilesWithoutAHeaderAreRefusedWithAClearMessage() throws Exception {
        var empty = page(multipart("/recommendations/import").file(new MockMultipartFile("file", "empty.xlsx", XLSX,
                new byte[0])).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()));
        assertThat(empty.select(".flash.problem").text()).isNotBlank();

        var pdf = page(multipart("/recommendations/import").file(new MockMultipartFile("file", "greta.xlsx", XLSX,
                "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes())).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf()));
        assertThat(pdf.select(".flash.problem").text()).containsIgnoringCase("spreadsheet");

        var url = upload(new MockMultipartFile("file", "notes.csv", "text/csv",
                "Some notes\nwithout any header\n".getBytes(StandardCharsets.UTF_8)));
        var preview = page(get(url).with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(preview.select("#problems").text()).contains("No header row");
        assertThat(preview.select("#confirm-import").hasAttr("disabled")).isTrue();

        mvc.perform(get(url).with(TestSignIn.as(Role.COORDINATOR))).andExpect(status().isNotFound());
        mvc.perform(get("/recommendations/import").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
    }
}
