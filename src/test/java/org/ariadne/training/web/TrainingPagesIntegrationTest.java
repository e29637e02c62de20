package org.ariadne.training.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.ariadne.training.TrainingView;
import org.ariadne.training.Trainings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Trainings as their people use them: the officer and a focal point record trainings (counts, or a participant list
 * uploaded with a preview or typed), bad input and stale versions come back naming the fields, bad files are refused
 * or previewed with every problem by row, cell and field; the list is the office's to download and members read the
 * figures only.
 */
@AriadneIntegrationTest
class TrainingPagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Trainings trainings;

    long police;
    String policeName;
    long shelter;
    SignedInUser officer = TestSignIn.user("training-officer", null, Role.ME_OFFICER);
    SignedInUser policeFocalPoint;
    SignedInUser shelterFocalPoint;

    @BeforeEach
    void twoInstitutions() {
        police = testPlans.institution("Training Police", InstitutionType.POLICE);
        shelter = testPlans.institution("Training Shelter", InstitutionType.SHELTER_NGO);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        policeName = institutions.directory().nameOf(police);
        TestSignIn.clear();
        policeFocalPoint = TestSignIn.user("focal-" + Unique.name("p"), police, Role.FOCAL_POINT);
        shelterFocalPoint = TestSignIn.user("focal-" + Unique.name("s"), shelter, Role.FOCAL_POINT);
    }

    @Autowired
    org.ariadne.institutions.Institutions institutions;

    private String name(long id) {
        return policeName;
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(SignedInUser user, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var response = mvc.perform(request.with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private String created(SignedInUser user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestSignIn.as(user)).with(csrf())).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
    }

    private MockHttpServletRequestBuilder training(MockHttpServletRequestBuilder request, long institution,
            String... overrides) {
        var params = new java.util.LinkedHashMap<String, String>();
        params.put("institutionId", Long.toString(institution));
        params.put("module", "Identification of victims");
        params.put("topic", "IDENTIFICATION");
        params.put("targetGroup", "POLICE");
        params.put("startsOn", LocalDate.now().minusDays(10).toString());
        params.put("endsOn", LocalDate.now().minusDays(9).toString());
        params.put("place", "Police academy");
        params.put("counts[0].institutionId", Long.toString(institution));
        params.put("counts[0].role", "Patrol officers");
        params.put("counts[0].women", "3");
        params.put("counts[0].men", "5");
        params.put("counts[1].institutionId", "");
        params.put("counts[1].role", "");
        params.put("counts[1].women", "");
        params.put("counts[1].men", "");
        params.put("preTestAverage", "45");
        params.put("postTestAverage", "72.5");
        params.put("cost", "1200");
        params.put("currency", "EUR");
        params.put("satisfaction", "4.2");
        params.put("evaluationComments", "More cases");
        for (int i = 0; i < overrides.length; i += 2) {
            params.put(overrides[i], overrides[i + 1]);
        }
        params.forEach(request::param);
        return request;
    }

    private long recordByOfficer() throws Exception {
        var location = created(officer, training(post("/trainings/new"), police));
        return Long.parseLong(location.substring("/trainings/".length()));
    }

    private TrainingView stored(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return trainings.get(id);
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theOfficerRecordsATrainingWithCountsAndMembersReadOnlyTheFigures() throws Exception {
        assertThat(page(officer, get("/trainings/new")).select("#training-form")).hasSize(1);
        long id = recordByOfficer();

        var detail = page(officer, get("/trainings/" + id));
        assertThat(detail.selectFirst("h1").text()).isEqualTo("Identification of victims");
        assertThat(detail.selectFirst("#participants-heading").text()).isEqualTo("8 participants");
        assertThat(detail.selectFirst("#training-by-institution tfoot").text()).contains("3", "5", "8");
        assertThat(detail.selectFirst("#cost").text()).contains("1,200").contains("€");
        assertThat(detail.selectFirst("#satisfaction").text()).isEqualTo("4.2 / 5");
        assertThat(detail.selectFirst("#post-test").text()).isEqualTo("72.5");

        var list = page(officer, get("/trainings"));
        assertThat(list.selectFirst("#training-" + id).text()).contains("Identification of victims", "8");

        var member = TestSignIn.user("member", null, Role.MEMBER);
        var aggregates = page(member, get("/trainings"));
        assertThat(Integer.parseInt(aggregates.selectFirst("#trained-total").text().replace(",", "")))
                .isGreaterThanOrEqualTo(8);
        assertThat(aggregates.select("#training-list")).as("members read the figures, not the trainings").isEmpty();
        assertThat(aggregates.select("#record-training")).isEmpty();
        mvc.perform(get("/trainings/" + id).with(TestSignIn.as(member))).andExpect(status().isForbidden());
    }

    @Test
    void aFormThatCannotBeSavedNamesEveryFieldAndKeepsTheInput() throws Exception {
        var answer = page(officer, post("/trainings/new").with(csrf()).param("institutionId", Long.toString(police))
                .param("module", "").param("topic", "IDENTIFICATION").param("targetGroup", "POLICE")
                .param("startsOn", LocalDate.now().minusDays(3).toString())
                .param("endsOn", LocalDate.now().minusDays(5).toString()).param("place", "Academy")
                .param("satisfaction", "7").param("cost", "500").param("currency", "")
                .param("preTestAverage", "a lot").param("evaluationComments", "Kept as typed"));

        var reasons = answer.selectFirst(".flash.problem").text();
        assertThat(reasons).contains("Module", "average satisfaction", "Pre-test average");
        assertThat(answer.selectFirst("#module-error")).isNotNull();
        assertThat(answer.selectFirst("#satisfaction-error").text()).isEqualTo("Give an average from 1 to 5.");
        assertThat(answer.selectFirst("#evaluationComments").text()).isEqualTo("Kept as typed");
        assertThat(answer.selectFirst("#preTestAverage").val()).isEqualTo("a lot");

        var refused = page(officer, training(post("/trainings/new"), police, "endsOn",
                LocalDate.now().minusDays(20).toString(), "currency", "").with(csrf()));
        assertThat(refused.selectFirst(".flash.problem").text())
                .contains("The last day cannot be before the first day.", "Give the currency of the cost");
    }

    @Test
    void anEditOnAnOlderVersionIsToldWhoSavedMeanwhileAndChangesNothing() throws Exception {
        long id = recordByOfficer();
        created(officer, training(post("/trainings/" + id + "/edit"), police, "place", "Prishtina")
                .param("version", "0"));

        var stale = page(officer, training(post("/trainings/" + id + "/edit"), police, "place", "Prizren").with(csrf())
                .param("version", "0"));

        assertThat(stale.selectFirst(".flash.problem").text()).contains("training-officer");
        assertThat(stored(id).place()).isEqualTo("Prishtina");
    }

    @Test
    void aFocalPointRecordsForTheirOwnInstitutionOnlyAndReadsOnlyTheirs() throws Exception {
        var location = created(policeFocalPoint, training(post("/trainings/new"), police));
        long own = Long.parseLong(location.substring("/trainings/".length()));
        page(policeFocalPoint, get("/trainings/" + own));

        var refused = page(policeFocalPoint, training(post("/trainings/new"), shelter).with(csrf()));
        assertThat(refused.selectFirst(".flash.problem").text())
                .contains("A focal point records for their own institution only.");

        mvc.perform(get("/trainings/" + own).with(TestSignIn.as(shelterFocalPoint))).andExpect(status().isForbidden());
        var theirs = page(shelterFocalPoint, get("/trainings"));
        assertThat(theirs.select("#training-" + own)).isEmpty();
        mvc.perform(post("/trainings/" + own + "/delete").param("version", "0").with(csrf())
                .with(TestSignIn.as(shelterFocalPoint))).andExpect(status().isForbidden());
        assertThat(stored(own).module()).isEqualTo("Identification of victims");
    }

    @Test
    void aParticipantListOfTwentyIsUploadedPreviewedAndKeptAsTheMeansOfVerification() throws Exception {
        long id = recordByOfficer();
        assertThat(page(officer, get("/trainings/" + id + "/participants")).select("#upload-form")).hasSize(1);
        var rows = new ArrayList<List<?>>();
        for (int i = 1; i <= 20; i++) {
            rows.add(List.of("Person " + i + " (test)", name(police), "Investigator", i % 2 == 0 ? "F" : "M",
                    40 + i, 70 + i));
        }
        var file = FileDownload.tableBytes("xlsx", "Participants", header(), rows);

        var preview = upload(policeFocalPointOf(), id, "list.xlsx", file);
        assertThat(preview.selectFirst("[data-count=participants]").text()).isEqualTo("20");
        assertThat(preview.selectFirst("[data-count=women]").text()).isEqualTo("10");
        assertThat(preview.selectFirst("[data-count=errors]").text()).isEqualTo("0");
        assertThat(preview.select("#preview-participants tbody tr")).hasSize(20);
        var confirm = preview.selectFirst("#confirm-form");
        mvc.perform(post(confirm.attr("action")).param("seen", confirm.selectFirst("input[name=seen]").val())
                        .with(csrf()).with(TestSignIn.as(policeFocalPointOf())))
                .andExpect(status().is3xxRedirection());
        // a second confirmation (a double click) saves nothing twice
        mvc.perform(post(confirm.attr("action")).with(csrf()).with(TestSignIn.as(policeFocalPointOf())))
                .andExpect(status().is3xxRedirection());

        var detail = page(officer, get("/trainings/" + id));
        assertThat(detail.selectFirst("#participants-heading").text()).isEqualTo("20 participants");
        assertThat(detail.select("#participants tbody tr")).hasSize(20);
        assertThat(detail.selectFirst("#pre-test").text()).isEqualTo("50.5");
        assertThat(detail.selectFirst("#training-by-institution tfoot").text()).contains("10", "20");

        var download = mvc.perform(get("/trainings/" + id + "/participants.xlsx").with(TestSignIn.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse();
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(download.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(20);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("Person 1 (test)");
        }
        mvc.perform(get("/trainings/" + id + "/participants.xlsx").with(TestSignIn.as(policeFocalPointOf())))
                .andExpect(status().isForbidden());
        var focalView = page(policeFocalPointOf(), get("/trainings/" + id));
        assertThat(focalView.select("#download-list")).as("the office alone downloads the list").isEmpty();
        assertThat(focalView.select("#participants tbody tr")).as("the recording institution reads its list").hasSize(20);
    }

    private SignedInUser policeFocalPointOf() {
        return policeFocalPoint;
    }

    @Test
    void badFilesAreRefusedOrPreviewedWithEveryProblemByRowCellAndField() throws Exception {
        long id = recordByOfficer();
        var focal = policeFocalPoint;

        var empty = page(focal, multipart("/trainings/" + id + "/participants/upload")
                .file(new MockMultipartFile("file", "list.xlsx", null, new byte[0])).with(csrf()));
        assertThat(empty.selectFirst(".flash.problem").text()).isNotBlank();

        var pdf = page(focal, multipart("/trainings/" + id + "/participants/upload")
                .file(new MockMultipartFile("file", "list.pdf", null, "%PDF-1.4 not a sheet".getBytes())).with(csrf()));
        assertThat(pdf.selectFirst(".flash.problem").text()).isNotBlank();
        assertThat(pdf.select("#upload-form")).hasSize(1);

        var csv = ("Name,Institution,Role,Sex,Pre,Post\n"
                + "=HYPERLINK(\"http://evil\";\"click\"),\"" + name(police) + "\",Officer,F,40,60\n"
                + "Drita Leka,Nowhere Institute,Officer,F,40,60\n"
                + "Ilir Zeka,\"" + name(police) + "\",Officer,X,140,60\n"
                + "Besa Kelmendi,\"" + name(police) + "\",Officer,F,40,60\n").getBytes(StandardCharsets.UTF_8);
        var preview = upload(focal, id, "list.csv", csv);
        assertThat(preview.selectFirst("[data-count=errors]").text()).isEqualTo("4");
        var problems = preview.select("#problems tbody tr").stream().map(tr -> tr.text()).toList();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("2", "Name", "A2", "formula"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("3", "Institution", "B3", "Nowhere Institute"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("4", "Sex", "D4", "\"X\""));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("4", "Pre-test score", "E4", "\"140\""));
        assertThat(preview.selectFirst("#confirm-list").hasAttr("disabled")).isTrue();
        var confirm = preview.selectFirst("#confirm-form");
        var refused = page(focal, post(confirm.attr("action")).with(csrf())
                .param("seen", confirm.selectFirst("input[name=seen]").val()));
        assertThat(refused.selectFirst(".flash.problem").text()).contains("still has 4 problems");
        assertThat(stored(id).hasList()).isFalse();

        var withFormula = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("Participants");
            var heading = sheet.createRow(0);
            heading.createCell(0).setCellValue("Name");
            var row = sheet.createRow(1);
            row.createCell(0).setCellFormula("CONCATENATE(\"A\",\"B\")");
            row.createCell(1).setCellValue(name(police));
            row.createCell(3).setCellValue("M");
            workbook.write(withFormula);
        }
        var formula = upload(focal, id, "formula.xlsx", withFormula.toByteArray());
        assertThat(formula.select("#problems tbody tr").text()).contains("A2", "This cell holds a formula");

        var cancel = formula.selectFirst("#confirm-form button[formaction]").attr("formaction");
        mvc.perform(post(cancel).with(csrf()).with(TestSignIn.as(focal))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aTypedListWithProblemsIsNotSavedAndNamesEachLineAndField() throws Exception {
        long id = recordByOfficer();
        var answer = page(officer, post("/trainings/" + id + "/participants/typed").with(csrf()).param("version", "0")
                .param("list", "Arta Gashi; " + name(police) + "; Officer; F; 50; 70\n"
                        + "; " + name(police) + "; Officer; M\n"
                        + "Burim Krasniqi; " + name(police) + "; Officer; male; 101"));
        var problems = answer.selectFirst("#typed-problems").text();
        assertThat(problems).contains("2 problems", "Line 2, Name: Write the participant's name.",
                "Line 3, Pre-test score: \"101\" is not a score from 0 to 100.");
        assertThat(answer.selectFirst("#list").text()).contains("Burim Krasniqi");
        assertThat(stored(id).hasList()).isFalse();

        created(officer, post("/trainings/" + id + "/participants/typed").param("version", "0")
                .param("list", "Arta Gashi; " + name(police) + "; Officer; F; 50; 70\n"
                        + "Burim Krasniqi; " + name(police) + "; Officer; male; 60; 90"));
        var saved = stored(id);
        assertThat(saved.participation().total()).isEqualTo(2);
        assertThat(saved.participation().women()).isEqualTo(1);

        created(officer, post("/trainings/" + id + "/participants/drop").param("version", Integer.toString(saved.version())));
        var dropped = stored(id);
        assertThat(dropped.hasList()).isFalse();
        assertThat(dropped.participation().total()).as("the persons stay counted").isEqualTo(2);
        assertThat(dropped.participants()).isEmpty();
    }

    @Test
    void needsPlanTrainersAndIndicatorPagesOpenAndRefuseBadInput() throws Exception {
        int year = LocalDate.now().getYear();
        created(policeFocalPoint, post("/trainings/needs/new").param("institutionId", Long.toString(police))
                .param("targetGroup", "POLICE").param("topic", "TRANSNATIONAL_REFERRAL").param("priority", "HIGH")
                .param("staffToTrain", "30").param("year", Integer.toString(year)).param("note", ""));
        var badNeed = page(policeFocalPoint, post("/trainings/needs/new").with(csrf())
                .param("institutionId", Long.toString(shelter)).param("targetGroup", "").param("topic", "NRM_SOPS")
                .param("priority", "LOW").param("staffToTrain", "0").param("year", Integer.toString(year)));
        assertThat(badNeed.selectFirst(".flash.problem").text()).contains("Target group", "Staff to train");

        var needs = page(officer, get("/trainings/needs"));
        assertThat(needs.select("#needs tbody tr").text()).contains("Transnational referral", "not covered");

        created(officer, post("/trainings/plan/new").param("year", Integer.toString(year)).param("quarter", "3")
                .param("module", "TRM basics").param("topic", "TRANSNATIONAL_REFERRAL").param("targetGroup", "POLICE")
                .param("places", "20").param("institutionIds", Long.toString(police)));
        var plan = page(officer, get("/trainings/plan"));
        assertThat(plan.select("#coverage tbody tr").text()).contains("partly covered");
        var noInstitution = page(officer, post("/trainings/plan/new").with(csrf()).param("year", Integer.toString(year))
                .param("quarter", "5").param("module", "X").param("topic", "OTHER").param("targetGroup", "OTHER")
                .param("places", "3"));
        assertThat(noInstitution.selectFirst(".flash.problem").text()).contains("Quarter");

        var trainerName = Unique.name("Trainer");
        created(officer, post("/trainers/new").param("name", trainerName).param("institutionId", "")
                .param("expertise", "").param("certifications[0].topic", "NRM_SOPS")
                .param("certifications[0].issuedOn", "2024-01-10")
                .param("certifications[0].expiresOn", LocalDate.now().plusDays(30).toString())
                .param("certifications[0].certifyingBody", "Academy"));
        var pool = page(policeFocalPoint, get("/trainers"));
        var row = pool.select("#trainers tbody tr").stream().filter(tr -> tr.text().contains(trainerName)).findFirst()
                .orElseThrow();
        assertThat(row.text()).contains("expires within 90 days");
        var badTrainer = page(officer, post("/trainers/new").with(csrf()).param("name", "Someone")
                .param("certifications[0].topic", "NRM_SOPS").param("certifications[0].issuedOn", "2024-01-10")
                .param("certifications[0].expiresOn", "2023-01-01").param("certifications[0].certifyingBody", "X"));
        assertThat(badTrainer.selectFirst(".flash.problem").text())
                .contains("Certification line 1: the expiry cannot be before the issue.");

        assertThat(page(officer, get("/trainings/indicators")).select("#link-form")).hasSize(1);
        assertThat(page(TestSignIn.user("coordinator", null, Role.COORDINATOR), get("/trainings/indicators"))
                .select("#link-form")).isEmpty();
    }

    private Document upload(SignedInUser user, long id, String fileName, byte[] content) throws Exception {
        var location = mvc.perform(multipart("/trainings/" + id + "/participants/upload")
                        .file(new MockMultipartFile("file", fileName, null, content)).with(csrf())
                        .with(TestSignIn.as(user)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return page(user, get(location));
    }

    private static List<String> header() {
        return List.of("Name", "Institution", "Role", "Sex", "Pre-test", "Post-test");
    }
}
