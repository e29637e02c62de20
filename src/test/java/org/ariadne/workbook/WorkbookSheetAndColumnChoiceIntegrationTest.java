package org.ariadne.workbook;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The preview lets the officer say how the file is read: which of several sheets holds the plan, and what a column
 * with a header Ariadne does not know is (or that it holds nothing to import). What was said about the columns is
 * remembered for the next file with the same headers.
 */
@AriadneIntegrationTest
class WorkbookSheetAndColumnChoiceIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;

    RequestPostProcessor officer = TestSignIn.as(TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER));

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** A cover, two sheets that could each be the plan (this year's and a draft), and a totals sheet. */
    private static byte[] twoPlanSheets(String s, String police) {
        return new CorpusWorkbook()
                .sheet("Cover").row("Republic of Kosovo").row("Action plan against trafficking 2016-2018")
                .sheet("Plan 2016").mergedRow("ACTION PLAN 2016-2018", 5).blank()
                .row("No.", "Activity", "Responsible institution", "Timeline", "Indicators", "Budget (EUR)")
                .mergedRow("STRATEGIC OBJECTIVE 1: Prevention of trafficking", 5)
                .mergedRow("Specific objective 1.1: Awareness", 5)
                .row("1.1.1.", "Campaign in schools " + s, police, "2016", "Students reached", 1000)
                .sheet("Draft 2017").mergedRow("DRAFT ACTION PLAN 2017", 5)
                .row("No.", "Activity", "Responsible institution", "Timeline", "Indicators", "Budget (EUR)")
                .mergedRow("STRATEGIC OBJECTIVE 1: Protection of victims", 5)
                .mergedRow("Specific objective 1.1: Shelters", 5)
                .row("1.1.1.", "Shelter places " + s, police, "2017", "Places funded", 2000)
                .row("1.1.2.", "Hotline " + s, police, "2017", "Calls answered", 500)
                .row("Total", null, null, null, null, 2500)
                .sheet("Totals").row("Source of funding", "Amount").row("State budget", 3500)
                .xlsx();
    }

    @Test
    void theOfficerChoosesWhichOfTwoPlanSheetsIsReadAndEveryMessageNamesIt() throws Exception {
        var s = Unique.name("").strip();
        var police = "Kosovo Police " + s;
        direct(() -> institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE)), true);
        var token = upload(twoPlanSheets(s, police), "plans.xlsx");

        var first = page(get("/imports/" + token));
        // the sheets that could hold the plan are offered, the cover and the totals are not; the first is read
        assertThat(first.select("#sheet option").eachText()).containsExactly("Plan 2016", "Draft 2017");
        assertThat(first.select("#sheet option[selected]").text()).isEqualTo("Plan 2016");
        assertThat(first.getElementById("preview-sheet").text()).contains("Plan 2016");
        assertThat(first.select("#problems tbody tr").eachText()).anySatisfy(row -> assertThat(row)
                .contains("The plan was read from the sheet “Plan 2016”").contains("“Draft 2017” could also hold it"));
        assertThat(first.select("[data-count=new]").text()).isEqualTo("4");

        var second = page(post("/imports/" + token).param("sheet", "Draft 2017"));
        assertThat(second.getElementById("preview-sheet").text()).contains("Draft 2017");
        assertThat(second.select("#sheet option[selected]").text()).isEqualTo("Draft 2017");
        assertThat(second.select("[data-count=new]").text()).isEqualTo("6");
        // the totals row of that sheet is named with its sheet, row and cell
        var totals = second.select("#problems tbody tr").stream().filter(row -> row.text().contains("Total")).toList();
        assertThat(totals).singleElement().satisfies(row -> assertThat(row.select("td").eachText())
                .contains("Draft 2017", "A7"));
        assertThat(second.select("#problems tbody tr td:last-child").eachText()).containsOnly("Draft 2017");

        var planId = confirm(token, second, "sheet", "Draft 2017");
        var titles = direct(() -> plans.tree(planId).activities().map(a -> a.title()).toList(), true);
        assertThat(titles).containsExactly("Shelter places " + s, "Hotline " + s);
    }

    /**
     * Albanian headers under a merged title, blank rows, a hidden working column: two headers Ariadne does not
     * know. The officer says one holds the lead institution and the other nothing to import.
     */
    private static byte[] albanianWithUnknownColumns(String s, String activity, String who) {
        return new CorpusWorkbook()
                .sheet("Plani").mergedRow("PLANI I VEPRIMIT 2019-2021 " + s, 6).blank()
                .row("Nr.", "Aktiviteti", "Kush e zbaton " + s, "Afati", "Treguesi", "Vërejtje të zyrës", "Kontroll")
                .blank()
                .mergedRow("OBJEKTIVI STRATEGJIK 1: Parandalimi", 6)
                .mergedRow("Objektivi specifik 1.1: Ndërgjegjësimi", 6)
                .row("1.1.1.", activity, who, "2019-2020", "Numri i nxënësve", "të kontrollohet", "ok")
                .blank()
                .row("1.1.2.", activity + " (2)", who, "2021", "Numri i shkollave", null, "ok")
                .hideColumn(6)
                .xlsx();
    }

    @Test
    void anUnrecognisedColumnIsMappedOnThePreviewAndRememberedForTheNextFileWithTheSameHeaders() throws Exception {
        var s = Unique.name("").strip();
        var police = "Policia e Kosovës " + s;
        var policeId = direct(() -> institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE)), true);
        var token = upload(albanianWithUnknownColumns(s, "Fushatë në shkolla " + s, police), "plani.xlsx");

        var first = page(get("/imports/" + token));
        // the unknown columns are asked about, with their first value; until then they are named as not imported
        assertThat(first.select("#column-mapping tbody tr").eachAttr("data-header"))
                .containsExactly("Kush e zbaton " + s, "Vërejtje të zyrës", "Kontroll");
        assertThat(first.select("#column-mapping tbody tr").first().text()).contains("C3").contains(police);
        assertThat(first.select("#column-mapping select option[selected]").eachAttr("value")).containsOnly("");
        assertThat(first.select("#problems").text()).contains("The column “Kush e zbaton " + s + "” is not part of the plan");

        var mapped = page(post("/imports/" + token).param("column[0].key", key(first, 0)).param("column[0].field",
                "LEAD_INSTITUTION").param("column[1].key", key(first, 1)).param("column[1].field", "IGNORE")
                .param("column[2].key", key(first, 2)).param("column[2].field", "IGNORE"));
        assertThat(mapped.select("#column-mapping select").eachAttr("name")).hasSize(3);
        assertThat(selected(mapped)).containsExactly("LEAD_INSTITUTION", "IGNORE", "IGNORE");
        var notes = mapped.select("#problems").text();
        assertThat(notes).contains("The column “Kush e zbaton " + s + "” is read as Lead institution, as you chose.")
                .contains("The column “Vërejtje të zyrës” is ignored, as you chose: its 1 value is not imported.")
                .contains("The column “Kontroll” is ignored, as you chose: its 2 values are not imported.")
                .doesNotContain("is not part of the plan");
        assertThat(mapped.select("[data-count=errors]").text()).isEqualTo("0");

        var planId = confirm(token, mapped, "column[0].key", key(first, 0), "column[0].field", "LEAD_INSTITUTION",
                "column[1].key", key(first, 1), "column[1].field", "IGNORE", "column[2].key", key(first, 2),
                "column[2].field", "IGNORE");
        assertThat(direct(() -> plans.tree(planId).activities().map(a -> a.leadInstitutionId()).toList(), true))
                .containsExactly(policeId, policeId);

        // next year's file, same headers: read the same way without asking again, and the page says why
        var again = upload(albanianWithUnknownColumns(s, "Trajnim i mësuesve " + s, police), "plani-2.xlsx");
        var remembered = page(get("/imports/" + again));
        assertThat(selected(remembered)).containsExactly("LEAD_INSTITUTION", "IGNORE", "IGNORE");
        assertThat(remembered.select("#column-mapping").text()).contains("as chosen for a file with the same headers before");
        assertThat(remembered.select("#problems").text()).contains("The column “Kush e zbaton " + s
                + "” is read as Lead institution, as chosen for a file with the same headers before.");
        var secondPlan = confirm(again, remembered);
        assertThat(direct(() -> plans.tree(secondPlan).activities().map(a -> a.leadInstitutionId()).toList(), true))
                .containsExactly(policeId, policeId);
    }

    @Test
    void whenNoHeaderIsRecognisedTheOfficerSaysWhichColumnHoldsTheActivities() throws Exception {
        var s = Unique.name("").strip();
        var book = new CorpusWorkbook().sheet("Matrica")
                .row("Akcioni plan " + s)
                .row("Rb.", "Planirana radnja " + s, "Period realizacije")
                .row("SO 1", "Prevencija trgovine ljudima", "2020-2021")
                .row("SO 1.1", "Podizanje svesti", "2020-2021")
                .row("A1.1.1", "Obuka policije " + s, "2020")
                .row("A1.1.2", "Kampanja u školama " + s, "2021")
                .xlsx();
        var token = upload(book, "matrica.xlsx");

        var first = page(get("/imports/" + token));
        assertThat(first.select("#problems .problem-error").text()).contains("No column of this row is recognised");
        var headers = first.select("#column-mapping tbody tr").eachAttr("data-header");
        assertThat(headers).containsExactly("Rb.", "Planirana radnja " + s, "Period realizacije");

        var mapped = page(post("/imports/" + token).param("column[0].key", key(first, 0)).param("column[0].field", "CODE")
                .param("column[1].key", key(first, 1)).param("column[1].field", "TITLE")
                .param("column[2].key", key(first, 2)).param("column[2].field", "START"));
        assertThat(mapped.select("#problems").text()).doesNotContain("No column of this row is recognised")
                .contains("is read as Title, as you chose");
        assertThat(mapped.select("#changes").text()).as(mapped.select("#problems").text()).contains("Obuka policije " + s).contains("Kampanja u školama " + s);
    }

    /** A two-row header: an unknown sub-column under a merged group header is asked about like any other. */
    @Test
    void anUnknownSubColumnOfATwoRowHeaderIsMappedToo() throws Exception {
        var s = Unique.name("").strip();
        var police = "Policia " + s;
        var shelter = "Strehimore " + s;
        var ids = direct(() -> java.util.List.of(
                institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE)),
                institutions.create(InstitutionCommand.named(shelter, InstitutionType.NGO))), true);
        var book = new CorpusWorkbook().sheet("Plani")
                .row("Nr.", "Aktiviteti", "Institucionet", null, "Afati")
                .row(null, null, "Bartësi", "Kush ndihmon " + s, null)
                .merge(0, 0, 2, 3)
                .mergedRow("OBJEKTIVI STRATEGJIK 1: Mbrojtja", 4)
                .mergedRow("Objektivi specifik 1.1: Strehimi", 4)
                .row("1.1.1.", "Strehim i viktimave " + s, police, shelter, "2020")
                .xlsx();
        var token = upload(book, "plani.xlsx");

        var first = page(get("/imports/" + token));
        var headers = first.select("#column-mapping tbody tr").eachAttr("data-header");
        assertThat(headers).contains("Kush ndihmon " + s);
        int helper = headers.indexOf("Kush ndihmon " + s);
        assertThat(first.select("#column-mapping tbody tr").get(helper).text()).contains("D2").contains(shelter);

        var mapped = page(post("/imports/" + token).param("column[0].key", key(first, helper))
                .param("column[0].field", "SUPPORTING_INSTITUTIONS"));
        assertThat(mapped.select("#problems").text())
                .contains("The column “Kush ndihmon " + s + "” is read as Supporting institutions, as you chose.");
        var planId = confirm(token, mapped, "column[0].key", key(first, helper), "column[0].field",
                "SUPPORTING_INSTITUTIONS");
        var activity = direct(() -> plans.tree(planId).activities().findFirst().orElseThrow(), true);
        assertThat(activity.leadInstitutionId()).isEqualTo(ids.get(0));
        assertThat(activity.supportingInstitutionIds()).containsExactly(ids.get(1));
    }

    @Test
    void thePreviewOfTheColumnStepReadsInAlbanian() throws Exception {
        var s = Unique.name("").strip();
        var token = upload(albanianWithUnknownColumns(s, "Fushatë " + s, "Policia " + s), "plani.xlsx");

        var page = page(get("/imports/" + token).header("Accept-Language", "sq"));

        assertThat(page.text()).contains("Kolona që Ariadne nuk i njeh").contains("e pavendosur (nuk importohet)");
        assertThat(page.select("#column-mapping select").first().attr("aria-label"))
                .isEqualTo("Çfarë është kolona “Kush e zbaton " + s + "”");
    }

    // ---- helpers ----

    private static String key(Document page, int row) {
        return page.select("#column-mapping tbody tr").get(row).select("input[type=hidden]").attr("value");
    }

    private static java.util.List<String> selected(Document page) {
        return page.select("#column-mapping select").stream()
                .map(select -> select.select("option[selected]").attr("value")).toList();
    }

    private String upload(byte[] content, String fileName) throws Exception {
        var result = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", fileName, null, content))
                        .param("title", Unique.name("Chosen plan")).with(officer).with(csrf()))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/imports/");
        return location.substring("/imports/".length());
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        var html = mvc.perform(request.with(officer).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        return Jsoup.parse(html);
    }

    /** Confirms as the page's form would, with its fingerprint and the given fields. */
    private long confirm(String token, Document page, String... fields) throws Exception {
        var request = post("/imports/" + token + "/confirm").param("seen",
                page.select("#confirm-form input[name=seen]").attr("value"));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        var result = mvc.perform(request.with(officer).with(csrf())).andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/plans/");
        return Long.parseLong(location.substring("/plans/".length()));
    }

    private <T> T direct(java.util.function.Supplier<T> call, boolean signIn) {
        if (signIn) {
            TestSignIn.onThisThread(Role.ME_OFFICER);
        }
        try {
            return call.get();
        } finally {
            TestSignIn.clear();
        }
    }
}
