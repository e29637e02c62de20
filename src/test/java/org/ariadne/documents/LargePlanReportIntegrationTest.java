package org.ariadne.documents;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.documents.DocumentsIntegrationTest.pdfText;
import static org.ariadne.documents.DocumentsIntegrationTest.squeezed;
import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: the annual report of a plan too large for one readable document keeps the summaries per objective and
 * names its annex, a document of its own with the detail per activity and indicator, downloaded from the report's page
 * by whoever may read the report; a plan within the limit keeps every activity in its one report. The limits are
 * lowered here (three activities) so that a plan of a few activities stands for one of thousands.
 */
@AriadneIntegrationTest
@TestPropertySource(properties = {"ariadne.documents.annex.above-activities=3",
        "ariadne.documents.annex.above-indicators=1000"})
class LargePlanReportIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    ReviewEditing review;
    @Autowired
    GeneratedDocuments documents;

    final int year = LocalDate.now().getYear() - 1;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void aLargePlansReportSummarisesPerObjectiveAndNamesItsAnnexWhichHoldsEveryActivityAndIndicator() throws Exception {
        var titles = new String[] {Unique.name("Train border police"), Unique.name("Open a shelter"),
                Unique.name("Campaign in schools"), Unique.name("Hotline for victims")};
        var indicator = Unique.name("Officers trained at the border");
        long planId = plan(titles, indicator, "Trainers left the programme");

        long id = generate(planId);
        var done = awaitAnnex(id);
        assertThat(done.status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(done.annex()).isEqualTo(DocumentStatus.FINISHED);

        var annexTitle = "Annex \u2014 " + done.title();
        var report = pdfText(download("/documents/{id}/download.pdf", id, "application/pdf"));
        // the report: the sections as always, summarised per objective, and where the detail is
        assertThat(report).contains(squeezed("2. Status of the activities", "3. Indicator progress",
                "7. Half-year review", "The plan has 4 activities", "Strategic objective 1", "Strategic objective 2",
                annexTitle, "annual-report-" + year + "-en-annex.pdf"));
        for (var title : titles) {
            assertThat(report).doesNotContain(squeezed(title));
        }
        assertThat(report).doesNotContain(squeezed(indicator)).doesNotContain(squeezed("Trainers left the programme"));

        // the annex: every activity, indicator and rating, and which report it belongs to
        var annex = pdfText(download("/documents/{id}/annex.pdf", id, "application/pdf"));
        assertThat(annex).contains(squeezed(annexTitle, done.title(), "Status of the activities", indicator,
                "Trainers left the programme"));
        assertThat(annex).contains(squeezed(titles));
        try (var word = new XWPFDocument(new ByteArrayInputStream(download("/documents/{id}/annex.docx", id,
                DocumentFormat.DOCX.mediaType())))) {
            var tables = word.getTables().stream().map(t -> t.getText()).collect(Collectors.joining("\n"));
            assertThat(tables).contains(titles).contains(indicator);
        }
        try (var word = new XWPFDocument(new ByteArrayInputStream(download("/documents/{id}/download.docx", id,
                DocumentFormat.DOCX.mediaType())))) {
            var text = word.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
            assertThat(text).contains(annexTitle, "annual-report-" + year + "-en-annex.docx");
        }

        // the report's page offers both, to a member as to the office; a focal point reads neither
        mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/" + id + "/annex.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/documents/" + id + "/annex.docx")));
        mvc.perform(get("/documents/{id}/annex.pdf", id).with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(
                        "annual-report-" + year + "-en-annex.pdf")));
        mvc.perform(get("/documents/{id}/annex.pdf", id).with(TestSignIn.as(Role.FOCAL_POINT)))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPlanWithinTheLimitKeepsEveryActivityInItsOneReportAndHasNoAnnex() throws Exception {
        var titles = new String[] {Unique.name("Train labour inspectors"), Unique.name("Fund a shelter")};
        var indicator = Unique.name("Inspectors trained");
        long planId = plan(titles, indicator, "Inspectors moved to other posts");

        long id = generate(planId);
        var done = awaitAnnex(id);
        assertThat(done.status()).isEqualTo(DocumentStatus.FINISHED);
        assertThat(done.hasAnnex()).isFalse();

        var report = pdfText(download("/documents/{id}/download.pdf", id, "application/pdf"));
        assertThat(report).contains(squeezed(titles)).contains(squeezed(indicator,
                "Inspectors moved to other posts"));
        assertThat(report).doesNotContain(squeezed("-annex.pdf")).doesNotContain(squeezed("Annex \u2014"));
        mvc.perform(get("/documents/{id}", id).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/annex.pdf"))));
        // an address of an annex that is not there leads to the report's page
        mvc.perform(get("/documents/{id}/annex.pdf", id).with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isSeeOther()).andExpect(redirectedUrlPattern("**/documents/" + id));
    }

    /** A plan of as many activities as {@code titles}, over two objectives; the first has the indicator and a rating 3. */
    private long plan(String[] titles, String indicator, String comments) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var police = testPlans.institution("Police", InstitutionType.POLICE);
        var builder = aPlan().named(Unique.name("National plan")).running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Strategic objective 1", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification");
        for (int i = 0; i < titles.length; i++) {
            if (i == titles.length / 2) {
                builder = builder.withStrategicObjective("SO 2", "Strategic objective 2", ThematicArea.PREVENTION)
                        .withSpecificObjective("SO 2.1", "Campaigns");
            }
            var activity = anActivity("A" + (i < titles.length / 2 ? "1.1." : "2.1.") + (i + 1), titles[i])
                    .ledBy(police).running(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31));
            if (i == 0) {
                activity = activity.withIndicator(anIndicator(indicator).unit("officers").baseline("0", year - 1, null)
                        .target("200", year + 1).responsible(police));
            }
            builder = builder.withActivity(activity);
        }
        var plan = testPlans.build(builder);
        review.rate(plan.id(), plan.element("A1.1.1"), new HalfYear(year, 1), null, new RatingCommand(3, comments));
        TestSignIn.clear();
        return plan.id();
    }

    private long generate(long planId) throws Exception {
        var location = mvc.perform(post("/plans/{id}/documents", planId).with(TestSignIn.as(Role.ME_OFFICER))
                        .with(csrf()).param("kind", "annual-report").param("year", String.valueOf(year))
                        .param("language", "en"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The document once nothing of it is being made any more: the report, and its annex if it has one. */
    private GeneratedDocument awaitAnnex(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> documents.find(id),
                    document -> document.status().done() && !document.working());
        } finally {
            TestSignIn.clear();
        }
    }

    private byte[] download(String address, long id, String mediaType) throws Exception {
        return mvc.perform(get(address, id).with(TestSignIn.as(Role.ME_OFFICER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", mediaType))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
