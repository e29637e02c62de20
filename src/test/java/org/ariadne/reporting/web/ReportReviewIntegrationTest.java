package org.ariadne.reporting.web;

import org.ariadne.security.Role;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coordinator's office reviews a submitted report on its page: returns it with comments, accepts it, reopens it. */
@AriadneIntegrationTest
class ReportReviewIntegrationTest extends ReportPageSupport {

    @Test
    void returnedWithCommentsPerActivityCorrectedResubmittedAcceptedAndThenReadOnly() throws Exception {
        submitComplete();
        var officer = person(Role.ME_OFFICER);

        var review = read(officer);
        assertThat(review.select("#return-form, .accept-form")).hasSize(2);
        assertThat(review.selectFirst("textarea[name='activityComments[" + plan.training + "]']").attr("form"))
                .isEqualTo("return-form");
        // a return needs an overall comment; what the reviewer wrote stays on the page
        var refused = Jsoup.parse(send(officer, post(policePage() + "/return").param("version", version(officer))
                .param("comment", " ").param("activityComments[" + plan.training + "]", "How many officers?"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.selectFirst("#review .flash.problem").text())
                .isEqualTo("Write a comment that tells the institution what to correct.");
        assertThat(refused.selectFirst("textarea[name='activityComments[" + plan.training + "]']").text())
                .isEqualTo("How many officers?");

        send(officer, post(policePage() + "/return").param("version", version(officer))
                .param("comment", "Please complete the training numbers")
                .param("activityComments[" + plan.training + "]", "How many officers were trained?")
                .param("activityComments[" + plan.operations + "]", ""))
                .andExpect(redirectedUrl(policePage()));

        var returned = read(policeFocalPoint);
        assertThat(returned.selectFirst(".report-status").text()).isEqualTo("Returned for changes");
        assertThat(returned.selectFirst(".flash.warning").text()).contains("Please complete the training numbers");
        assertThat(returned.getElementById("a-" + plan.training).selectFirst(".reviewer-comment").text())
                .contains("How many officers were trained?");
        assertThat(returned.getElementById("a-" + plan.operations).select(".reviewer-comment")).isEmpty();
        assertThat(returned.selectFirst(".report-history").text()).contains("Returned for changes by");

        var revision = Integer.parseInt(returned.getElementById("a-" + plan.training).selectFirst("input[name=revision]").val());
        saveActivity(policeFocalPoint, plan.training, revision, "STARTED", "40 officers trained")
                .andExpect(status().is3xxRedirection());
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", Integer.toString(reportVersion(policeFocalPoint))))
                .andExpect(redirectedUrl(policePage()));

        var coordinator = person(Role.COORDINATOR);
        send(coordinator, post(policePage() + "/accept").param("version", version(coordinator)))
                .andExpect(redirectedUrl(policePage()));

        var accepted = read(policeFocalPoint);
        assertThat(accepted.selectFirst(".report-status").text()).isEqualTo("Accepted");
        assertThat(accepted.select("form[data-autosave], #submit-form, .evidence-upload, #return-form")).isEmpty();
        assertThat(accepted.getElementById("a-" + plan.training).text()).contains("40 officers trained");
        assertThat(accepted.selectFirst(".report-history").text()).contains("Accepted by");
        // saving anyway, with a hand-made request, is refused and changes nothing
        var refusedSave = Jsoup.parse(saveActivity(policeFocalPoint, plan.training, revision + 1, "COMPLETED", "Changed later")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refusedSave.text()).contains("cannot be changed now");
        assertThat(read(policeFocalPoint).getElementById("a-" + plan.training).text()).doesNotContain("Changed later");
        // a member of the National Authority reads it now, without any form
        var member = read(person(Role.MEMBER));
        assertThat(member.getElementById("a-" + plan.training).text()).contains("40 officers trained");
        assertThat(member.select("form[data-autosave], #return-form, #reopen, .evidence-upload")).isEmpty();
        // only the M&E officer is offered the reopening
        assertThat(read(coordinator).select("#reopen")).isEmpty();
        assertThat(read(officer).select("#reopen form")).hasSize(1);
    }

    @Test
    void theMeOfficerReopensAnAcceptedReportWithAReasonTheInstitutionSees() throws Exception {
        submitComplete();
        var officer = person(Role.ME_OFFICER);
        send(officer, post(policePage() + "/accept").param("version", version(officer)));

        var refused = Jsoup.parse(send(officer, post(policePage() + "/reopen").param("version", version(officer))
                .param("reason", "")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.selectFirst("#reopen .flash.problem").text()).startsWith("Write the reason for reopening");

        send(officer, post(policePage() + "/reopen").param("version", version(officer))
                .param("reason", "The number of operations was wrong")).andExpect(redirectedUrl(policePage()));

        var reopened = read(policeFocalPoint);
        assertThat(reopened.selectFirst(".report-status").text()).isEqualTo("Reopened for a correction");
        assertThat(reopened.selectFirst(".flash.info").text()).contains("The number of operations was wrong");
        assertThat(reopened.select("form[data-autosave]")).isNotEmpty();
        assertThat(reopened.selectFirst(".report-history").text()).contains("Reopened by")
                .contains("The number of operations was wrong");
    }

    @Test
    void aReviewerActingOnAnOlderVersionIsToldTheReportChanged() throws Exception {
        submitComplete();
        var officer = person(Role.ME_OFFICER);
        var seen = version(officer);
        send(person(Role.COORDINATOR), post(policePage() + "/return").param("version", seen).param("comment", "First"));
        saveActivity(policeFocalPoint, plan.training, 1, "COMPLETED", "Corrected");
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", Integer.toString(reportVersion(policeFocalPoint))));

        var page = Jsoup.parse(send(officer, post(policePage() + "/accept").param("version", seen))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.selectFirst("#review .flash.problem").text()).startsWith("Someone changed this report");
        assertThat(page.selectFirst(".report-status").text()).isEqualTo("Submitted");
    }

    private void submitComplete() throws Exception {
        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Trained some officers");
        saveActivity(policeFocalPoint, plan.operations, 0, "COMPLETED", "Two joint operations");
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", Integer.toString(reportVersion(policeFocalPoint))))
                .andExpect(redirectedUrl(policePage()));
    }

    private String version(org.ariadne.security.SignedInUser reviewer) throws Exception {
        var page = read(reviewer);
        var field = page.selectFirst("#return-form input[name=version], #reopen input[name=version]");
        return field.val();
    }
}
