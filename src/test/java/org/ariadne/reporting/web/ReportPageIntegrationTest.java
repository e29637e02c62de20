package org.ariadne.reporting.web;

import org.ariadne.support.AriadneIntegrationTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A focal point fills in the report part by part through the forms, without JavaScript, and submits it. */
@AriadneIntegrationTest
class ReportPageIntegrationTest extends ReportPageSupport {

    @Test
    void theFocalPointSavesPartsSeesThemAfterReloadingAndSubmitsOnceEveryActivityHasAStatus() throws Exception {
        var before = read(policeFocalPoint);
        assertThat(before.select("#missing-box li.required-item")).hasSize(2);
        assertThat(before.selectFirst("#submit-form button").hasAttr("disabled")).isTrue();

        saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Trained 40 officers in Prizren")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(policePage() + "#a-" + plan.training));
        send(policeFocalPoint, post(victims()).param("revision", "0").param("total", "")
                .param("parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount", "2").param("parts[SEX=FEMALE|AGE_GROUP=ADULT].amount", "3")
                .param("parts[SEX=MALE|AGE_GROUP=UNDER_18].amount", "").param("parts[SEX=MALE|AGE_GROUP=ADULT].amount", "1")
                .param("note", "From the case register"))
                .andExpect(redirectedUrl(policePage() + "#" + victimsAnchor()));

        var after = read(policeFocalPoint);
        var training = after.getElementById("a-" + plan.training);
        assertThat(training.selectFirst("input[name=status][checked]").val()).isEqualTo("STARTED");
        assertThat(training.selectFirst("textarea[name=narrative]").text()).isEqualTo("Trained 40 officers in Prizren");
        assertThat(training.selectFirst("input[name=revision]").val()).isEqualTo("1");
        var victims = after.getElementById(victimsAnchor());
        assertThat(victims.selectFirst("input[name=total]").val()).isEqualTo("6");
        assertThat(victims.selectFirst("input[name='parts[SEX=FEMALE|AGE_GROUP=ADULT].amount']").val()).isEqualTo("3");
        assertThat(victims.selectFirst("input[name=note]").val()).isEqualTo("From the case register");
        // what is left: the other activity's status and the values not given yet, each with a link to its place
        assertThat(after.select("#missing-box li.required-item a")).singleElement()
                .satisfies(link -> assertThat(link.attr("href")).isEqualTo("#a-" + plan.operations));
        assertThat(after.select("#missing-box a[href=\"#" + victimsAnchor() + "\"]")).isEmpty();
        assertThat(after.select("#missing-box li")).hasSize(1 + 2 + 1);

        // submitting now is refused with the reason, and the report stays a draft
        var refused = Jsoup.parse(send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.selectFirst("#submit-box .flash.problem").text()).contains("One activity has no status yet");
        assertThat(read(policeFocalPoint).selectFirst(".report-status").text()).isEqualTo("Draft");

        saveActivity(policeFocalPoint, plan.operations, 0, "COMPLETED", "Two joint operations")
                .andExpect(status().is3xxRedirection());
        var complete = read(policeFocalPoint);
        assertThat(complete.selectFirst("#submit-form button").hasAttr("disabled")).isFalse();
        assertThat(complete.selectFirst("#submit-form button").attr("data-confirm"))
                .isEqualTo("Submit the report for " + period.label() + "? Once submitted it is locked: you can change it "
                        + "again only if the office returns it.");
        // without JavaScript there is no dialog: the server asks on a page of its own and nothing is submitted yet
        var version = Integer.toString(reportVersion(policeFocalPoint));
        var asked = Jsoup.parse(send(policeFocalPoint, post(policePage() + "/submit").param("version", version))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(asked.selectFirst("h1").text()).isEqualTo("Submit the report for " + period.label() + "?");
        assertThat(asked.select("form input[name=confirmed]").val()).isEqualTo("true");
        assertThat(asked.select("form input[name=version]").val()).isEqualTo(version);
        assertThat(read(policeFocalPoint).selectFirst(".report-status").text()).isEqualTo("Draft");
        send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", version))
                .andExpect(redirectedUrl(policePage()));

        var submitted = read(policeFocalPoint);
        assertThat(submitted.selectFirst(".report-status").text()).isEqualTo("Submitted");
        assertThat(submitted.select("form[data-autosave]")).isEmpty();
        assertThat(submitted.select("#submit-form")).isEmpty();
        assertThat(submitted.selectFirst(".report-history").text()).contains("Submitted by");
    }

    @Test
    void afterASaveThePageSaysSoInThePartItWentBackTo() throws Exception {
        var flash = saveActivity(policeFocalPoint, plan.training, 0, "STARTED", "Done")
                .andReturn().getFlashMap();

        var html = mvc.perform(get(policePage()).flashAttrs(flash)
                        .with(org.ariadne.security.TestSignIn.as(policeFocalPoint)))
                .andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById("a-" + plan.training);
        assertThat(block.selectFirst(".block-message.notice").text()).startsWith("Saved at ");
    }

    @Test
    void partsThatDoNotAddUpAreRefusedAndTheTypedPartsStayOnThePage() throws Exception {
        var html = send(policeFocalPoint, post(victims()).param("revision", "0").param("total", "7")
                .param("parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount", "2").param("parts[SEX=MALE|AGE_GROUP=ADULT].amount", "1")
                .param("note", "Checked twice"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById(victimsAnchor());
        assertThat(block.selectFirst(".block-message.problem").text())
                .isEqualTo("Not saved: The parts add up to 3, but the total is 7. Correct the total or the parts.");
        assertThat(block.selectFirst("input[name=total]").val()).isEqualTo("7");
        assertThat(block.selectFirst("input[name='parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount']").val()).isEqualTo("2");
        assertThat(block.selectFirst("input[name='parts[SEX=MALE|AGE_GROUP=ADULT].amount']").val()).isEqualTo("1");
        assertThat(block.selectFirst("input[name=note]").val()).isEqualTo("Checked twice");
        assertThat(Jsoup.parse(html).selectFirst(".flash.problem a").attr("href")).isEqualTo("#" + victimsAnchor());
        // nothing was saved
        assertThat(read(policeFocalPoint).getElementById(victimsAnchor()).selectFirst("input[name=total]").val()).isEmpty();
    }

    @Test
    void whatCannotBeReadAsANumberIsKeptAsTypedWithTheReasonNextToIt() throws Exception {
        var html = send(policeFocalPoint, post(activity(plan.training)).param("revision", "0").param("status", "STARTED")
                .param("narrative", "Bought training material").param("spending[0].kind", "DONOR")
                .param("spending[0].sourceInstitutionId", Long.toString(plan.shelter))
                .param("spending[0].amount", "a lot"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById("a-" + plan.training);
        assertThat(block.selectFirst("input[name='spending[0].amount']").val()).isEqualTo("a lot");
        assertThat(block.selectFirst("select[name='spending[0].kind'] option[selected]").val()).isEqualTo("DONOR");
        assertThat(block.selectFirst("textarea[name=narrative]").text()).isEqualTo("Bought training material");
        assertThat(block.selectFirst("input[name=status][checked]").val()).isEqualTo("STARTED");
        assertThat(block.selectFirst("td.invalid .field-error").text()).contains("\"a lot\" is not a number");
        assertThat(read(policeFocalPoint).getElementById("a-" + plan.training).select("input[name=status][checked]"))
                .isEmpty();
    }

    @Test
    void fundsSpentAreSavedLineByLineWithANewEmptyLineOffered() throws Exception {
        send(policeFocalPoint, post(activity(plan.training)).param("revision", "0").param("status", "STARTED")
                .param("spending[0].kind", "DONOR").param("spending[0].sourceInstitutionId", Long.toString(plan.shelter))
                .param("spending[0].amount", "1 250,50")
                .param("spending[1].kind", "STATE_BUDGET").param("spending[1].amount", ""))
                .andExpect(status().is3xxRedirection());

        var block = read(policeFocalPoint).getElementById("a-" + plan.training);
        assertThat(block.select("tr[data-spending-row]")).hasSize(2);
        assertThat(block.selectFirst("input[name='spending[0].amount']").val()).isEqualTo("1250.5");
        assertThat(block.selectFirst("select[name='spending[0].sourceInstitutionId'] option[selected]").val())
                .isEqualTo(Long.toString(plan.shelter));
        assertThat(block.selectFirst("input[name='spending[1].amount']").val()).isEmpty();
    }

    @Test
    void theScriptsSaveAnswersTheStatusLineWithTheNewRevisionAndTheMissingBox() throws Exception {
        var answer = send(policeFocalPoint, post(activity(plan.training)).header("HX-Request", "true")
                .param("revision", "0").param("status", "COMPLETED").param("narrative", "All done"))
                .andExpect(status().isOk())
                .andExpect(header().string("Ariadne-Save", "saved"))
                .andExpect(header().string("Ariadne-Revision", "1"))
                .andReturn().getResponse().getContentAsString();

        var fragment = Jsoup.parseBodyFragment(answer);
        assertThat(fragment.selectFirst("[data-outcome=saved]").text()).startsWith("Saved at ");
        assertThat(fragment.selectFirst("#missing-box").attr("hx-swap-oob")).isEqualTo("true");
        assertThat(fragment.select("#missing-box li.required-item")).hasSize(1);
        assertThat(fragment.select("header.topbar, main, section")).isEmpty();

        send(policeFocalPoint, post(activity(plan.training)).header("HX-Request", "true")
                .param("revision", "1").param("status", "COMPLETED").param("narrative", "All done, report attached"))
                .andExpect(header().string("Ariadne-Revision", "2"));
    }

    @Test
    void aStaleRevisionAnswersWhoSavedMeanwhileAndOverwritesNothing() throws Exception {
        var colleague = focalPoint(plan.police);
        saveActivity(colleague, plan.training, 0, "STARTED", "My colleague's text").andExpect(status().is3xxRedirection());

        var answer = send(policeFocalPoint, post(activity(plan.training)).header("HX-Request", "true")
                .param("revision", "0").param("status", "COMPLETED").param("narrative", "My text"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Ariadne-Save", "conflict"))
                .andExpect(header().string("Ariadne-Revision", "1"))
                .andReturn().getResponse().getContentAsString();

        var fragment = Jsoup.parseBodyFragment(answer);
        assertThat(fragment.selectFirst("[data-outcome=conflict]").text())
                .startsWith(colleague.getUsername() + " saved this part at ").contains("Nothing was overwritten");
        assertThat(fragment.selectFirst(".theirs").text()).contains("My colleague's text").contains("3 · Has started");
        assertThat(fragment.selectFirst("[data-conflict=keep]").attr("data-revision")).isEqualTo("1");
        var saved = read(policeFocalPoint).getElementById("a-" + plan.training);
        assertThat(saved.selectFirst("textarea[name=narrative]").text()).isEqualTo("My colleague's text");
    }

    @Test
    void aSaveArrivingTwiceBecauseItsAnswerWasLostIsAnsweredAsSaved() throws Exception {
        for (int attempt = 0; attempt < 2; attempt++) {
            send(policeFocalPoint, post(victims()).header("HX-Request", "true").param("revision", "0")
                    .param("total", "").param("parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount", "2,0")
                    .param("parts[SEX=MALE|AGE_GROUP=ADULT].amount", "1").param("note", " From the register "))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Ariadne-Save", "saved"))
                    .andExpect(header().string("Ariadne-Revision", "1"));
        }
        // a different value on the same old revision is still a conflict
        send(policeFocalPoint, post(victims()).header("HX-Request", "true").param("revision", "0")
                .param("total", "4").param("note", "From the register"))
                .andExpect(status().isConflict());
    }

    @Test
    void withoutTheScriptAConflictShowsBothVersionsAndSavingAgainIsDeliberate() throws Exception {
        var colleague = focalPoint(plan.police);
        saveActivity(colleague, plan.training, 0, "STARTED", "My colleague's text");

        var html = saveActivity(policeFocalPoint, plan.training, 0, "COMPLETED", "My text")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById("a-" + plan.training);
        assertThat(block.selectFirst(".block-message.problem").text()).startsWith(colleague.getUsername() + " saved");
        assertThat(block.selectFirst("textarea[name=narrative]").text()).isEqualTo("My text");
        assertThat(block.selectFirst(".theirs").text()).contains("My colleague's text");
        assertThat(block.selectFirst("input[name=revision]").val()).isEqualTo("1");

        saveActivity(policeFocalPoint, plan.training, 1, "COMPLETED", "My text").andExpect(status().is3xxRedirection());
        assertThat(read(policeFocalPoint).getElementById("a-" + plan.training).selectFirst("textarea[name=narrative]")
                .text()).isEqualTo("My text");
    }

    @Test
    void theScriptsSaveOfUnreadableInputIsRefusedWithTheReasons() throws Exception {
        var answer = send(policeFocalPoint, post(victims()).header("HX-Request", "true").param("revision", "0")
                .param("total", "twelve"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Ariadne-Save", "refused"))
                .andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parseBodyFragment(answer).text()).contains("Not saved").contains("\"twelve\" is not a number");
    }

    @Test
    void anActivityOfAnotherInstitutionCannotBeSavedIntoThisReport() throws Exception {
        var html = saveActivity(policeFocalPoint, plan.beds, 0, "COMPLETED", "Beds taken over")
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).selectFirst(".flash.problem").text())
                .isEqualTo("Not saved: activity " + plan.beds + " is not part of this report.");
        assertThat(read(focalPoint(plan.shelter), page(plan.shelter)).getElementById("a-" + plan.beds)
                .select("input[name=status][checked]")).isEmpty();
    }

    @Test
    void submittingAReportNothingWasSavedInYetSaysWhatToDo() throws Exception {
        var html = send(policeFocalPoint, post(policePage() + "/submit").param("confirmed", "true").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Jsoup.parse(html).selectFirst("#submit-box .flash.problem").text())
                .startsWith("Nothing of this report is saved yet.");
    }

    @Test
    void thePageSpeaksAlbanianWhenAskedTo() throws Exception {
        var page = read(policeFocalPoint, policePage() + "?lang=sq");

        assertThat(page.selectFirst("#submit-form button").text()).isEqualTo("Dorëzo raportin");
        assertThat(page.selectFirst("#missing-box h2").text()).isEqualTo("Çfarë mungon ende");
        var training = page.getElementById("a-" + plan.training);
        assertThat(training.select("fieldset.status-choice label span").eachText())
                .containsExactly("1 · Nuk ka filluar", "2 · Në vazhdimësi", "3 · Ka filluar", "4 · Përfunduar");
        assertThat(training.selectFirst("label[for$=narrative]").text()).isEqualTo("Çfarë u bë gjatë periudhës");
        assertThat(page.getElementById(victimsAnchor()).selectFirst("legend").text()).isEqualTo(
                org.ariadne.reporting.web.ReportTexts.span(period.startsOn(), period.startsOn().plusMonths(1).minusDays(1),
                        java.util.Locale.forLanguageTag("sq")));
        assertThat(page.getElementById(victimsAnchor()).select("th[scope=row]").eachText()).contains("Femra", "Meshkuj");
    }

    @Test
    void theReportingHomeListsTheFocalPointsPeriodsNewestFirstWithLinksToTheirReports() throws Exception {
        var title = planTitle();
        var home = read(policeFocalPoint, "/reporting");

        var card = home.select(".card").stream().filter(c -> c.text().contains(title)).findFirst().orElseThrow();
        var links = card.select("tbody a[href^=/reporting/]").eachAttr("href");
        assertThat(links).contains(policePage());
        assertThat(links).allMatch(link -> link.endsWith("/institutions/" + plan.police));
        assertThat(links.indexOf(policePage())).isLessThan(links.size() - 1);
    }

    private String planTitle() throws Exception {
        return read(policeFocalPoint).selectFirst(".breadcrumbs a[href^=/plans/]").text();
    }
}
