package org.ariadne.reporting.web;

import java.util.List;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The office's Reporting page (issue 12): reports waiting, sent back and accepted lately, and several accepted or
 * returned at once, each against the version the page showed.
 */
@AriadneIntegrationTest
class BulkReviewIntegrationTest extends ReportPageSupport {

    private void submitBoth() throws Exception {
        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Trained some officers");
        saveActivity(policeFocalPoint, plan.operations, 0, "COMPLETED", "Two joint operations");
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version",
                Integer.toString(reportVersion(policeFocalPoint))));
        var shelterFocalPoint = focalPoint(plan.shelter);
        send(shelterFocalPoint, post(page(plan.shelter) + "/activities/" + plan.beds).param("revision", "0")
                .param("status", "CONTINUOUS").param("narrative", "Beds ready").param("problems", "")
                .param("spending[0].kind", "STATE_BUDGET").param("spending[0].sourceInstitutionId", "")
                .param("spending[0].amount", ""));
        var version = read(shelterFocalPoint, page(plan.shelter)).selectFirst("#submit-form input[name=version]").val();
        send(shelterFocalPoint, post(page(plan.shelter) + "/submit").param("confirmed", "true").param("version", version));
    }

    /** The plan's card on the Reporting page. */
    private Document card(SignedInUser user) throws Exception {
        var page = read(user, "/reporting");
        var card = page.getElementById("plan-" + plan.planId);
        assertThat(card).as("the plan's card").isNotNull();
        return Jsoup.parse(card.outerHtml());
    }

    private List<String> ticks(Document card) {
        return card.select("input[name=report]").eachAttr("value");
    }

    /** Posts the bulk form, then shows the Reporting page with the message it left. */
    private Document bulk(SignedInUser user, String action, String comment, List<String> reports) throws Exception {
        var request = post("/reporting/plans/" + plan.planId + "/bulk").param("action", action);
        if (comment != null) {
            request.param("comment", comment);
        }
        reports.forEach(report -> request.param("report", report));
        var flash = send(user, request).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        var html = mvc.perform(get("/reporting").flashAttrs(flash).with(TestSignIn.as(user))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html);
    }

    @Test
    void theOfficerAcceptsTwoReportsAtOnceAndSeesThemAcceptedLately() throws Exception {
        submitBoth();
        var officer = person(Role.ME_OFFICER);
        var ticks = ticks(card(officer));
        assertThat(ticks).hasSize(2);

        var after = bulk(officer, "accept", null, ticks);

        assertThat(after.selectFirst(".flash.notice").text()).isEqualTo("2 reports accepted.");
        assertThat(after.select(".flash.problem")).isEmpty();
        var card = Jsoup.parse(after.getElementById("plan-" + plan.planId).outerHtml());
        assertThat(card.select("input[name=report]")).isEmpty();
        assertThat(card.text()).contains("Accepted in the last 30 days").contains(period.label());
    }

    @Test
    void aReportThatChangedSinceThePageWasOpenedIsLeftAndNamedWhileTheOtherIsAccepted() throws Exception {
        submitBoth();
        var officer = person(Role.ME_OFFICER);
        var ticks = ticks(card(officer));
        var coordinator = person(Role.COORDINATOR);
        var seen = read(coordinator).selectFirst("#return-form input[name=version]").val();
        send(coordinator, post(policePage() + "/return").param("version", seen).param("comment", "Add the numbers"));

        var after = bulk(officer, "accept", null, ticks);

        assertThat(after.selectFirst(".flash.notice").text()).isEqualTo("1 report accepted.");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        var police = institutions.get(plan.police).name();
        TestSignIn.clear();
        assertThat(after.selectFirst(".flash.problem").text()).startsWith("Not done: " + police + " " + period.label() + ": ");
        var card = Jsoup.parse(after.getElementById("plan-" + plan.planId).outerHtml());
        assertThat(card.text()).contains("Sent back, waiting for the institution");
    }

    @Test
    void returningSeveralNeedsTheCommentAndThenReturnsEachWithIt() throws Exception {
        submitBoth();
        var coordinator = person(Role.COORDINATOR);
        var ticks = ticks(card(coordinator));

        var refused = bulk(coordinator, "return", "  ", ticks);
        assertThat(refused.selectFirst(".flash.problem").text()).startsWith("Write the comment the institutions will read");
        assertThat(ticks(Jsoup.parse(refused.getElementById("plan-" + plan.planId).outerHtml()))).hasSize(2);

        var returned = bulk(coordinator, "return", "Please attach the attendance lists", ticks);
        assertThat(returned.selectFirst(".flash.notice").text()).isEqualTo("2 reports returned with your comment.");
        assertThat(read(policeFocalPoint).text()).contains("Please attach the attendance lists");
    }

    @Test
    void nothingTickedChangesNothing() throws Exception {
        submitBoth();
        var page = bulk(person(Role.ME_OFFICER), "accept", null, List.of("not-a-report"));
        assertThat(page.selectFirst(".flash.problem").text()).isEqualTo("Tick at least one report first; nothing was changed.");
    }
}
