package org.ariadne.documents;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.publication.PublicationException;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.PublishableDocuments;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The M&amp;E officer asks for the annual report of a plan and gets it, made in the background, as a Word document
 * and a PDF that say the same thing, structured like the plan, in the language chosen; who may do what; and what
 * the publish step is offered. Each test builds its own plan.
 */
@AriadneIntegrationTest
class DocumentsIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing editing;
    @Autowired
    TestPlans testPlans;
    @Autowired
    ReviewEditing review;
    @Autowired
    Institutions institutions;
    @Autowired
    GeneratedDocuments documents;
    @Autowired
    PublishableDocuments publishable;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DocumentGeneration generation;
    @Autowired
    DocumentStore store;
    @Autowired
    org.ariadne.security.UserAccounts accounts;
    @Autowired
    org.ariadne.institutions.TerritorialUnits territorialUnits; // issue 19
    @Autowired
    org.ariadne.plan.LocalPlans localPlans; // issue 19

    int year;
    long planId;
    long police;
    long training;
    String trainingTitle;
    String campaignTitle;

    @BeforeEach
    void plan() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        year = LocalDate.now().getYear() - 1;
        police = testPlans.institution("Police", InstitutionType.POLICE);
        var ministry = testPlans.institution("Ministry", InstitutionType.MINISTRY);
        trainingTitle = Unique.name("Trajnimi i policisë <script>alert(1)</script>");
        campaignTitle = Unique.name("Awareness campaign in schools");
        var plan = testPlans.build(aPlan().named("Plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", trainingTitle).ledBy(police)
                        .running(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                        .budget(year, FundingSourceKind.STATE_BUDGET, police, "12000", "12000")
                        .withIndicator(anIndicator("Officers trained").unit("officers").baseline(null)
                                .target("200", year + 1).responsible(police)))
                .withStrategicObjective("SO 2", "Prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 2.1", "Campaigns")
                .withActivity(anActivity("A2.1.1", campaignTitle).ledBy(ministry)));
        planId = plan.id();
        training = plan.element("A1.1.1");
        editing.recordStatus(training, ActivityStatus.STARTED);
        review.rate(planId, training, new HalfYear(year, 1), null, new RatingCommand(3, "Trainers left"));
        review.addCorrectiveAction(planId, training, new HalfYear(year, 1), new CorrectiveActionCommand(
                "Hire two trainers", police, LocalDate.of(year, 9, 30)));
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theOfficerGetsTheAnnualReportAsWordAndPdfStructuredLikeThePlan() throws Exception {
        long id = generate("annual-report", "en", null);

        var finished = awaitDone(id);
        assertThat(finished.status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(finished.title()).contains("Annual implementation report " + year);

        var pdf = download(id, "pdf", "application/pdf");
        var text = pdfText(pdf);
        assertThat(text).contains(squeezed(trainingTitle, campaignTitle, "Contents", "1. Summary", "2. Status of the activities",
                "3. Indicator progress", "4. Budget planned and spent", "7. Half-year review",
                "8. Recommendations", "Hire two trainers", "Page 2 of"));
        // an indicator without baseline is "not measurable", never 0 %
        assertThat(text).contains(squeezed("not measurable: no baseline"));
        assertThat(text).contains(squeezed("Revise activity A1.1.1"));

        var docx = download(id, "docx", DocumentFormat.DOCX.mediaType());
        try (var word = new XWPFDocument(new ByteArrayInputStream(docx))) {
            var headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).startsWith("1. Summary", "2. Status of the activities", "3. Indicator progress");
            var tables = word.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
            assertThat(tables).contains(trainingTitle, campaignTitle, "Hire two trainers");
            assertThat(word.getDocument().xmlText()).contains("TOC \\o");
            assertThat(word.getFooterList().get(0)._getHdrFtr().xmlText()).contains("PAGE");
            assertThat(word.getAllPictures()).isNotEmpty();
        }
    }

    @Test
    void theReportIsWrittenInTheLanguageChosen() throws Exception {
        long id = generate("annual-report", "sq", null);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(id, "pdf", "application/pdf"));
        assertThat(text).contains(squeezed("Raporti vjetor i zbatimit", "Statusi i aktiviteteve", "Përmbajtja", trainingTitle));
        // the period on the front page, dated the Albanian way as the pages date it ("31 dhj 2026")
        var albanian = org.ariadne.common.format.Formats.of(Locale.forLanguageTag("sq"));
        assertThat(text).contains(squeezed(albanian.date(java.time.LocalDate.of(year, 1, 1)),
                albanian.date(java.time.LocalDate.of(year, 12, 31))));
    }

    /**
     * Serbian Cyrillic has no bundles of its own: the report's headings are the Latin ones transliterated, and print
     * in Cyrillic letters (the PDF embeds a font that has them).
     */
    @Test
    void theAnnualReportPrintsInSerbianCyrillic() throws Exception {
        long id = generate("annual-report", "sr-Cyrl", null);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(id, "pdf", "application/pdf"));
        var latin = bundle("documents_sr_Latn.properties");
        var headings = java.util.stream.Stream.of("documents.kind.annual-report", "documents.section.activities",
                "documents.contents").map(key -> org.ariadne.common.text.SerbianScript.toCyrillic(latin.getProperty(key)))
                .toList();
        assertThat(headings).allMatch(org.ariadne.common.text.SerbianScript::isCyrillic);
        assertThat(text).contains(squeezed(headings.toArray(String[]::new))).contains(squeezed(trainingTitle));
        assertThat(text).contains(squeezed("Годишњи извештај"));
    }

    /** Macedonian, once its bundles are there (they are written apart from the code): the report prints in Cyrillic. */
    @Test
    void theAnnualReportPrintsInMacedonian() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                java.nio.file.Files.exists(java.nio.file.Path.of("src/main/resources/i18n/documents_mk.properties")),
                "no Macedonian bundles yet");
        long id = generate("annual-report", "mk", null);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(id, "pdf", "application/pdf"));
        var macedonian = bundle("documents_mk.properties");
        var headings = java.util.stream.Stream.of("documents.kind.annual-report", "documents.section.activities",
                "documents.contents").map(macedonian::getProperty).toList();
        assertThat(headings).allMatch(org.ariadne.common.text.SerbianScript::isCyrillic);
        assertThat(text).contains(squeezed(headings.toArray(String[]::new)));
    }

    /**
     * Issue 19: a municipal plan follows this plan and maps its objective onto SO 1; the annual report (Word and PDF,
     * in English and Macedonian) has a section naming the municipality, its plan, its activities and the objective.
     */
    @Test
    void theAnnualReportHasASectionOnTheLocalPlansThatFollowThePlan() throws Exception {
        var municipality = Unique.name("Gjakova");
        var localTitle = Unique.name("Gjakova local plan");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        var region = territorialUnits.create(new org.ariadne.institutions.TerritorialUnitCommand(Unique.name("Region"),
                org.ariadne.institutions.TerritorialUnitKind.REGION, null, null, null, null));
        var unit = territorialUnits.create(new org.ariadne.institutions.TerritorialUnitCommand(municipality,
                org.ariadne.institutions.TerritorialUnitKind.MUNICIPALITY, region, null, null, null));
        var local = testPlans.build(aPlan().titled(localTitle).running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Local protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Local identification")
                .withActivity(anActivity("A1.1.1", "Municipal referral team").ledBy(police)
                        .running(LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31))));
        TestSignIn.onThisThread(Role.ME_OFFICER);
        localPlans.place(local.id(), unit, planId);
        var so1 = localPlans.nationalObjectives(planId).get(0).key();
        localPlans.map(org.ariadne.plan.LocalPlans.ElementKind.STRATEGIC, local.element("SO 1"), so1);
        TestSignIn.clear();

        long english = generate("annual-report", "en", null);
        assertThat(awaitDone(english).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(english, "pdf", "application/pdf"));
        // one activity, past its end and not completed: delayed
        assertThat(text).contains(squeezed("Local and regional plans", "1 local or regional plan follows this plan",
                municipality, localTitle, "SO 1"));
        try (var word = new XWPFDocument(new ByteArrayInputStream(download(english, "docx",
                DocumentFormat.DOCX.mediaType())))) {
            var headings = word.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("8. Local and regional plans");
            var local8 = word.getTables().stream().map(t -> t.getText()).filter(t -> t.contains(localTitle)).findFirst()
                    .orElseThrow();
            assertThat(local8).contains(municipality, "SO 1");
        }
        long macedonian = generate("annual-report", "mk", null);
        assertThat(awaitDone(macedonian).status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(pdfText(download(macedonian, "pdf", "application/pdf")))
                .contains(squeezed("Локални и регионални планови", localTitle));
    }

    private static java.util.Properties bundle(String file) throws java.io.IOException {
        var properties = new java.util.Properties();
        try (var reader = java.nio.file.Files.newBufferedReader(java.nio.file.Path.of("src/main/resources/i18n", file))) {
            properties.load(reader);
        }
        return properties;
    }

    @Autowired
    org.ariadne.reportingcycle.ReportingSchedules schedules;
    @Autowired
    org.ariadne.reporting.ProgressReports reports;
    @Autowired
    org.ariadne.dashboards.DashboardCharts dashboards;

    /**
     * Three girls identified in the year: the report, which the office publishes on the portal, does not print the
     * count nor its progress towards the target (which gives it back), and says why, as the portal does.
     */
    @Test
    void aSmallCountOfPersonsIsNotPrintedInTheReportWhichTheOfficePublishes() throws Exception {
        var victims = org.ariadne.support.AcceptedVictims.plan(Unique.name("Small counts"),
                java.util.Map.of("SEX=FEMALE|AGE_GROUP=UNDER_18", new java.math.BigDecimal("3")), testPlans, schedules,
                reports, dashboards);
        planId = victims.id();
        year = victims.year();

        long id = generate("annual-report", "en", null);

        assertThat(awaitDone(id).status()).isEqualTo(DocumentStatus.FINISHED);
        var text = pdfText(download(id, "pdf", "application/pdf"));
        assertThat(text).contains(squeezed("Victims identified", "[c]", "[c] not published: fewer than 5 persons"))
                .doesNotContain(squeezed("3 victims"));
        try (var word = new XWPFDocument(new ByteArrayInputStream(download(id, "docx",
                DocumentFormat.DOCX.mediaType())))) {
            var tables = word.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
            assertThat(tables).contains("[c]").doesNotContain("3 victims");
        }
    }

    @Test
    void theQuarterlySummaryHasTheSameStructureWithoutTheHalfYearReview() throws Exception {
        long id = generate("quarterly-summary", "en", "2");

        var document = awaitDone(id);
        assertThat(document.status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(document.quarter()).isEqualTo(2);
        var text = pdfText(download(id, "pdf", "application/pdf"));
        assertThat(text).contains(squeezed("Quarterly summary Q2 " + year, "2. Status of the activities", trainingTitle)).doesNotContain(squeezed("Half-year review"));
    }

    @Test
    void theFinishedReportIsOfferedToThePublishStepWithTheBytesThatWereGenerated() throws Exception {
        long id = generate("annual-report", "en", null);
        awaitDone(id);

        TestSignIn.onThisThread(Role.COORDINATOR);
        var offered = publishable.finished(planId);
        assertThat(offered).singleElement().satisfies(document -> {
            assertThat(document.id()).isEqualTo(id);
            assertThat(document.kind()).isEqualTo("annual-report");
            assertThat(document.year()).isEqualTo(year);
            assertThat(document.language()).isEqualTo(Locale.ENGLISH);
        });
        assertThat(publishable.pdf(id)).isEqualTo(publishable.pdf(id)).isEqualTo(documents.content(id, DocumentFormat.PDF));
        assertThat(publishable.docx(id)).isEqualTo(documents.content(id, DocumentFormat.DOCX));
    }

    @Autowired
    org.ariadne.publication.Publishing publishing;

    /**
     * The disclosure rule was strengthened on 7 Dec 2026 (overlapping tables protected together): a report made
     * before protects its counts of victims less than what members read today, and beside it can give hidden counts
     * back. Its page says so and offers to make it again; it is not published as it is. Made again, it carries
     * today's rule, says nothing of it, and is published.
     */
    @Test
    void aReportMadeBeforeTheCurrentDisclosureRuleIsToBeMadeAgainAndIsNotPublishedAsItIs() throws Exception {
        long before = generate("annual-report", "en", null);
        assertThat(awaitDone(before).disclosureRule()).isEqualTo(DisclosureControl.RULE);
        // as a report made before the rule was strengthened: the migration left it at 1
        jdbc.sql("update generated_document set disclosure_rule = 1 where id = ?").param(before).update();

        var page = Jsoup.parse(mvc.perform(get("/documents/{id}", before).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("#older-disclosure-rule").text()).contains("Made before the current disclosure rule",
                "counts of victims may be protected less", "Make it again before sharing or publishing it.");
        assertThat(page.select("#make-again input[name=year]").val()).isEqualTo(String.valueOf(year));
        assertThat(page.select("a[href$=\"/publication\"]")).isEmpty();
        var list = Jsoup.parse(mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.MEMBER)))
                .andReturn().getResponse().getContentAsString());
        assertThat(list.select("[data-document=" + before + "] .older-rule").text())
                .isEqualTo("before the current disclosure rule");
        assertThat(list.select("#older-disclosure-rule").text()).contains("Make them again");

        TestSignIn.onThisThread(Role.COORDINATOR);
        String fingerprint;
        try {
            var subject = PublicationSubject.report(before);
            var preview = publishing.preview(planId, subject);
            assertThat(preview.madeUnderOlderRule()).isTrue();
            fingerprint = preview.fingerprint();
            assertThatThrownBy(() -> publishing.publish(planId, subject, fingerprint))
                    .isInstanceOfSatisfying(PublicationException.class, refused -> assertThat(refused.messageKey())
                            .isEqualTo("publication.error.older-disclosure-rule"));
        } finally {
            TestSignIn.clear();
        }
        // pressed on the page, the coordinator reads why in their language
        var refused = mvc.perform(post("/plans/{id}/publication", planId).param("kind", "REPORT")
                        .param("document", String.valueOf(before)).param("fingerprint", fingerprint)
                        .with(csrf()).with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(flash().attribute("problemKey", "publication.error.older-disclosure-rule")).andReturn();
        var office = Jsoup.parse(mvc.perform(get("/plans/{id}/publication", planId).locale(Locale.forLanguageTag("sq"))
                        .flashAttrs(refused.getFlashMap()).with(TestSignIn.as(Role.COORDINATOR)))
                .andReturn().getResponse().getContentAsString());
        assertThat(office.select(".flash.problem").text()).contains("para rregullit të tanishëm të mbrojtjes",
                "gjenerojeni sërish, pastaj publikojeni");
        assertThat(office.select("#documents [data-document=" + before + "] a.older-rule").attr("href"))
                .isEqualTo("/documents/" + before);
        assertThat(jdbc.sql("select count(*) from publication where plan_id = ?").param(planId).query(Long.class)
                .single()).isZero();

        // made again from its page: today's rule, no notice, and published
        var again = post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf());
        page.select("#make-again input[type=hidden]").forEach(input -> again.param(input.attr("name"), input.val()));
        var location = mvc.perform(again).andExpect(redirectedUrlPattern("/documents/*")).andReturn().getResponse()
                .getRedirectedUrl();
        long remade = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(remade).isNotEqualTo(before);
        var made = awaitDone(remade);
        assertThat(made.request()).isEqualTo(found(before).request());
        assertThat(made.disclosureRule()).isEqualTo(DisclosureControl.RULE);
        assertThat(Jsoup.parse(mvc.perform(get("/documents/{id}", remade).with(TestSignIn.as(Role.ME_OFFICER)))
                .andReturn().getResponse().getContentAsString()).select("#older-disclosure-rule")).isEmpty();
        TestSignIn.onThisThread(Role.COORDINATOR);
        try {
            var subject = PublicationSubject.report(remade);
            var preview = publishing.preview(planId, subject);
            assertThat(preview.madeUnderOlderRule()).isFalse();
            assertThat(publishing.publish(planId, subject, preview.fingerprint()).published()).isTrue();
        } finally {
            TestSignIn.clear();
        }
        assertThat(jdbc.sql("select disclosure_rule from publication where plan_id = ?").param(planId)
                .query(Integer.class).single()).isEqualTo(DisclosureControl.RULE);
    }

    private GeneratedDocument found(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return documents.find(id);
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void askingTwiceWhileItIsBeingMadeMakesOneDocumentAndTheRequestIsInTheAuditTrail() throws Exception {
        long first = generate("annual-report", "en", null);
        long second;
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            second = documents.find(first).status().done() ? first
                    : documents.request(planId, DocumentRequest.annual(year, Locale.ENGLISH));
        } finally {
            TestSignIn.clear();
        }
        assertThat(second).isEqualTo(first);
        awaitDone(first);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'generated-document' and entity_id = ?"
                        + " and actor is not null").param(first).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aYearOutsideThePlanOrAQuarterlySummaryWithoutQuarterIsRefusedWithTheReasonAndNothingIsMade() throws Exception {
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("kind", "annual-report").param("year", String.valueOf(year + 5)).param("language", "en"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problemKey", "documents.error.year"));
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("kind", "quarterly-summary").param("year", String.valueOf(year)).param("language", "en"))
                .andExpect(flash().attribute("problemKey", "documents.error.quarter"));
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("kind", "annual-report").param("year", "=1+1").param("language", "xx"))
                .andExpect(flash().attribute("problemKey", "documents.error.year-format"));
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("kind", "annual-report").param("year", String.valueOf(year)).param("language", "xx"))
                .andExpect(flash().attribute("problemKey", "documents.error.language"));

        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            assertThat(documents.ofPlan(planId)).isEmpty();
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void focalPointsCannotOpenReportsAndMembersReadButCannotGenerate() throws Exception {
        long id = generate("annual-report", "en", null);
        awaitDone(id);

        var focal = TestSignIn.user(Unique.name("focal"), police, Role.FOCAL_POINT);
        mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/download.pdf", id).with(TestSignIn.as(focal))).andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/download.pdf", id)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"generate\""))));
        mvc.perform(get("/documents/{id}/download.docx", id).with(TestSignIn.as(Role.EVALUATOR))).andExpect(status().isOk());
        mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.MEMBER)).with(csrf())
                .param("kind", "annual-report").param("year", String.valueOf(year)).param("language", "en"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/documents/{id}/download.exe", id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/documents/{id}", Long.MAX_VALUE).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void thePageShowsTheProgressUntilTheFilesAreThere() throws Exception {
        long id = generate("annual-report", "en", null);
        awaitDone(id);
        mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("http-equiv"))))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"download-docx\"")));
        mvc.perform(get("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/" + id + "/download.pdf")));
    }

    @Test
    void aReportThatCannotBeMadeSaysSoOnItsPageAndTheNextOneIsMadeAsUsual() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long broken;
        try {
            broken = store.insert(planId, DocumentRequest.annual(year, Locale.ENGLISH), "Broken", "officer",
                    java.time.LocalDateTime.now());
            // the data it reports on has gone (a plan that does not exist): the generation fails, and says so
            generation.generate(broken, Long.MAX_VALUE, DocumentRequest.annual(year, Locale.ENGLISH), "Broken");
        } finally {
            TestSignIn.clear();
        }
        mvc.perform(get("/documents/{id}", broken).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("The report could not be made.")));
        mvc.perform(get("/documents/{id}/download.pdf", broken).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isNotFound());

        long next = generate("annual-report", "en", null);
        assertThat(awaitDone(next).status()).isEqualTo(DocumentStatus.FINISHED);
    }

    /**
     * A node that died while making a document leaves it running under a lease nobody renews: once the lease has run
     * out, the next node that looks at the queue makes it, as the person who asked (their account, read afresh).
     */
    @Test
    void aDocumentWhoseNodeDiedIsMadeByAnotherOnceItsLeaseRunsOut() throws Exception {
        var officer = org.ariadne.support.Unique.username("officer");
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            accounts.createAtStartUp(new org.ariadne.security.UserCommand(officer, "Officer " + officer, null, null,
                    java.util.Set.of(Role.ME_OFFICER), null, true, "a long enough password 42"));
        } finally {
            TestSignIn.clear();
        }
        long left = store.insert(planId, DocumentRequest.annual(year, Locale.ENGLISH), "Left behind", officer,
                java.time.LocalDateTime.now());
        jdbc.sql("""
                        update generated_document set status = 'RUNNING', progress = 45, step = 'documents.step.docx',
                            lease_owner = 'a-node-that-died', lease_until = ?, attempts = 1 where id = ?""")
                .params(java.sql.Timestamp.from(java.time.Instant.now().plusSeconds(3600)), left).update();
        // while its lease holds, it is another node's: its page reloads itself (without JavaScript) or htmx fetches it
        mvc.perform(get("/documents/{id}", left).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("http-equiv=\"refresh\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 2s\"")));

        jdbc.sql("update generated_document set lease_until = ? where id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(1)), left).update();

        assertThat(awaitDone(left).status()).isEqualTo(DocumentStatus.FINISHED);
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            assertThat(documents.content(left, DocumentFormat.PDF)).startsWith("%PDF".getBytes());
        } finally {
            TestSignIn.clear();
        }
    }

    private long generate(String kind, String language, String quarter) throws Exception {
        var request = post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("kind", kind).param("year", String.valueOf(year)).param("language", language);
        if (quarter != null) {
            request.param("quarter", quarter);
        }
        var location = mvc.perform(request).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/documents/*")).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String[] squeezed(String... texts) {
        return java.util.Arrays.stream(texts).map(DocumentsIntegrationTest::squeezed).toArray(String[]::new);
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

    private byte[] download(long id, String format, String mediaType) throws Exception {
        return mvc.perform(get("/documents/{id}/download.{format}", id, format).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", mediaType))
                .andReturn().getResponse().getContentAsByteArray();
    }

    /**
     * The text of a PDF without any white space, to compare with {@link #squeezed} texts: table cells wrap long titles
     * over lines, wherever the line is full.
     */
    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return squeezed(new PDFTextStripper().getText(document));
        }
    }
}
