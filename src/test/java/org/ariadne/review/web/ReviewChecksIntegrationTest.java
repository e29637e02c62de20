package org.ariadne.review.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reportingcycle.DeadlineRule;
import org.ariadne.reportingcycle.PeriodLength;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reportingcycle.ScheduleCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.IndicatorBuilder.anIndicator;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What the review points out to the officer beside each activity: what changed since the previous half-year (and
 * the filter that shows only those activities), doubts about the reported data, and money that does not add up.
 * A plan with quarterly reporting: the shelter's beds (budgeted, verified by the shelter register), the police's
 * joint operations and training (neither budgeted).
 */
@AriadneIntegrationTest
class ReviewChecksIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes();

    @Autowired
    MockMvc mvc;
    @Autowired
    PlanEditing planEditing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReviewEditing editing;

    long planId;
    String policeName;
    String shelterName;
    long police;
    long shelter;
    long beds;
    long operations;
    long training;
    long bedsAvailable;
    long operationsHeld;
    /** The last ended quarter, its half-year under review, and the two quarters of the half-year before. */
    PeriodView current;
    HalfYear half;
    List<PeriodView> before;

    @BeforeEach
    void plan() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        int year = LocalDate.now().getYear();
        var kit = new TestPlans(planEditing, institutions);
        police = kit.institution("Police", InstitutionType.POLICE);
        shelter = kit.institution("Shelter", InstitutionType.SHELTER_NGO);
        var today = LocalDate.now();
        current = null;
        var built = kit.build(aPlan().named("Checked plan").running(year - 1, year + 1)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Assistance")
                .withActivity(anActivity("A1.1.1", "Shelter beds").ledBy(shelter).verifiedBy("Shelter register")
                        .budget(year - 1, FundingSourceKind.STATE_BUDGET, null, "1000", null)
                        .budget(year, FundingSourceKind.STATE_BUDGET, null, "1000", null)
                        .budget(year + 1, FundingSourceKind.STATE_BUDGET, null, "1000", null)
                        .withIndicator(anIndicator("Beds available").reported(null)))
                .withActivity(anActivity("A1.1.2", "Joint operations").ledBy(police)
                        .withIndicator(anIndicator("Operations held").reported(null)))
                .withActivity(anActivity("A1.1.3", "Training of police officers").ledBy(police)));
        planId = built.id();
        policeName = institutions.directory().nameOf(police);
        shelterName = institutions.directory().nameOf(shelter);
        beds = built.element("A1.1.1");
        operations = built.element("A1.1.2");
        training = built.element("A1.1.3");
        bedsAvailable = built.indicator("Beds available");
        operationsHeld = built.indicator("Operations held");
        schedules.configure(planId, 0, new ScheduleCommand(true, PeriodLength.QUARTERLY, DeadlineRule.Kind.DAYS_AFTER,
                15, 5));
        var periods = schedules.periods(planId);
        current = periods.stream().filter(p -> p.endsOn().isBefore(today)).reduce((a, b) -> b).orElseThrow();
        half = HalfYear.containing(current.endsOn());
        before = periods.stream().filter(p -> half.previous().contains(p.endsOn())).toList();
        TestSignIn.clear();
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theOfficerFiltersTheReviewToWhatChangedSinceTheLastHalfYear() throws Exception {
        report(before.get(1), shelter, line(beds, ActivityStatus.STARTED, "Beds ordered", null, bedsAvailable, "20", false));
        report(current, shelter, line(beds, ActivityStatus.COMPLETED, "Beds in use", null, bedsAvailable, "37", true));
        report(before.get(1), police, line(operations, ActivityStatus.STARTED, "Two operations", null, operationsHeld, "2", false),
                line(training, ActivityStatus.STARTED, "First course", null, null, null, false));
        report(current, police, line(operations, ActivityStatus.STARTED, "Two more", null, operationsHeld, "2", false),
                line(training, ActivityStatus.STARTED, "Second course", null, null, null, false));
        rate(operations, half.previous(), 1);
        rate(operations, half, 2);
        var officer = TestSignIn.as(Role.ME_OFFICER);

        var all = page("/plans/" + planId + "/review?half=" + half.label(), officer);
        assertThat(all.select("#filter-show option[value=changed]").text())
                .isEqualTo("Changed since " + half.previous().label());
        assertThat(all.select("#a-" + training)).as("shown without the filter").hasSize(1);
        assertThat(all.select("#a-" + training + " .since-last-half")).isEmpty();

        var changed = page("/plans/" + planId + "/review?half=" + half.label() + "&show=changed", officer);
        assertThat(changed.select("article.review-activity").eachAttr("id"))
                .containsExactly("a-" + beds, "a-" + operations);
        var bedsChange = changed.select("#a-" + beds + " .since-last-half");
        assertThat(bedsChange.select("h5").text()).isEqualTo("Changed since " + half.previous().label());
        assertThat(bedsChange.select(".since-status").text()).contains("3 Has started").contains("4 Completed");
        assertThat(bedsChange.select(".since-value").text()).contains("Beds available (" + shelterName + ")")
                .contains("20, now 37");
        var operationsChange = changed.select("#a-" + operations + " .since-last-half");
        assertThat(operationsChange.select(".since-status")).as("started, still started").isEmpty();
        assertThat(operationsChange.select(".since-value")).as("2, still 2").isEmpty();
        assertThat(operationsChange.select(".since-rating").text()).contains("1 On track").contains("2 Difficulties");
        assertThat(changed.select("#filter-show option[selected]").val()).isEqualTo("changed");
        assertThat(changed.select("form.review-rating input[name=show]").eachAttr("value"))
                .as("a rating saved from the filtered view comes back to it").containsOnly("changed");

        var albanian = page("/plans/" + planId + "/review?half=" + half.label() + "&show=changed&lang=sq", officer);
        assertThat(albanian.select("#a-" + beds + " .since-last-half h5").text())
                .isEqualTo("Ndryshuar që nga " + half.previous().label());
    }

    @Test
    void theOfficerSeesDoubtsAboutTheReportedDataBesideTheActivity() throws Exception {
        report(before.get(0), shelter, line(beds, ActivityStatus.STARTED, "Beds ordered", null, bedsAvailable, "20", true));
        report(before.get(1), shelter, line(beds, ActivityStatus.STARTED, "Beds delivered", null, bedsAvailable, "22", true));
        report(current, shelter, line(beds, ActivityStatus.STARTED, "Beds in use", null, bedsAvailable, "90", false));
        report(current, police, line(operations, ActivityStatus.STARTED, null, null, operationsHeld, "2", false),
                line(training, ActivityStatus.NOT_STARTED, "Trainers not hired", null, null, null, false));
        rate(training, half, 1);
        var officer = TestSignIn.as(Role.ME_OFFICER);

        var screen = page("/plans/" + planId + "/review?half=" + half.label(), officer);

        // the value checks are the office's data-quality checks (built-in settings), worded with whose value it is
        var bedsDoubts = screen.select("#a-" + beds + " .quality-flags li.data-check").eachText();
        assertThat(bedsDoubts).anySatisfy(text -> assertThat(text)
                .startsWith("A1.1.1 Beds available (" + shelterName + "), ")
                .endsWith(": 90 is far from the previous values (median 21; more than 100 % away)."));
        assertThat(bedsDoubts).anySatisfy(text -> assertThat(text)
                .startsWith("A1.1.1 Beds available (" + shelterName + "), ")
                .endsWith("90 is reported without evidence, although the indicator's means of verification asks for it."));
        assertThat(bedsDoubts).hasSize(2);
        assertThat(screen.select("#a-" + beds + " .quality-flags a").attr("href"))
                .isEqualTo("/plans/" + planId + "/data-quality");
        assertThat(screen.select("#a-" + operations + " .quality-flags li").eachText())
                .containsExactly(policeName + " gave a status for " + current.label() + " but did not say what was done.");
        assertThat(screen.select("#a-" + training + " .quality-flags li").eachText()).containsExactly(
                "Rated 1 On track, but the activity has not started although it was due to.");

        var albanian = page("/plans/" + planId + "/review?half=" + half.label() + "&lang=sq", officer);
        assertThat(albanian.select("#a-" + operations + " .quality-flags h5").text()).isEqualTo("Kontrolloni të dhënat");
    }

    /**
     * One setting for both pages: the office turns the "far from the previous values" check off on its data-quality
     * page, and the review stops doubting the shelter's 90 (its missing evidence is still doubted).
     */
    @Test
    void whatTheOfficeTurnsOffOnItsDataQualityPageIsNoLongerDoubtedInTheReview() throws Exception {
        report(before.get(0), shelter, line(beds, ActivityStatus.STARTED, "Beds ordered", null, bedsAvailable, "20", true));
        report(before.get(1), shelter, line(beds, ActivityStatus.STARTED, "Beds delivered", null, bedsAvailable, "22", true));
        report(current, shelter, line(beds, ActivityStatus.STARTED, "Beds in use", null, bedsAvailable, "90", false));
        var officer = TestSignIn.as(Role.ME_OFFICER);
        var review = "/plans/" + planId + "/review?half=" + half.label();
        assertThat(page(review, officer).select("#a-" + beds + " li.data-check").eachText())
                .anyMatch(text -> text.contains("90 is far from the previous values"));

        mvc.perform(post("/plans/{id}/data-quality/rules", planId).param("kind", "FAR_FROM_PREVIOUS")
                        .param("enabled", "false").param("threshold", "100").with(officer).with(csrf()))
                .andExpect(flash().attribute("noticeKey", "dataquality.rules.saved"));

        var doubts = page(review, officer).select("#a-" + beds + " li.data-check").eachText();
        assertThat(doubts).noneMatch(text -> text.contains("far from the previous values"));
        assertThat(doubts).singleElement().asString().contains("90 is reported without evidence");
        assertThat(page(review, TestSignIn.as(Role.MEMBER)).select("#a-" + beds + " li.data-check").eachText())
                .as("a member reading the review sees the same doubts").isEqualTo(doubts);
    }

    @Test
    void theOfficerSeesSpendingAboveTheBudgetAndOnAnActivityNotStarted() throws Exception {
        report(before.get(1), shelter, line(beds, ActivityStatus.STARTED, "Beds ordered", "400", null, null, false));
        report(current, shelter, line(beds, ActivityStatus.STARTED, "Beds delivered", "1300", null, null, false));
        report(current, police, line(training, ActivityStatus.NOT_STARTED, "Trainers not hired", "50", null, null, false),
                line(operations, ActivityStatus.STARTED, "Two operations", null, null, null, false));
        var member = TestSignIn.as(Role.MEMBER);

        var screen = page("/plans/" + planId + "/review?half=" + half.label(), member);

        var spentThisYear = before.get(1).endsOn().getYear() == half.year() ? "1700" : "1300";
        assertThat(screen.select("#a-" + beds + " .money-flags li").eachText()).containsExactly(
                "Overspent in " + half.year() + ": " + spentThisYear + " spent against 1000 planned.");
        assertThat(screen.select("#a-" + training + " .money-flags li").eachText()).containsExactly(
                policeName + " reported spending 50 in " + current.label() + " while marking the activity not started.",
                "50 spent on an activity with no planned budget.");
        assertThat(screen.select("#a-" + operations + " .money-flags")).as("nothing spent, nothing to say").isEmpty();
    }

    @Test
    void theMonitoringMatrixFlagsTheSameMoneyForThoseWhoReadRatings() throws Exception {
        report(current, shelter, line(beds, ActivityStatus.STARTED, "Beds delivered", "1300", null, null, false));
        report(current, police, line(training, ActivityStatus.NOT_STARTED, "Trainers not hired", "50", null, null, false),
                line(operations, ActivityStatus.STARTED, "Two operations", null, null, null, false));
        var matrix = "/plans/" + planId + "/matrix";

        var page = page(matrix, TestSignIn.as(Role.COORDINATOR));

        assertThat(page.select("table.matrix tr:has(a:contains(A1.1.1)) .money-flags li").eachText())
                .as("last year's budget unspent, this year's overspent").containsExactly(
                        "Underspent in " + (half.year() - 1) + ": 0 spent of 1000 planned (0 %).",
                        "Overspent in " + half.year() + ": 1300 spent against 1000 planned.");
        assertThat(page.select("table.matrix tr:has(a:contains(A1.1.3)) .money-flags li").eachText()).containsExactly(
                policeName + " reported spending 50 in " + current.label() + " while marking the activity not started.",
                "50 spent on an activity with no planned budget.");
        assertThat(page.select("table.matrix tr:has(a:contains(A1.1.2)) .money-flags")).isEmpty();

        var focal = TestSignIn.user(Unique.username("police"), police, Role.FOCAL_POINT);
        assertThat(page(matrix, TestSignIn.as(focal)).select(".money-flags")).as("with the ratings, not for focal points")
                .isEmpty();
    }

    /** What an institution reports on one activity: status, narrative, spending, a value and evidence. */
    private record Line(long activity, ActivityStatus status, String narrative, String spent, Long indicator,
            String value, boolean evidence) {
    }

    private Line line(long activity, ActivityStatus status, String narrative, String spent, Long indicator,
            String value, boolean evidence) {
        return new Line(activity, status, narrative, spent, indicator, value, evidence);
    }

    /** The institution's report for the period, submitted and accepted. */
    private void report(PeriodView period, long institution, Line... lines) {
        var focal = TestSignIn.user(Unique.username("focal"), institution, Role.FOCAL_POINT);
        as(focal);
        for (var line : lines) {
            var spending = line.spent() == null ? List.<SpendingCommand>of()
                    : List.of(new SpendingCommand(FundingSourceKind.STATE_BUDGET, null, new BigDecimal(line.spent())));
            reports.saveActivity(period.id(), institution, line.activity(), 0,
                    new ActivityEntryCommand(line.status(), line.narrative(), null, spending));
            if (line.indicator() != null) {
                reports.saveValue(period.id(), institution, line.indicator(), period.startsOn(), 0,
                        new ValueCommand(new BigDecimal(line.value()), null, null, Map.of(), null));
            }
            if (line.evidence()) {
                reports.attach(period.id(), institution, line.activity(), "register.pdf", PDF);
            }
        }
        reports.submit(period.id(), institution, reports.sheet(period.id(), institution).reportVersion());
        TestSignIn.onThisThread(Role.COORDINATOR);
        reports.accept(period.id(), institution, reports.sheet(period.id(), institution).reportVersion());
        TestSignIn.clear();
    }

    private void rate(long activity, HalfYear halfYear, int rating) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            editing.rate(planId, activity, halfYear, null, new RatingCommand(rating, "Rated " + rating));
        } finally {
            TestSignIn.clear();
        }
    }

    private Document page(String path, org.springframework.test.web.servlet.request.RequestPostProcessor user)
            throws Exception {
        var response = mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return Jsoup.parse(response.getContentAsString());
    }

    private static void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
