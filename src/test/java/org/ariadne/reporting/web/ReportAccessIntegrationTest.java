package org.ariadne.reporting.web;

import java.util.List;
import java.util.Map;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every address of the report pages checks, on the server, who is asking: a focal point reaches only their own
 * institution's report, a member reads accepted reports only, an evaluator reads what was submitted but changes
 * nothing. Hidden fields and addresses typed by hand do not get around it.
 */
@AriadneIntegrationTest
class ReportAccessIntegrationTest extends ReportPageSupport {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Test
    void aFocalPointOfAnotherInstitutionGetsNoAccessToAnythingOfThePoliceReport() throws Exception {
        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Police text").andExpect(status().is3xxRedirection());
        upload(policeFocalPoint, plan.police, plan.training).andExpect(status().is3xxRedirection());
        var evidence = evidenceId();
        var shelter = focalPoint(plan.shelter);

        for (var request : everyRequestOnThePoliceReport(evidence)) {
            var status = mvc.perform(request.getValue().with(csrf()).with(TestSignIn.as(shelter))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(request.getKey()).isEqualTo(403);
        }
        // and the shelter's own report is theirs
        read(shelter, page(plan.shelter));

        var after = read(policeFocalPoint);
        assertThat(after.getElementById("a-" + plan.training).selectFirst("textarea[name=narrative]").text())
                .isEqualTo("Police text");
        assertThat(after.select("a[href=/reporting/evidence/" + evidence + "]")).hasSize(1);
        assertThat(after.selectFirst(".report-status").text()).isEqualTo("Draft");
    }

    @Test
    void aMemberCannotOpenADraftReportNorSendAnythingToIt() throws Exception {
        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Police text");
        upload(policeFocalPoint, plan.police, plan.training);
        var member = person(Role.MEMBER);

        for (var request : everyRequestOnThePoliceReport(evidenceId())) {
            var status = mvc.perform(request.getValue().with(csrf()).with(TestSignIn.as(member))).andReturn()
                    .getResponse().getStatus();
            assertThat(status).as(request.getKey()).isEqualTo(403);
        }
    }

    @Test
    void anEvaluatorReadsASubmittedReportButCannotChangeOrReviewIt() throws Exception {
        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Police text");
        saveActivity(policeFocalPoint, plan.operations, 0, "COMPLETED", "Done");
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", Integer.toString(reportVersion(policeFocalPoint))))
                .andExpect(status().is3xxRedirection());
        var evaluator = person(Role.EVALUATOR);

        var page = read(evaluator);
        assertThat(page.selectFirst(".report-status").text()).isEqualTo("Submitted");
        assertThat(page.select("form[data-autosave], #submit-form, #return-form, .accept-form, #reopen")).isEmpty();
        assertThat(page.getElementById("a-" + plan.training).text()).contains("Police text");
        var version = "1";
        for (var request : List.of(
                post(activity(plan.training)).param("revision", "1").param("status", "COMPLETED"),
                post(victims()).param("revision", "0").param("total", "3"),
                post(policePage() + "/submit").param("confirmed", "true").param("version", version),
                post(policePage() + "/return").param("version", version).param("comment", "Evaluator says"),
                post(policePage() + "/accept").param("version", version),
                post(policePage() + "/reopen").param("version", version).param("reason", "Evaluator says"))) {
            mvc.perform(request.with(csrf()).with(TestSignIn.as(evaluator))).andExpect(status().isForbidden());
        }
        assertThat(read(evaluator).selectFirst(".report-status").text()).isEqualTo("Submitted");
    }

    @Test
    void theCoordinatorsOfficeReadsADraftButOnlyTheInstitutionFillsItIn() throws Exception {
        var officer = person(Role.ME_OFFICER);

        var page = read(officer);
        assertThat(page.select("form[data-autosave]")).isEmpty();
        send(officer, post(activity(plan.training)).param("revision", "0").param("status", "COMPLETED"))
                .andExpect(status().isForbidden());
        send(officer, post(activity(plan.training)).header("HX-Request", "true").param("revision", "0")
                .param("status", "COMPLETED")).andExpect(status().isForbidden());
        assertThat(read(policeFocalPoint).getElementById("a-" + plan.training).select("input[name=status][checked]"))
                .isEmpty();
    }

    /** Each request a browser (or someone typing addresses) could send about the police report, by name. */
    private List<Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>>> everyRequestOnThePoliceReport(long evidence) {
        return List.<Map.Entry<String, AbstractMockHttpServletRequestBuilder<?>>>of(
                Map.entry("open the report", get(policePage())),
                Map.entry("save an activity", post(activity(plan.training)).param("revision", "1")
                        .param("status", "COMPLETED").param("narrative", "Taken over")),
                Map.entry("autosave an activity", post(activity(plan.training)).header("HX-Request", "true")
                        .param("revision", "1").param("status", "COMPLETED")),
                Map.entry("save a value", post(victims()).param("revision", "0").param("total", "99")),
                Map.entry("autosave a value", post(victims()).header("HX-Request", "true").param("revision", "0")
                        .param("total", "99")),
                Map.entry("save unreadable input", post(victims()).param("revision", "0").param("total", "many")),
                Map.entry("submit", post(policePage() + "/submit").param("confirmed", "true").param("version", "0")),
                Map.entry("upload evidence", multipart(policePage() + "/evidence")
                        .file(new MockMultipartFile("file", "other.pdf", "application/pdf", PDF))
                        .param("activityId", Long.toString(plan.training))),
                Map.entry("download evidence", get("/reporting/evidence/" + evidence)),
                // the way back names the shelter's own page: it must not matter
                Map.entry("remove evidence", post("/reporting/evidence/" + evidence + "/delete")
                        .param("periodId", Long.toString(period.id())).param("institutionId", Long.toString(plan.shelter))
                        .param("activityId", Long.toString(plan.beds))),
                Map.entry("return", post(policePage() + "/return").param("version", "0").param("comment", "Taken over")),
                Map.entry("accept", post(policePage() + "/accept").param("version", "0")),
                Map.entry("reopen", post(policePage() + "/reopen").param("version", "0").param("reason", "Taken over")));
    }

    private org.springframework.test.web.servlet.ResultActions upload(SignedInUser user, long institution, long activityId)
            throws Exception {
        return mvc.perform(multipart(page(institution) + "/evidence")
                .file(new MockMultipartFile("file", "participants.pdf", "application/pdf", PDF))
                .param("activityId", Long.toString(activityId)).with(csrf()).with(TestSignIn.as(user)));
    }

    private long evidenceId() throws Exception {
        var link = read(policeFocalPoint).selectFirst(".evidence-files a").attr("href");
        return Long.parseLong(link.substring(link.lastIndexOf('/') + 1));
    }
}
