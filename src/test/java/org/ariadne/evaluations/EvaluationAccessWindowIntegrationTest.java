package org.ariadne.evaluations;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The evaluator's access window, enforced by the facade with the application's clock: inside it every page of their
 * evaluation opens; once the officer edits the window so that it has closed, every evaluation URL answers 403 to them
 * (and the change is in the trail); an evaluator not on the team never opens it. Also: a recommendation is announced to
 * the tracker, and uploads are checked by content (empty, wrong type, too large, with macros or scripts).
 */
@AriadneIntegrationTest
@RecordApplicationEvents
class EvaluationAccessWindowIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    EvaluationTestKit kit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    BuiltPlan plan;
    SignedInUser evaluator;
    long evaluation;
    long member;

    @BeforeEach
    void anEvaluatorInsideTheirWindow() {
        plan = kit.plan();
        evaluator = kit.evaluator("Window Evaluator");
        evaluation = kit.evaluation(plan.id(), Unique.name("Windowed evaluation"));
        member = kit.assign(evaluation, evaluator, LocalDate.now().minusDays(30), LocalDate.now().plusDays(30));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private String base() {
        return "/evaluations/" + evaluation;
    }

    private long uploadedPdf() throws Exception {
        mvc.perform(multipart(base() + "/files").file(new MockMultipartFile("file", "evidence.pdf", "application/pdf", PDF))
                        .param("kind", "EVIDENCE").with(TestSignIn.as(evaluator)).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "evaluations.file.saved"));
        return jdbc.sql("select max(id) from evaluation_file where evaluation_id = ?").param(evaluation)
                .query(Long.class).single();
    }

    /** Every evaluation URL the evaluator could ask for, with what a form would send. */
    private List<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>> everyUrl(long file) {
        return List.<org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?>>of(get(base()), get(base() + "/matrix.csv"), get(base() + "/matrix.xlsx"),
                get(base() + "/files/" + file), get(base() + "/criteria/effectiveness"),
                post(base() + "/criteria/effectiveness").param("version", "0").param("judgement", "x"),
                get(base() + "/questions/new"), post(base() + "/questions/new").param("criterion", "IMPACT").param("text", "Q"),
                get(base() + "/statements/new"), post(base() + "/statements/new").param("kind", "FINDING").param("text", "F"),
                get(base() + "/recommendations/new"),
                post(base() + "/recommendations/new").param("reference", "R7").param("text", "T").param("language", "en")
                        .param("priority", "LOW"),
                multipart(base() + "/files").file(new MockMultipartFile("file", "e.pdf", "application/pdf", PDF)),
                get(base() + "/edit"), get(base() + "/team/new"), post(base() + "/status").param("version", "0")
                        .param("status", "IN_PROGRESS"));
    }

    @Test
    void insideTheWindowEveryPageOpensAndOnceTheWindowClosedEveryUrlAnswers403() throws Exception {
        long file = uploadedPdf();
        for (var url : everyUrl(file).subList(0, 5)) {
            mvc.perform(url.with(TestSignIn.as(evaluator)).with(csrf())).andExpect(status().isOk());
        }
        assertThat(Jsoup.parse(mvc.perform(get("/evaluations").with(TestSignIn.as(evaluator))).andReturn().getResponse()
                .getContentAsString()).select("#evaluation-list td a").eachAttr("href")).contains(base());

        // the officer edits the window so that it has closed yesterday
        var form = Jsoup.parse(mvc.perform(get(base() + "/team/" + member + "/edit").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        mvc.perform(post(base() + "/team/" + member + "/edit").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", form.selectFirst("#team-form input[name=version]").val())
                        .param("accessFrom", LocalDate.now().minusDays(30).toString())
                        .param("accessUntil", LocalDate.now().minusDays(1).toString()))
                .andExpect(flash().attribute("noticeKey", "evaluations.team.window-changed"));

        for (var url : everyUrl(file)) {
            var answer = mvc.perform(url.with(TestSignIn.as(evaluator)).with(csrf())).andReturn().getResponse();
            assertThat(answer.getStatus()).as(url.buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI()).isEqualTo(403);
        }
        assertThat(Jsoup.parse(mvc.perform(get("/evaluations").with(TestSignIn.as(evaluator))).andReturn().getResponse()
                .getContentAsString()).select("#evaluation-list td a")).as("no longer listed").isEmpty();
        var change = jdbc.sql("select before_state, after_state from audit_event where entity_type = ? and entity_id = ?"
                        + " and action = 'UPDATED'").param("evaluation-team-member").param(member)
                .query((row, n) -> row.getString(1) + " -> " + row.getString(2)).single();
        assertThat(change).contains(LocalDate.now().plusDays(30).toString(), LocalDate.now().minusDays(1).toString());
        assertThat(kit.read(evaluation).team().get(0).closed()).isTrue();
    }

    @Test
    void anEvaluatorNotOnTheTeamOpensNothingOfTheEvaluation() throws Exception {
        long file = uploadedPdf();
        var stranger = kit.evaluator("Stranger Evaluator");
        for (var url : everyUrl(file)) {
            var answer = mvc.perform(url.with(TestSignIn.as(stranger)).with(csrf())).andReturn().getResponse();
            assertThat(answer.getStatus()).isEqualTo(403);
        }
    }

    @Test
    void aWindowThatHasNotOpenedYetKeepsTheEvaluationClosed() throws Exception {
        var later = kit.evaluator("Later Evaluator");
        kit.assign(evaluation, later, LocalDate.now().plusDays(1), LocalDate.now().plusDays(20));
        mvc.perform(get(base()).with(TestSignIn.as(later))).andExpect(status().isForbidden());
    }

    @Test
    void aRecommendationIsSavedAndAnnouncedToTheTrackerOnce() throws Exception {
        mvc.perform(post(base() + "/recommendations/new").with(TestSignIn.as(evaluator)).with(csrf())
                        .param("reference", "R1").param("text", "Secure shelter funding.").param("language", "en")
                        .param("criterion", "SUSTAINABILITY").param("priority", "HIGH"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(base() + "/recommendations/new").with(TestSignIn.as(evaluator)).with(csrf())
                        .param("reference", "R1").param("text", "Refused duplicate.").param("language", "en")
                        .param("priority", "LOW"))
                .andExpect(status().isOk());

        var made = events.stream(EvaluationRecommendationMade.class).toList();
        assertThat(made).hasSize(1);
        var event = made.get(0);
        var saved = kit.read(evaluation).recommendations().get(0);
        assertThat(event.evaluationId()).isEqualTo(evaluation);
        assertThat(event.recommendationId()).isEqualTo(saved.id());
        assertThat(event.planId()).isEqualTo(plan.id());
        assertThat(event.reference()).isEqualTo("R1");
        assertThat(event.text()).isEqualTo("Secure shelter funding.");
        assertThat(event.language()).isEqualTo("en");
        assertThat(event.criterion()).isEqualTo("sustainability");
        assertThat(event.priority()).isEqualTo("high");
        assertThat(event.madeBy()).isEqualTo("Window Evaluator");
        assertThat(event.date()).isEqualTo(LocalDate.now());
    }

    @Test
    void uploadsAreCheckedByContentAndEachRefusalSaysWhy() throws Exception {
        long kept = uploadedPdf();
        var download = mvc.perform(get(base() + "/files/" + kept).with(TestSignIn.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(download.getContentAsByteArray()).isEqualTo(PDF);
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment");

        refused(new byte[0], "empty.pdf", "evaluations.refused.file-empty");
        refused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "report.pdf",
                "evaluations.refused.file-type");
        refused("%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\n%%EOF".getBytes(
                StandardCharsets.ISO_8859_1), "report.pdf", "evaluations.refused.file-macros");
        var huge = new byte[11 * 1024 * 1024];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        refused(huge, "huge.pdf", "evaluations.refused.file-too-large");
        refused(docx(true), "report.docx", "evaluations.refused.file-macros");
        var count = jdbc.sql("select count(*) from evaluation_file where evaluation_id = ?").param(evaluation)
                .query(Integer.class).single();
        assertThat(count).as("only the good PDF kept").isEqualTo(1);

        mvc.perform(multipart(base() + "/files").file(new MockMultipartFile("file", "report.docx", null, docx(false)))
                        .param("kind", "REPORT").with(TestSignIn.as(evaluator)).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "evaluations.file.saved"));
        mvc.perform(multipart(base() + "/files").file(new MockMultipartFile("file", "tor.pdf", null, PDF))
                        .param("kind", "TERMS_OF_REFERENCE").with(TestSignIn.as(evaluator)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void refused(byte[] content, String name, String key) throws Exception {
        mvc.perform(multipart(base() + "/files").file(new MockMultipartFile("file", name, "application/pdf", content))
                        .param("kind", "EVIDENCE").with(TestSignIn.as(evaluator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("problemKey", key));
    }

    private static byte[] docx(boolean macros) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>".getBytes());
            if (macros) {
                zip.putNextEntry(new ZipEntry("word/vbaProject.bin"));
                zip.write(new byte[] {1, 2, 3});
            }
        }
        return bytes.toByteArray();
    }
}
