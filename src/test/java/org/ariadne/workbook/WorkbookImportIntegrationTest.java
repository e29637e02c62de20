package org.ariadne.workbook;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.common.spreadsheet.Fixtures;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.support.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@AriadneIntegrationTest
class WorkbookImportIntegrationTest {

    private static final String[] HEADER = {"KODI", "Titulli", "Thematic Area", "Indicator", "Unit", "Baseline",
            "Baseline year", "Target", "Target year", "Lead institution", "Supporting institutions", "Start", "End",
            "Frequency", "Budget", "Funding source", "Means of verification", "Risks", "Result level", "Expected result"};

    @Autowired
    MockMvc mvc;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor officer = TestSignIn.as(TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER));
    String ministryOfInterior;
    String police;
    String newMinistry;
    String donor;

    @BeforeEach
    void directory() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        ministryOfInterior = Unique.name("Ministarstvo unutrašnjih poslova");
        police = Unique.name("Policia e Kosovës");
        newMinistry = Unique.name("Ministria e Arsimit, Shkencës dhe Teknologjisë");
        donor = Unique.name("UNICEF");
        institutions.create(InstitutionCommand.named(ministryOfInterior, InstitutionType.MINISTRY));
        institutions.create(InstitutionCommand.named(police, InstitutionType.POLICE));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** The same ministry in Cyrillic script: the directory knows it in Latin. */
    private String cyrillic(String latinWithSuffix) {
        var suffix = latinWithSuffix.substring("Ministarstvo unutrašnjih poslova".length());
        return "Министарство унутрашњих послова" + suffix;
    }

    private Workbooks messyPlan(boolean withMistakes) {
        var book = new Workbooks()
                .row("Action plan against trafficking 2016-2019 (draft for consultation)")
                .row((Object[]) HEADER)
                .row("SO 1", "Parandalimi i trafikimit", "Prevention", "Share of population aware of trafficking risks", "%",
                        "12,5", 2014, "40", 2019)
                .row("SO1.1", "Ndërgjegjësimi dhe informimi për trafikimin")
                .row("A1.1.1", "Fushatë informuese në shkolla", null, "Number of students reached", "persons", "1 250",
                        "2015", "5.000", 2019, newMinistry, police + "; " + cyrillic(ministryOfInterior),
                        LocalDate.of(2016, 3, 1), "2016-Q4", "Quarterly", "€ 15.000,50", "State budget",
                        "Lists of participants", "Schools refuse access", "Output", "Students know the risks")
                .row(null, null, null, "Number of schools visited", "schools", 10, 2015, 60, 2019, null, null, null, null,
                        null, 5000, donor)
                .merge(5, 6, 0).merge(5, 6, 1)
                .row("A 1.1.2.", "Studim mbi fëmijët në lëvizje", null, "Study published", "yes/no", "jo", 2015, "po", 2017,
                        police, null, "2015-2019", null, "yearly")
                .row("A1.1.3", "Tryeza të rrumbullakëta me komunitetin", null, null, null, null, null, null, null, police,
                        null, "vazhdimisht");
        if (withMistakes) {
            book.row("A1.1.4", "Trajnim i mësuesve", null, "Teachers trained", "persons", "(to be completed by ONATC)", 2015,
                            100, 2019, police, null, "31.02.2016")
                    .row("A1.1.5", "Raport vjetor", null, null, null, null, null, null, null, police, null, 2017, null, null,
                            new Workbooks.Formula("SUM(1,2)"));
        }
        return book;
    }

    private String upload(byte[] content, String fileName) throws Exception {
        var result = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", fileName, null, content))
                        .param("title", Unique.name("Imported plan")).with(officer).with(csrf()))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/imports/");
        return location.substring("/imports/".length());
    }

    private String previewPage(String token) throws Exception {
        return mvc.perform(get("/imports/" + token).with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long confirm(String token, String... createdNames) throws Exception {
        var request = post("/imports/" + token + "/confirm").with(officer).with(csrf());
        for (int i = 0; i < createdNames.length; i++) {
            request.param("decision[" + i + "].key", org.ariadne.common.text.NameKey.of(createdNames[i]))
                    .param("decision[" + i + "].action", "create").param("decision[" + i + "].type", "OTHER");
        }
        var result = mvc.perform(request).andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/plans/");
        return Long.parseLong(location.substring("/plans/".length()));
    }

    /** MockMvc requests reset the test thread's sign-in; direct service calls sign in again. */
    private <T> T direct(java.util.function.Supplier<T> call) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return call.get();
    }

    private long planCount() {
        return jdbc.sql("select count(*) from action_plan").query(Long.class).single();
    }

    private long institutionCount() {
        return jdbc.sql("select count(*) from institution").query(Long.class).single();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    @Test
    void aMessyWorkbookShowsEveryProblemByRowAndColumnAndSavesNothingUntilFixed() throws Exception {
        var plansBefore = planCount();
        var institutionsBefore = institutionCount();
        var token = upload(messyPlan(true).xlsx(), "plan.xlsx");

        var page = previewPage(token);

        assertThat(page).contains("(to be completed by ONATC)").contains("31.02.2016").contains("SUM(1,2)");
        assertThat(page).containsPattern("<td class=\"number\">9</td>\\s*<td>Baseline</td>");
        assertThat(page).containsPattern("<td class=\"number\">9</td>\\s*<td>Start</td>");
        assertThat(page).containsPattern("<td class=\"number\">10</td>\\s*<td>Budget</td>");
        assertThat(page).contains("id=\"confirm-import\" disabled");
        var refused = mvc.perform(post("/imports/" + token + "/confirm").with(officer).with(csrf()))
                .andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isNull();
        assertThat(planCount()).isEqualTo(plansBefore);
        assertThat(institutionCount()).isEqualTo(institutionsBefore);
    }

    /**
     * A measure whose objective is missing: the page lists it and the activities under it as not imported, each
     * pointing at the row whose message explains why, instead of leaving them out silently.
     */
    @Test
    void thePreviewListsWhatIsNotImportedUnderARefusedParent() throws Exception {
        var csv = "Code,Title,Thematic area,Indicator\r\nSO 1,Prevention,Prevention,Awareness rate\r\n"
                + "SO 1.1,Awareness,,\r\nA1.1.1,Campaign,,Spots broadcast\r\nSO 2.1,Orphan measure,,Orphan indicator\r\n"
                + "A2.1.1,Shelter,,Victims sheltered\r\n,,,Victims reintegrated\r\nA2.1.2,Hotline,,Calls answered\r\n";
        var token = upload(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.csv");

        var page = previewPage(token);

        assertThat(page).contains("SO 2.1 Orphan measure (row 5) is not imported: see the message on row 5.")
                .contains("A2.1.1 Shelter (row 6) is not imported because the element above it on row 5 is not")
                .contains("with 2 indicators").contains("A2.1.2 Hotline (row 8) is not imported because");
    }

    @Test
    void theCorrectedWorkbookIsImportedWithEveryValueReadTheWayItWasMeant() throws Exception {
        var token = upload(messyPlan(false).xlsx(), "plan.xlsx");
        var page = previewPage(token);
        // whether a new name waits for a choice depends on what the directory already holds (a name resembling a known
        // institution does): the confirm below chooses for each, as the officer would
        assertThat(page).contains(newMinistry).contains(donor);
        // the choices are part of the one confirm form the shared preview fragment draws, and appear once
        var document = org.jsoup.Jsoup.parse(page);
        assertThat(document.select("#unknown-institutions")).hasSize(1);
        assertThat(document.select("#confirm-form #unknown-institutions select")).isNotEmpty();
        assertThat(document.select("#confirm-form #changes")).hasSize(1);
        assertThat(page).doesNotContain(">" + cyrillic(ministryOfInterior) + "<");

        var planId = confirm(token, newMinistry, donor);
        var tree = direct(() -> plans.tree(planId));

        var directory = direct(institutions::directory);
        var students = activity(tree, "A1.1.1");
        assertThat(students.title()).isEqualTo("Fushatë informuese në shkolla");
        assertThat(directory.nameOf(students.leadInstitutionId())).isEqualTo(newMinistry);
        assertThat(students.supportingInstitutionIds()).extracting(directory::nameOf)
                .containsExactlyInAnyOrder(police, ministryOfInterior);
        assertThat(students.startDate()).isEqualTo(LocalDate.of(2016, 3, 1));
        assertThat(students.endDate()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(students.budgetLines()).extracting(line -> line.planned())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("15000.5"), new BigDecimal("5000"));
        assertThat(directory.nameOf(students.budgetLines().get(1).sourceInstitutionId())).isEqualTo(donor);
        
        assertThat(students.indicators()).extracting(i -> i.name()).containsExactly("Number of students reached",
                "Number of schools visited");
        assertThat(students.indicators()).extracting(i -> i.baselineValue()).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1250"), BigDecimal.TEN);
        var study = activity(tree, "A1.1.2");
        assertThat(study.startDate()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(study.endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(study.indicators().get(0).type()).isEqualTo(IndicatorType.YES_NO);
        assertThat(study.indicators().get(0).targetValue()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(activity(tree, "A1.1.3").continuous()).isTrue();
        var awareness = tree.objectives().get(0).indicators().get(0);
        assertThat(awareness.type()).isEqualTo(IndicatorType.PERCENTAGE);
        assertThat(awareness.baselineValue()).isEqualByComparingTo("12.5");
    }

    private static ActivityView activity(PlanTree tree, String code) {
        return tree.activities().filter(a -> a.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void anExportedWorkbookImportedBackIntoItsPlanChangesNothing() throws Exception {
        var planId = confirm(upload(messyPlan(false).xlsx(), "plan.xlsx"), newMinistry, donor);
        var exported = mvc.perform(get("/plans/" + planId + "/export.xlsx").with(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        var auditBefore = auditCount();

        var result = mvc.perform(multipart("/plans/" + planId + "/import")
                        .file(new MockMultipartFile("file", "export.xlsx", null, exported)).with(officer).with(csrf()))
                .andReturn();
        var token = result.getResponse().getRedirectedUrl().substring("/imports/".length());
        var page = previewPage(token);

        assertThat(page).contains("data-count=\"errors\">0<").contains("data-count=\"new\">0<")
                .contains("data-count=\"changed\">0<");
        confirm(token);
        assertThat(auditCount()).isEqualTo(auditBefore);
    }

    @Test
    void aCsvExportImportedAsANewPlanExportsToTheSameCsv() throws Exception {
        var planId = confirm(upload(messyPlan(false).xlsx(), "plan.xlsx"), newMinistry, donor);
        var csv = mvc.perform(get("/plans/" + planId + "/export.csv").with(officer))
                .andReturn().getResponse().getContentAsByteArray();

        var copyId = confirm(upload(csv, "export.csv"));

        var again = mvc.perform(get("/plans/" + copyId + "/export.csv").with(officer))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(again, StandardCharsets.UTF_8)).isEqualTo(new String(csv, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> hostileFiles() {
        var random = new byte[4096];
        new Random(7).nextBytes(random);
        var plain = new Workbooks().row((Object[]) HEADER).row("SO 1", "Prevention", "Prevention").xlsx();
        return Stream.of(
                Arguments.of("a PDF named .xlsx", "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                        "plan.xlsx", "not a spreadsheet"),
                Arguments.of("random bytes", random, "plan.xlsx", "not a spreadsheet"),
                Arguments.of("an empty file", new byte[0], "plan.xlsx", "empty"),
                Arguments.of("a password-protected workbook", Fixtures.encrypted(plain, "Secret-2024"), "plan.xlsx",
                        "password"),
                Arguments.of("external XML entities", Fixtures.withExternalEntity(plain), "plan.xlsx", "entit"),
                Arguments.of("a zip bomb", Fixtures.withZeroEntry(plain, "customXml/item1.xml", 200L * 1024 * 1024),
                        "plan.xlsx", "expands to far more data"),
                Arguments.of("an 11 MB file", new byte[11 * 1024 * 1024], "plan.csv", "10 MB"),
                Arguments.of("a macro declared after the first MiB of content types, under another name",
                        Fixtures.macroDeclaredAfterTheFirstMib(plain, "xl", Fixtures.vbaProject()), "plan.xlsx",
                        "contains macros"),
                Arguments.of("a CSV that is not UTF-8", "Code;Title\nSO 1;Parandalimi i trafikimit për fëmijë\n"
                        .getBytes(java.nio.charset.Charset.forName("windows-1250")), "plan.csv", "UTF-8"));
    }

    @ParameterizedTest(name = "{0} is refused with a clear message and changes nothing")
    @MethodSource("hostileFiles")
    void hostileFilesAreRefusedAndChangeNothing(String what, byte[] content, String fileName, String expected)
            throws Exception {
        var plansBefore = planCount();
        var institutionsBefore = institutionCount();
        var auditBefore = auditCount();
        var uploadsBefore = jdbc.sql("select count(*) from pending_upload").query(Long.class).single();

        var response = mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", fileName, null, content))
                        .param("title", "Hostile").with(officer).with(csrf()))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(response.getContentAsString()).contains("class=\"flash problem\"").containsIgnoringCase(expected);
        assertThat(planCount()).isEqualTo(plansBefore);
        assertThat(institutionCount()).isEqualTo(institutionsBefore);
        assertThat(auditCount()).isEqualTo(auditBefore);
        assertThat(jdbc.sql("select count(*) from pending_upload").query(Long.class).single()).isEqualTo(uploadsBefore);
    }

    @Test
    void textThatLooksLikeAFormulaIsStoredAsTextAndExportedSoItCannotRun() throws Exception {
        var payload = "=HYPERLINK(\"http://evil.example\",\"Click\")";
        var csv = "Code,Title,Thematic area,Risks\r\nSO 1,Prevention,Prevention,\r\nSO 1.1,Awareness,,\r\n"
                + "A1.1.1,\"" + payload.replace("\"", "\"\"") + "\",,@SUM(1+1)*cmd|' /C calc'!A0\r\n";
        var planId = confirm(upload(csv.getBytes(StandardCharsets.UTF_8), "plan.csv"));

        var activity = direct(() -> plans.tree(planId)).activities().findFirst().orElseThrow();
        assertThat(activity.title()).isEqualTo(payload);
        assertThat(activity.risks()).isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");

        var exportedCsv = mvc.perform(get("/plans/" + planId + "/export.csv").with(officer))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exportedCsv).contains("'=HYPERLINK").contains("'@SUM").doesNotContain(",=HYPERLINK");
        var xlsx = mvc.perform(get("/plans/" + planId + "/export.xlsx").with(officer))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (var row : sheet) {
                for (var cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    @Test
    void anUnknownNameMappedToAnExistingInstitutionIsRememberedForNextTime() throws Exception {
        var shortName = Unique.name("Min. of Internal Affairs");
        var csv = "Code,Title,Thematic area,Lead institution\r\nSO 1,Prevention,Prevention,\r\nSO 1.1,Awareness,,\r\n"
                + "A1.1.1,Campaign,," + shortName + "\r\n";
        var token = upload(csv.getBytes(StandardCharsets.UTF_8), "plan.csv");
        var ministryId = direct(institutions::directory).find(ministryOfInterior).orElseThrow().id();

        var result = mvc.perform(post("/imports/" + token + "/confirm").with(officer).with(csrf())
                        .param("decision[0].key", org.ariadne.common.text.NameKey.of(shortName))
                        .param("decision[0].action", "map").param("decision[0].institutionId", String.valueOf(ministryId)))
                .andReturn();
        var planId = Long.parseLong(result.getResponse().getRedirectedUrl().substring("/plans/".length()));

        assertThat(direct(() -> plans.tree(planId)).activities().findFirst().orElseThrow().leadInstitutionId())
                .isEqualTo(ministryId);
        assertThat(direct(institutions::directory).find(shortName)).get().extracting(i -> i.id()).isEqualTo(ministryId);
    }

    @Test
    void aDoubleClickOnImportCreatesOnePlanAndTheSecondClickGoesToIt() throws Exception {
        var csv = "Code,Title,Thematic area\r\nSO 1,Prevention,Prevention\r\nSO 1.1,Awareness,\r\nA1.1.1,Campaign,\r\n";
        var token = upload(csv.getBytes(StandardCharsets.UTF_8), "plan.csv");
        var seen = org.jsoup.Jsoup.parse(previewPage(token)).select("#confirm-form input[name=seen]").val();
        var plansBefore = planCount();

        var first = mvc.perform(post("/imports/" + token + "/confirm").param("seen", seen).with(officer).with(csrf()))
                .andReturn();
        var second = mvc.perform(post("/imports/" + token + "/confirm").param("seen", seen).with(officer).with(csrf()))
                .andReturn();

        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/plans/");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(second.getFlashMap().get("noticeKey")).isEqualTo("upload.already-confirmed");
        assertThat(planCount()).isEqualTo(plansBefore + 1);
    }

    @Test
    void nobodyElseCanSeeMyUploadAndAMemberCannotImport() throws Exception {
        var token = upload(messyPlan(false).xlsx(), "plan.xlsx");
        var otherOfficer = TestSignIn.as(TestSignIn.user(Unique.username("other"), null, Role.ME_OFFICER));

        mvc.perform(get("/imports/" + token).with(otherOfficer)).andExpect(status().isNotFound());
        mvc.perform(post("/imports/" + token + "/confirm").with(otherOfficer).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/plans/import").with(TestSignIn.as(Role.MEMBER))).andExpect(status().isForbidden());
        mvc.perform(multipart("/plans/import").file(new MockMultipartFile("file", "p.xlsx", null, messyPlan(false).xlsx()))
                .param("title", "x").with(TestSignIn.as(Role.MEMBER)).with(csrf())).andExpect(status().isForbidden());
    }

    /** Takes these acronyms from institutions of earlier runs on the same database, so that each is one's only. */
    static void takeAcronymsFromOthers(Institutions institutions, String acronyms) {
        var wanted = org.ariadne.institutions.InstitutionView.acronymsOf(acronyms);
        for (var other : institutions.list()) {
            if (other.acronyms().stream().noneMatch(wanted::contains) && !wanted.contains(other.shortName())) {
                continue;
            }
            var kept = other.acronyms().stream().filter(a -> !wanted.contains(a)).toList();
            institutions.update(other.id(), other.version(), new InstitutionCommand(other.name(),
                    wanted.contains(other.shortName()) ? null : other.shortName(), other.type(), other.level(),
                    other.nationalAuthorityMember(), other.reportsProgress(), other.contactName(), other.contactEmail(),
                    other.contactPhone(), other.active()).withNames(other.nameSq(), other.nameSr(), other.nameMk(),
                    String.join(", ", kept)));
        }
    }

    /**
     * Cells name the ministry as people write it: by its Albanian acronym and by its Serbian name in Cyrillic. Both
     * go to the one institution the directory keeps those names for, without asking and without a new institution;
     * a name like nothing in the directory waits for the officer's choice instead of being created.
     */
    @Test
    void anAcronymAndTheCyrillicNameBothGoToTheRightInstitution() throws Exception {
        var suffix = Unique.name("").strip();
        takeAcronymsFromOthers(institutions, "MLSW, MPMS");
        var labour = institutions.create(InstitutionCommand.named("Ministry of Labour and Social Welfare " + suffix,
                InstitutionType.MINISTRY).withNames("Ministria e Punës dhe Mirëqenies Sociale " + suffix,
                "Министарство рада и социјалне заштите " + suffix, null, "MLSW, MPMS"));
        var employment = institutions.create(InstitutionCommand.named("Ministry of Labour and Employment " + suffix,
                InstitutionType.MINISTRY));
        var csv = "Code,Title,Thematic area,Lead institution,Supporting institutions\r\n"
                + "SO 1,Protection,Protection,,\r\nSO 1.1,Shelters,,,\r\n"
                + "A1.1.1,Run the shelter,,MPMS,\r\n"
                + "A1.1.2,Reintegration grants,,Министарство рада и социјалне заштите " + suffix + ",\r\n"
                + "A1.1.3,Job counselling,,Ministria e Punes dhe Mireqenies Sociale " + suffix + ",\r\n"
                + "A1.1.5,Labour inspections,,mlsw,\r\n"
                + "A1.1.4,Vocational training,,Vocational Training Agency " + suffix + ",\r\n";
        var institutionsBefore = institutionCount();
        var token = upload(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.csv");

        var page = previewPage(token);
        assertThat(page).contains("id=\"unknown-institutions\"").contains("Vocational Training Agency " + suffix)
                .doesNotContain("<strong>MPMS</strong>").contains("id=\"confirm-import\" disabled");
        // the one unknown name waits for a choice ("same as: choose…"), "create" is not ticked for it
        assertThat(page).doesNotContainPattern("name=\"decision\\[0\\]\\.action\" value=\"create\"\\s+checked")
                .doesNotContain("decision[1].key");

        var planId = confirm(token, "Vocational Training Agency " + suffix);
        var tree = direct(() -> plans.tree(planId));
        assertThat(tree.activities().filter(a -> !a.code().equals("A1.1.4")).map(a -> a.leadInstitutionId()).toList())
                .as("MPMS, the Cyrillic name, the Albanian name without accents, mlsw")
                .containsExactly(labour, labour, labour, labour).doesNotContain(employment);
        assertThat(institutionCount()).as("only the name the officer said to create").isEqualTo(institutionsBefore + 1);
    }

    /**
     * The file's own pillars are choices on the preview: by default each becomes an area of the plan; the officer
     * may take one as an area the plan has, or leave its objectives without an area. Nothing is an error.
     */
    @Test
    void areasThePlanDoesNotHaveAreChoicesNotErrors() throws Exception {
        var csv = "Code,Title,Pillar\r\nSO 1,Victims identified,Identification and referral\r\nSO 1.1,Screening,\r\n"
                + "SO 2,Services,Support systems\r\nSO 2.1,Shelters,\r\nSO 3,General,GENERAL MEASURES\r\n"
                + "SO 3.1,Laws,\r\nSO 4,Awareness,Parandalimi\r\nSO 4.1,Campaigns,\r\n";
        var token = upload(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8), "plan.csv");

        var page = previewPage(token);
        assertThat(page).contains("id=\"unknown-areas\"").contains("Identification and referral")
                .contains("Support systems").contains("GENERAL MEASURES")
                .doesNotContain("id=\"confirm-import\" disabled");
        // each is added unless the officer says otherwise; "Parandalimi" is the plan's Prevention
        assertThat(page).containsPattern("name=\"area\\[2\\]\\.action\" value=\"ADD\"\\s+checked")
                .doesNotContain("area[3].key").contains("is not one of the plan\u2019s thematic areas");

        var keys = Stream.of("Identification and referral", "Support systems", "GENERAL MEASURES")
                .map(org.ariadne.common.text.NameKey::of).toList();
        // no silent loss with the officer's choices either: each area cell says what becomes of it
        var chosen = mvc.perform(post("/imports/" + token).with(officer).with(csrf())
                        .param("area[0].key", keys.get(0)).param("area[0].action", "ADD")
                        .param("area[1].key", keys.get(1)).param("area[1].action", "MAP")
                        .param("area[1].code", "PROTECTION")
                        .param("area[2].key", keys.get(2)).param("area[2].action", "NONE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chosen).contains("\u201CSupport systems\u201D is taken as the plan\u2019s thematic area Protection")
                .contains("\u201CGENERAL MEASURES\u201D is not imported: its objectives are left without a thematic area")
                .contains("\u201CIdentification and referral\u201D is not one of the plan\u2019s thematic areas");

        var result = mvc.perform(post("/imports/" + token + "/confirm").with(officer).with(csrf())
                        .param("area[0].key", keys.get(0)).param("area[0].action", "ADD")
                        .param("area[1].key", keys.get(1)).param("area[1].action", "MAP")
                        .param("area[1].code", "PROTECTION")
                        .param("area[2].key", keys.get(2)).param("area[2].action", "NONE"))
                .andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/plans/");
        var planId = Long.parseLong(location.substring("/plans/".length()));

        var tree = direct(() -> plans.tree(planId));
        assertThat(tree.areas()).extracting(org.ariadne.plan.PlanArea::name).containsExactly("Prevention",
                "Protection", "Prosecution", "Partnership", "Supporting framework", "Children",
                "Identification and referral");
        assertThat(tree.objectives()).extracting(o -> o.thematicArea()).containsExactly(
                tree.areas().get(6).code(), "PROTECTION", null, "PREVENTION");
    }
}
