package org.ariadne.reporting.web;

import java.time.LocalDate;

import org.ariadne.plan.Frequency;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The report form says everything that is wrong at once, each reason at its box and in the user's language, and
 * an indicator value is stored whole: its total and its parts together, or, when refused, not at all.
 */
@AriadneIntegrationTest
class ReportFormIntegrationTest extends ReportPageSupport {

    private static final String FEMALE_UNDER_18 = "parts[SEX=FEMALE|AGE_GROUP=UNDER_18].amount";
    private static final String FEMALE_ADULT = "parts[SEX=FEMALE|AGE_GROUP=ADULT].amount";
    private static final String MALE_ADULT = "parts[SEX=MALE|AGE_GROUP=ADULT].amount";

    @Test
    void everyProblemOfAnActivityIsShownAtOnceNextToItsBoxInAlbanian() throws Exception {
        var html = send(policeFocalPoint, post(activity(plan.training)).param("lang", "sq").param("revision", "0")
                .param("status", "STARTED").param("narrative", "x".repeat(8001))
                .param("spending[0].kind", "DONOR").param("spending[0].amount", "a lot")
                .param("spending[1].kind", "DONOR").param("spending[1].sourceInstitutionId", Long.toString(plan.shelter))
                .param("spending[1].amount", "")
                .param("spending[2].kind", "STATE_BUDGET").param("spending[2].amount", "-5"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById("a-" + plan.training);
        assertThat(block.selectFirst(".block-message.problem").text()).startsWith("Nuk u ruajt");
        assertThat(errorAt(block, "textarea[name=narrative]")).contains("8000");
        assertThat(errorAt(block, "input[name='spending[0].amount']"))
                .isEqualTo("„a lot” nuk është numër. Shkruani vetëm numrin, për shembull 1250,5.");
        assertThat(errorAt(block, "input[name='spending[1].amount']"))
                .isEqualTo("Shkruani shumën e shpenzuar ose zbrazni rreshtin.");
        assertThat(errorAt(block, "input[name='spending[2].amount']")).isEqualTo("Shkruani zero ose më shumë.");
        // the input as typed, each line where it was
        assertThat(block.selectFirst("input[name='spending[0].amount']").val()).isEqualTo("a lot");
        assertThat(block.selectFirst("select[name='spending[1].sourceInstitutionId'] option[selected]").val())
                .isEqualTo(Long.toString(plan.shelter));
        assertThat(block.selectFirst("input[name='spending[2].amount']").val()).isEqualTo("-5");
        assertThat(block.selectFirst("input[name=status][checked]").val()).isEqualTo("STARTED");
        assertThat(block.select(".field-error").eachText()).noneMatch(text -> text.contains("spending")
                || text.contains("narrative") || text.contains("typeMismatch"));
        assertThat(read(policeFocalPoint).getElementById("a-" + plan.training).select("input[name=status][checked]"))
                .isEmpty();
    }

    @Test
    void everyProblemOfAValueIsShownAtOnceAndTheReadableInputStays() throws Exception {
        var html = send(policeFocalPoint, post(victims()).param("revision", "0").param("total", "twelve")
                .param(FEMALE_UNDER_18, "a few").param(MALE_ADULT, "2").param("note", "n".repeat(2001)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        var block = Jsoup.parse(html).getElementById(victimsAnchor());
        assertThat(errorAt(block, "input[name=total]")).isEqualTo("\"twelve\" is not a number. Write only the number,"
                + " for example 1250.5.");
        assertThat(block.selectFirst("input[name='" + FEMALE_UNDER_18 + "']").parent().hasClass("invalid")).isTrue();
        assertThat(block.select(".field-error").eachText()).contains("\"a few\" is not a number. Write only the number,"
                + " for example 1250.5.");
        assertThat(errorAt(block, "input[name=note]")).contains("2000");
        assertThat(block.selectFirst("input[name=total]").val()).isEqualTo("twelve");
        assertThat(block.selectFirst("input[name='" + FEMALE_UNDER_18 + "']").val()).isEqualTo("a few");
        assertThat(block.selectFirst("input[name='" + MALE_ADULT + "']").val()).isEqualTo("2");
    }

    @Test
    void aTotalThatItsPartsDoNotAddUpToChangesNeitherTheStoredTotalNorTheStoredParts() throws Exception {
        send(policeFocalPoint, post(victims()).param("revision", "0").param("total", "")
                .param(FEMALE_UNDER_18, "2").param(MALE_ADULT, "1"))
                .andExpect(status().is3xxRedirection());

        // without the script: the page again with the typed values and the reason
        var html = send(policeFocalPoint, post(victims()).param("revision", "1").param("total", "10")
                .param(FEMALE_UNDER_18, "4").param(FEMALE_ADULT, "3").param(MALE_ADULT, ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).getElementById(victimsAnchor()).selectFirst(".block-message.problem").text())
                .isEqualTo("Not saved: The parts add up to 7, but the total is 10. Correct the total or the parts.");
        // with the script, as it saves while she types
        send(policeFocalPoint, post(victims()).header("HX-Request", "true").param("revision", "1").param("total", "10")
                .param(FEMALE_UNDER_18, "4").param(FEMALE_ADULT, "3"))
                .andExpect(status().isUnprocessableContent()).andExpect(header().string("Ariadne-Save", "refused"));

        var stored = read(policeFocalPoint).getElementById(victimsAnchor());
        assertThat(stored.selectFirst("input[name=total]").val()).isEqualTo("3");
        assertThat(stored.selectFirst("input[name='" + FEMALE_UNDER_18 + "']").val()).isEqualTo("2");
        assertThat(stored.selectFirst("input[name='" + MALE_ADULT + "']").val()).isEqualTo("1");
        assertThat(stored.selectFirst("input[name='" + FEMALE_ADULT + "']").val()).isEmpty();
        assertThat(stored.selectFirst("input[name=revision]").val()).isEqualTo("1");
    }

    @Test
    void numbersAreReadAsTheUsersLanguageWritesThem() throws Exception {
        send(policeFocalPoint, post(victims()).param("lang", "sq").param("revision", "0").param("total", "1.250,5")
                .param(FEMALE_UNDER_18, "1.000").param(MALE_ADULT, "250,5"))
                .andExpect(status().is3xxRedirection());

        var stored = read(policeFocalPoint, policePage() + "?lang=en").getElementById(victimsAnchor());
        assertThat(stored.selectFirst("input[name=total]").val()).isEqualTo("1250.5");
        assertThat(stored.selectFirst("input[name='" + FEMALE_UNDER_18 + "']").val()).isEqualTo("1000");
    }

    @Test
    void anIndicatorCollectedHalfYearlyOrYearlySaysWhenItIsNextDueInsteadOfShowingNothing() throws Exception {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var built = new TestPlans(editing, institutions).build(aPlan().named("Collection plan").running(year - 1, year)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Hotline").ledBy(plan.police)
                        .withIndicator(anIndicator("Calls answered").reported(Frequency.HALF_YEARLY))
                        .withIndicator(anIndicator("Hotline audit done").reported(Frequency.YEARLY))));
        schedules.configure(built.id(), 0, new ScheduleCommand(true, PeriodLength.QUARTERLY,
                DeadlineRule.Kind.DAYS_AFTER, 15, 5));
        // the first quarter: January to March of last year
        var firstQuarter = schedules.periods(built.id()).get(0);
        TestSignIn.clear();

        var page = "/reporting/" + firstQuarter.id() + "/institutions/" + plan.police;
        var english = read(policeFocalPoint, page + "?lang=en");
        assertThat(english.select(".indicator .not-due").eachText()).containsExactly(
                "Collected half-yearly; next due for " + (year - 1) + "-H1.",
                "Collected yearly; next due for " + (year - 1) + ".");
        var albanian = read(policeFocalPoint, page + "?lang=sq");
        assertThat(albanian.select(".indicator .not-due").eachText()).containsExactly(
                "Mblidhet çdo gjashtëmujor; herën tjetër jepet për " + (year - 1) + "-H1.",
                "Mblidhet një herë në vit; herën tjetër jepet për " + (year - 1) + ".");
    }

    /** The reason shown with a box: in its field or cell. */
    private static String errorAt(Element block, String box) {
        var field = block.selectFirst(box).parent();
        assertThat(field.hasClass("invalid")).as("%s is marked", box).isTrue();
        return field.selectFirst(".field-error").text();
    }
}
