package org.ariadne.documents;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.Publishing;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.StatisticsCases;
import org.ariadne.victimdata.VictimRegister;
import org.ariadne.victimdata.linkage.Sex;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.documents.DocumentsIntegrationTest.pdfText;
import static org.ariadne.documents.DocumentsIntegrationTest.squeezed;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The M&amp;E officer generates the report to the government for a plan and a year: made in the background like the
 * annual report, as Word and PDF, with the plan's progress, the parts other modules write (two made for this test,
 * in their order), the victim statistics with small counts not published, and the next steps; in English and in
 * Albanian. A part that fails leaves a report that says so. The coordinator publishes it; who may do what.
 *
 * <p>The victim register is national, so the statistics count every case of the year: the cases of this test are
 * identified in {@value #YEAR}, a year no other test registers cases in. The installation names its country, office
 * and rapporteur ({@link GovernmentReportProperties}), as the title page shows.
 */
@AriadneIntegrationTest
@TestPropertySource(properties = {"ariadne.documents.government-report.country=Republic of Testland",
        "ariadne.documents.government-report.office=Office of the National Coordinator of Testland",
        "ariadne.documents.government-report.rapporteur=Dr Ana Testa"})
class GovernmentReportIntegrationTest {

    static final int YEAR = 2009;

    /** Two parts as the recommendations tracker and the evaluations will write them; the second can be made to fail. */
    @TestConfiguration
    static class Parts {

        static final AtomicBoolean EVALUATIONS_FAIL = new AtomicBoolean();

        @Bean
        GovernmentReportPart testRecommendations() {
            return part(150, "recommendations-followup", "Follow-up of the recommendations (test)",
                    "Ndjekja e rekomandimeve (test)", "GRETA recommendation 12 fully addressed", false);
        }

        @Bean
        GovernmentReportPart testEvaluations() {
            return part(250, "evaluations", "Evaluations and management responses (test)",
                    "Vlerësimet dhe përgjigjet e menaxhimit (test)", "Mid-term evaluation rated effectiveness 3",
                    true);
        }

        private static GovernmentReportPart part(int order, String anchor, String english, String albanian,
                String finding, boolean mayFail) {
            return new GovernmentReportPart() {
                @Override
                public int order() {
                    return order;
                }

                @Override
                public List<Section> sections(long planId, int year, Locale language) {
                    if (mayFail && EVALUATIONS_FAIL.get()) {
                        throw new IllegalStateException("the evaluations are not readable (test)");
                    }
                    var heading = "sq".equals(language.getLanguage()) ? albanian : english;
                    return List.of(new Section(anchor, heading, List.of(Paragraph.of(finding + " in " + year))));
                }
            };
        }
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    PlanEditing editing;
    @Autowired
    ReviewEditing review;
    @Autowired
    Institutions institutions;
    @Autowired
    VictimRegister register;
    @Autowired
    GeneratedDocuments documents;
    @Autowired
    Publishing publishing;

    static boolean victimsRegistered;

    long planId;
    long police;
    String trainingTitle;

    @BeforeEach
    void planAndVictims() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = testPlans.institution("Police", InstitutionType.POLICE);
        trainingTitle = Unique.name("Training of border police");
        var plan = testPlans.build(aPlan().named("Government report plan").running(YEAR - 1, YEAR + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", trainingTitle).ledBy(police)
                        .running(LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31))
                        .withIndicator(anIndicator("Officers trained").unit("officers").baseline("0")
                                .target("200", YEAR + 1).responsible(police))));
        planId = plan.id();
        long training = plan.element("A1.1.1");
        editing.recordStatus(training, ActivityStatus.STARTED);
        review.rate(planId, training, new HalfYear(YEAR, 1), null, new RatingCommand(3, "Trainers left"));
        review.addCorrectiveAction(planId, training, new HalfYear(YEAR, 1), new CorrectiveActionCommand(
                "Hire two trainers", police, LocalDate.of(YEAR, 9, 30)));
        // the year's victims, once for the whole class: 3 girls of 12-17 (too few to publish), 6 women, 7 men
        synchronized (GovernmentReportIntegrationTest.class) {
            if (!victimsRegistered) {
                var cases = new StatisticsCases(register, institutions);
                for (int i = 0; i < 3; i++) {
                    cases.anonymous(cases.police, LocalDate.of(YEAR, 3, 1 + i), Sex.FEMALE, 15);
                }
                for (int i = 0; i < 6; i++) {
                    cases.anonymous(cases.shelter, LocalDate.of(YEAR, 5, 1 + i), Sex.FEMALE, 30);
                }
                for (int i = 0; i < 7; i++) {
                    cases.anonymous(cases.police, LocalDate.of(YEAR, 8, 1 + i), Sex.MALE, 40);
                }
                victimsRegistered = true;
            }
        }
        TestSignIn.clear();
    }

    @AfterEach
    void reset() {
        Parts.EVALUATIONS_FAIL.set(false);
        TestSignIn.clear();
    }

    @Test
    void theOfficerGetsTheReportToTheGovernmentWithThePlanThePartsInOrderAndTheVictimStatistics() throws Exception {
        long id = generate("en", Role.ME_OFFICER);

        var document = awaitDone(id);
        assertThat(document.status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(document.kind()).isEqualTo(DocumentKind.GOVERNMENT_REPORT);
        assertThat(document.title()).startsWith("Report to the Government " + YEAR);
        assertThat(document.fileStem()).isEqualTo("government-report-" + YEAR + "-en");

        try (var word = new XWPFDocument(new ByteArrayInputStream(download(id, "docx")))) {
            var headings = headings(word);
            assertThat(headings).startsWith("1. Executive summary", "2. Plan progress: status of the activities",
                    "3. Plan progress: indicators");
            assertThat(titles(word)).containsSubsequence("Follow-up of the recommendations (test)",
                    "Evaluations and management responses (test)", "Victim statistics", "Next steps");
            assertThat(headings.get(headings.size() - 1)).endsWith("Next steps");
            var front = word.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(front).contains("To: the Government", "Country: Republic of Testland",
                    "From: Office of the National Coordinator of Testland", "National Rapporteur: Dr Ana Testa",
                    "Reporting year: " + YEAR,
                    "GRETA recommendation 12 fully addressed in " + YEAR,
                    "Mid-term evaluation rated effectiveness 3 in " + YEAR);
            var tables = word.getTables().stream().map(XWPFTable::getText).collect(Collectors.joining("\n"));
            assertThat(tables).contains(trainingTitle, "Officers trained", "Hire two trainers");

            // the 3 girls are not published, nor anything that gives them back; the 16 persons of the year are
            var bySexAndAge = tableWithHeader(word, "Sex");
            assertThat(cell(bySexAndAge, "Female", "Child 12-17")).isEqualTo("[c]");
            assertThat(cell(bySexAndAge, "Male", "Child 12-17")).isEqualTo("0");
            assertThat(bySexAndAge.getRows().stream().skip(1).flatMap(row -> row.getTableCells().stream())
                    .map(c -> c.getText())).as("neither the 3 girls nor a total that gives them back").doesNotContain("3");
            var figures = tableWithHeader(word, "Figure");
            assertThat(cell(figures, "Persons", "Number")).isEqualTo("16");
            assertThat(front).contains("[c] not published: fewer than 5 persons");
        }

        var text = pdfText(download(id, "pdf"));
        assertThat(text).contains(squeezed("Report to the Government " + YEAR, "1. Executive summary",
                "Plan progress: status of the activities", trainingTitle, "Follow-up of the recommendations (test)",
                "Evaluations and management responses (test)", "Victim statistics", "[c]",
                "[c] not published: fewer than 5 persons", "Next steps", "Hire two trainers",
                "No operational plan for " + (YEAR + 1) + " has been approved yet."));
    }

    @Test
    void theReportIsWrittenInAlbanianWhenAskedSo() throws Exception {
        long id = generate("sq", Role.COORDINATOR);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(id, "pdf"));
        assertThat(text).contains(squeezed("Raporti për Qeverinë " + YEAR, "Përmbledhje ekzekutive",
                "Ecuria e planit: statusi i aktiviteteve", "Ndjekja e rekomandimeve (test)",
                "Vlerësimet dhe përgjigjet e menaxhimit (test)", "Statistikat e viktimave", "[c]",
                "Hapat e ardhshëm", "Për: Qeverinë"));
        try (var word = new XWPFDocument(new ByteArrayInputStream(download(id, "docx")))) {
            assertThat(titles(word)).containsSubsequence("Ndjekja e rekomandimeve (test)",
                    "Vlerësimet dhe përgjigjet e menaxhimit (test)", "Statistikat e viktimave", "Hapat e ardhshëm");
            var bySexAndAge = tableWithHeader(word, "Gjinia");
            assertThat(bySexAndAge.getRow(0).getCell(0).getText()).isEqualTo("Gjinia");
            assertThat(bySexAndAge.getText()).contains("[c]");
        }
    }

    @Test
    void aPartThatFailsLeavesTheReportWithANoteWhereItsSectionWouldBe() throws Exception {
        Parts.EVALUATIONS_FAIL.set(true);

        long id = generate("en", Role.ME_OFFICER);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        try (var word = new XWPFDocument(new ByteArrayInputStream(download(id, "docx")))) {
            assertThat(titles(word)).containsSubsequence("Follow-up of the recommendations (test)",
                    "Section not available", "Victim statistics", "Next steps")
                    .noneMatch(heading -> heading.contains("Evaluations and management responses"));
        }
        assertThat(pdfText(download(id, "pdf"))).contains(squeezed("This section could not be produced",
                "The error has been logged"));
    }

    @Test
    void itIsMadeInTheBackgroundWithItsProgressOnItsPageAndOfferedForDownload() throws Exception {
        var page = mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var form = org.jsoup.Jsoup.parse(page).selectFirst("form#generate-government");
        assertThat(form).isNotNull();
        assertThat(form.text()).contains("Generate the report to the Government", "National Rapporteur");
        assertThat(form.selectFirst("input[name=kind]").val()).isEqualTo("government-report");
        assertThat(form.select("select#government-year option").eachAttr("value"))
                .contains(String.valueOf(YEAR));
        assertThat(form.select("select#government-language option").eachAttr("value")).contains("en", "sq");
        // the other form offers the plan's reports only
        assertThat(org.jsoup.Jsoup.parse(page).select("form#generate input[name=kind]").eachAttr("value"))
                .containsExactly("annual-report", "quarterly-summary");

        long id = generate("en", Role.ME_OFFICER);
        var waiting = mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // while it is made the page says how far it is; once finished, it offers both files
        assertThat(waiting).satisfiesAnyOf(
                html -> assertThat(html).contains("<progress", "hx-trigger=\"every 2s\""),
                html -> assertThat(html).contains("id=\"download-docx\""));
        awaitDone(id);
        mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(content().string(containsString("id=\"download-docx\"")))
                .andExpect(content().string(containsString("id=\"download-pdf\"")))
                .andExpect(content().string(not(containsString("http-equiv"))));
        mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(content().string(containsString("Report to the Government " + YEAR)));
    }

    @Test
    void theCoordinatorPublishesItOnThePortalLikeTheAnnualReport() throws Exception {
        long id = generate("en", Role.ME_OFFICER);
        awaitDone(id);
        var generated = download(id, "pdf");

        TestSignIn.onThisThread(Role.COORDINATOR);
        long publicationId;
        try {
            var overview = publishing.overview(planId);
            assertThat(overview.documents()).map(choice -> choice.document()).anySatisfy(offered -> {
                assertThat(offered.id()).isEqualTo(id);
                assertThat(offered.kind()).isEqualTo("government-report");
                assertThat(offered.kindLabel()).isEqualTo("Report to the Government");
            });
            var subject = PublicationSubject.report(id);
            publicationId = publishing.publish(planId, subject, publishing.preview(planId, subject).fingerprint())
                    .publicationId();
        } finally {
            TestSignIn.clear();
        }

        mvc.perform(get("/portal/plans/{planId}", planId)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Report to the Government " + YEAR)));
        var published = mvc.perform(get("/portal/plans/{planId}/reports/{publication}.pdf", planId, publicationId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(published).isEqualTo(generated);
    }

    @Test
    void membersAndEvaluatorsReadItButOnlyTheOfficeGeneratesItAndFocalPointsSeeNothing() throws Exception {
        long id = generate("en", Role.ME_OFFICER);
        awaitDone(id);

        mvc.perform(get("/documents/{id}/download.pdf", id).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk());
        mvc.perform(get("/documents/{id}/download.docx", id).with(TestSignIn.as(Role.EVALUATOR)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"generate-government\""))));
        for (var refused : List.of(Role.MEMBER, Role.EVALUATOR, Role.VICTIM_DATA_OFFICER, Role.ADMINISTRATOR)) {
            mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(refused)).with(csrf())
                            .param("kind", "government-report").param("year", String.valueOf(YEAR))
                            .param("language", "en"))
                    .andExpect(status().isForbidden());
        }
        var focal = TestSignIn.user(Unique.name("focal"), police, Role.FOCAL_POINT);
        mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/download.pdf", id).with(TestSignIn.as(focal)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/download.pdf", id)).andExpect(status().is3xxRedirection());
    }

    @Autowired
    org.ariadne.operationalplan.OperationalPlanEditing operationalPlanEditing;
    @Autowired
    org.ariadne.operationalplan.OperationalPlans operationalPlans;

    @Test
    void theNextStepsSayWhatTheNextYearsApprovedOperationalPlanCarriesOver() throws Exception {
        int next = YEAR + 1;
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            operationalPlanEditing.draft(planId, next);
            for (var line : operationalPlans.get(planId, next).lines()) {
                operationalPlanEditing.decide(planId, next, line.id(), line.version(),
                        org.ariadne.operationalplan.LineCommand.accept("Trainers hired late",
                                LocalDate.of(next, 6, 30), new java.math.BigDecimal("1500")));
            }
            TestSignIn.onThisThread(Role.COORDINATOR);
            operationalPlanEditing.approve(planId, next, operationalPlans.get(planId, next).version());
        } finally {
            TestSignIn.clear();
        }

        long id = generate("en", Role.ME_OFFICER);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(pdfText(download(id, "pdf"))).contains(squeezed("The operational plan for " + next,
                "The operational plan for " + next + " is approved. Carried over to new end dates: 1 activity (A1.1.1)"));
    }

    @Test
    void aYearOutsideThePlanIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("kind", "government-report").param("year", String.valueOf(YEAR + 5))
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problemKey", "documents.error.year"));
    }

    private long generate(String language, Role role) throws Exception {
        var location = mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(role)).with(csrf())
                        .param("kind", "government-report").param("year", String.valueOf(YEAR))
                        .param("language", language))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/documents/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private GeneratedDocument awaitDone(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> documents.find(id),
                    document -> document.status().done());
        } finally {
            TestSignIn.clear();
        }
    }

    private byte[] download(long id, String format) throws Exception {
        var type = DocumentFormat.ofExtension(format).orElseThrow().mediaType();
        return mvc.perform(get("/documents/{id}/download.{format}", id, format).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", type))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static List<String> headings(XWPFDocument word) {
        return word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
    }

    /** The headings without their numbers ("4. Victim statistics" is "Victim statistics"). */
    private static List<String> titles(XWPFDocument word) {
        return headings(word).stream().map(heading -> heading.replaceFirst("^\\d+\\. ", "")).toList();
    }

    private static XWPFTable tableWithHeader(XWPFDocument word, String first) {
        return word.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(first)).findFirst()
                .orElseThrow(() -> new AssertionError("no table whose first column is " + first));
    }

    private static List<String> rowOf(XWPFTable table, String label) {
        var row = table.getRows().stream().filter(r -> r.getCell(0).getText().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label));
        var cells = new ArrayList<String>();
        row.getTableCells().forEach(cell -> cells.add(cell.getText()));
        return cells.subList(1, cells.size());
    }

    private static String cell(XWPFTable table, String rowLabel, String columnLabel) {
        var header = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList();
        int column = header.indexOf(columnLabel);
        assertThat(column).as("column " + columnLabel + " in " + header).isPositive();
        return rowOf(table, rowLabel).get(column - 1);
    }
}
