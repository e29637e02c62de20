package org.ariadne.demo;

import org.ariadne.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Duration;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The README's first command: on an empty embedded database the demo loads, the documented accounts sign in, and
 * the demo plan and its two years of reports are there. Runs on its own in-memory database, as a first run would.
 */
@SpringBootTest(properties = {"ariadne.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:ariadne-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DemoDataIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /**
     * What the README invites the officer to try on the demo plan, whose data has the gaps of a real plan (activities
     * without a lead institution, indicators without baseline): its dashboards open, and its annual report of 2016
     * is generated and holds the activities.
     */
    @Test
    void theDemoPlansDashboardsOpenAndItsAnnualReportIsGenerated() throws Exception {
        var login = mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();

        for (var page : new String[] {"/plans/" + planId + "/dashboard?year=2016", "/plans/" + planId + "/dashboard",
                "/plans/" + planId + "/budget?year=2016", "/plans/" + planId + "/review"}) {
            mvc.perform(get(page).session(session)).andExpect(status().isOk());
        }

        var location = mvc.perform(post("/plans/{id}/documents", planId).session(session).with(csrf())
                        .param("kind", "annual-report").param("year", "2016").param("language", "en"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/documents/");
        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInSameThread().until(() -> {
            var page = mvc.perform(get(location).session(session)).andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain("could not be made");
            return page.contains("download-pdf");
        });
        var pdf = mvc.perform(get(location + "/download.pdf").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            var activity = jdbc.sql("select title from activity order by id").query(String.class).list().get(0);
            assertThat(text).contains("Annualimplementationreport2016", activity.replaceAll("\\s+", ""));
            // the report names the money that does not add up as the budget page of the year does
            var budget = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId + "/budget?year=2016").session(session))
                    .andReturn().getResponse().getContentAsString());
            assertThat(text).contains("Moneythatdoesnotaddup");
            var flagged = budget.select("#money-flags tbody tr");
            assertThat(flagged).as("2016 in the demo has money that does not add up").isNotEmpty();
            for (var row : flagged) {
                var code = row.child(0).text().split(" ")[0];
                var finding = row.child(3).text().replaceAll("\\s+", "");
                assertThat(text).as(row.text()).containsPattern(java.util.regex.Pattern.quote(code) + ".{0,400}?"
                        + java.util.regex.Pattern.quote(finding));
            }
        }
    }

    /**
     * Issue 12, item 7: the demo plan's years are over, and its budget page names the objectives and activities whose
     * money does not add up; each finding agrees with the figures printed beside it.
     */
    @Test
    void theDemoBudgetPageFlagsOverspendingAndUnderspendingAsTheFiguresSay() throws Exception {
        var login = mvc.perform(formLogin().user("member").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();

        var findings = new java.util.HashSet<String>();
        for (var page : new String[] {"/plans/" + planId + "/budget", "/plans/" + planId + "/budget?year=2016"}) {
            var html = org.jsoup.Jsoup.parse(mvc.perform(get(page).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString());
            // at most 25 activities, the largest difference between spent and planned first
            var deviations = html.select("#money-flags tbody tr.activity-money").stream()
                    .map(row -> new java.math.BigDecimal(row.child(2).text().replace(",", ""))
                            .subtract(new java.math.BigDecimal(row.child(1).text().replace(",", ""))).abs())
                    .toList();
            assertThat(deviations).hasSizeLessThanOrEqualTo(25)
                    .isSortedAccordingTo(java.util.Comparator.<java.math.BigDecimal>naturalOrder().reversed());
            for (var row : html.select("#money-flags tbody tr")) {
                var planned = new java.math.BigDecimal(row.child(1).text().replace(",", ""));
                var spent = new java.math.BigDecimal(row.child(2).text().replace(",", ""));
                var finding = row.child(3).text();
                findings.add(finding);
                if (finding.equals("Overspent")) {
                    assertThat(spent).as(row.text()).isGreaterThan(planned);
                } else if (finding.startsWith("Underspent")) {
                    assertThat(spent.multiply(java.math.BigDecimal.valueOf(2))).as(row.text()).isLessThan(planned);
                } else {
                    assertThat(finding).as(row.text()).isEqualTo("Spent without a budget");
                    assertThat(planned.signum()).as(row.text()).isZero();
                }
            }
        }
        assertThat(findings).as("findings on the demo's budget pages").contains("Overspent")
                .anyMatch(finding -> finding.startsWith("Underspent"));
    }

    /** finance: the demo plan's four commitments, one in US dollars, converted at the office's rates, none missing. */
    @Test
    void theDemoPlansCommitmentsAreCountedOnItsFinancePage() throws Exception {
        var login = mvc.perform(formLogin().user("member").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();

        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId + "/finance").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(page.select("#commitment-list tbody tr")).hasSize(4);
        assertThat(page.select("#commitment-list td").eachText()).contains("US$30,000.00");
        assertThat(page.select("#missing-rates")).isEmpty();
        assertThat(page.select("#donor-round tbody tr")).isNotEmpty();
    }

    /**
     * risks: the demo plan's register holds ten risks, the critical one without mitigation shows in the quality audit,
     * and the pandemic and migrant influx scenarios are there with their minimum packages, not active.
     */
    @Test
    void theDemoPlanHasARiskRegisterTheAuditReadsAndTwoScenariosNotActive() throws Exception {
        var login = mvc.perform(formLogin().user("coordinator").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();

        var register = mvc.perform(get("/plans/" + planId + "/risks").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(register).select("table.register tbody tr")).hasSize(10);
        var audit = mvc.perform(get("/plans/" + planId + "/quality").param("rule", "RISK-NO-MITIGATION").session(session))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(audit).select("#findings tr[data-rule=RISK-NO-MITIGATION]")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("budget line is cut", "critical"));
        var scenarios = mvc.perform(get("/plans/" + planId + "/scenarios").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        var rows = org.jsoup.Jsoup.parse(scenarios).select("#scenario-list tbody tr");
        assertThat(rows).extracting(row -> row.child(0).text()).containsExactly("Pandemic", "Migrant influx");
        assertThat(rows).allSatisfy(row -> assertThat(row.text()).contains("Shelter", "not active"));
    }

    /**
     * coordination: the demo's two National Authority sessions with attendance and decisions, a working group, an
     * overdue follow-up action, Prizren's monthly reports with a month missing, an MoU expiring within 60 days that
     * the office is told of, and a dozen services, two of them needing an update.
     */
    @Test
    void theDemoHasMeetingsWithDecisionsAnOverdueActionAnMoUNearExpiryAndADozenServices() throws Exception {
        var login = mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();

        var meetings = org.jsoup.Jsoup.parse(mvc.perform(get("/meetings").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var rows = meetings.select("#meeting-list tbody tr");
        assertThat(rows).hasSize(4);
        assertThat(rows.stream().filter(row -> row.text().contains("National Authority session"))).hasSize(2);
        assertThat(rows.text()).contains("Working group on labour exploitation", "Local committee of Prizren");
        var session1 = rows.stream().filter(row -> row.text().contains("first session")).findFirst().orElseThrow();
        var meeting = org.jsoup.Jsoup.parse(mvc.perform(get(session1.selectFirst("a").attr("href")).session(session))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(meeting.select("#attendance-totals").text()).contains("5 4 9");
        assertThat(meeting.select("#decisions li")).hasSize(3);

        var overdue = org.jsoup.Jsoup.parse(mvc.perform(get("/follow-up-actions").param("overdue", "true")
                .session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(overdue.select("#action-list tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("Draft the standards for reintegration services"));

        var committees = mvc.perform(get("/committee-reports").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(committees).select("#committee-months").text())
                .contains("Municipality of Prizren (demo)", "7 months reported", "1 month missing");

        var expiring = org.jsoup.Jsoup.parse(mvc.perform(get("/agreements").param("expiring", "true").session(session))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(expiring.select("#agreement-list tbody tr")).singleElement()
                .satisfies(row -> assertThat(row.text()).contains("MoU on the referral of victims", "45 days left"));
        assertThat(jdbc.sql("select count(*) from agreement").query(Long.class).single()).isEqualTo(3);
        var notices = mvc.perform(get("/notices").session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(notices).text()).contains("The agreement \"MoU on the referral of victims between the Police and the "
                + "shelters\" expires on");

        var directory = org.jsoup.Jsoup.parse(mvc.perform(get("/services").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(directory.select("#service-list tbody tr")).hasSize(12);
        assertThat(directory.select("#service-list .needs-update")).hasSize(2);
    }

    @Autowired
    DemoData demo;

    /** The office renames the demo plan (as people do with a plan): the next start must not load the demo again. */
    @Test
    void aRenamedDemoPlanIsStillTheDemoAndTheDemoDoesNotReloadItself() throws Exception {
        long plans = jdbc.sql("select count(*) from action_plan").query(Long.class).single();
        jdbc.sql("update action_plan set title = ? where title = ?").params("Our strategy (renamed)", DemoData.PLAN_TITLE)
                .update();
        try {
            demo.run(null);

            assertThat(jdbc.sql("select count(*) from action_plan").query(Long.class).single()).isEqualTo(plans);
        } finally {
            jdbc.sql("update action_plan set title = ? where title = ?").params(DemoData.PLAN_TITLE, "Our strategy (renamed)")
                    .update();
        }
    }

    @Test
    void theDemoOfTheReadmeSignsInAndShowsThePlanAndItsReports() throws Exception {
        var login = mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn();
        assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/");
        var session = (MockHttpSession) login.getRequest().getSession();

        var plans = mvc.perform(get("/plans").session(session)).andReturn().getResponse().getContentAsString();

        assertThat(plans).contains(DemoData.PLAN_TITLE);
        // the workbook's 86 activities and the one the 2017 revision added (versions), one of them dropped by it
        // (the local plans of issue 19 under it have their own)
        assertThat(jdbc.sql("select count(*) from activity a join action_plan p on p.id = a.plan_id where p.title = ?")
                .param(DemoData.PLAN_TITLE).query(Long.class).single()).isEqualTo(87);
        assertThat(jdbc.sql("select count(*) from activity where dropped").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from plan_version where status = 'ADOPTED'").query(Long.class).single())
                .isEqualTo(2);
        var versions = mvc.perform(get("/plans/" + planNamed(DemoData.PLAN_TITLE) + "/versions/compare?from=1&to=2").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(versions).contains("A1.1.8").contains("Merged into the national awareness activities");
        // the national strategy holding the demo plan, and a thematic one (strategy)
        assertThat(jdbc.sql("select count(*) from strategy where demo").query(Long.class).single()).isEqualTo(2);
        assertThat(mvc.perform(get("/strategies").session(session)).andReturn().getResponse().getContentAsString())
                .contains("Strategy against Child Trafficking 2018-2022 (demo)");
        assertThat(jdbc.sql("select count(*) from progress_report where status = 'ACCEPTED'").query(Long.class).single())
                .isGreaterThan(50);
        assertThat(jdbc.sql("select count(*) from progress_report where status = 'RETURNED'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select count(*) from progress_report where first_submitted_at > "
                + "(select deadline from reporting_period where id = period_id)").query(Long.class).single())
                .as("late reports").isPositive();
        for (var user : new String[] {"admin", "coordinator", "focal.police", "member", "evaluator"}) {
            assertThat(mvc.perform(formLogin().user(user).password(DemoData.PASSWORD)).andReturn().getResponse()
                    .getRedirectedUrl()).as(user).isEqualTo("/");
        }
    }

    @Autowired
    DemoSignIn signIn;

    /** A newcomer finds on the sign-in page an account for every role, and each of them signs in. */
    @Test
    void theSignInPageListsADemoAccountForEveryRoleAndEachSignsIn() throws Exception {
        var english = org.jsoup.Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        var listed = english.select("#demo-accounts dt").eachText();
        assertThat(listed).contains("focal.police · Focal point", "officer · M&E officer",
                "coordinator · National coordinator", "evaluator · Evaluator", "member · Member",
                "admin · Administrator", "victimdata · Victim-data officer");
        assertThat(english.selectFirst("#demo-accounts").text()).contains(DemoData.PASSWORD)
                .contains("finish the police's open report of 2017-Q4");
        var albanian = org.jsoup.Jsoup.parse(mvc.perform(get("/login?lang=sq")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(albanian.selectFirst("#demo-accounts h2").text()).isEqualTo("Llogaritë e demos: provoni çdo rol");

        var readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (var account : DemoData.ACCOUNTS) {
            assertThat(readme).as("README documents " + account.username()).contains("`" + account.username() + "`");
            assertThat(mvc.perform(formLogin().user(account.username()).password(DemoData.PASSWORD)).andReturn()
                    .getResponse().getRedirectedUrl()).as(account.username()).isEqualTo("/");
        }
    }

    /** The README sends focal.police to "the open report": it is there, listed first as the work to finish. */
    @Test
    void eachDemoFocalPointHasAnOpenReportToFinish() throws Exception {
        for (var user : new String[] {"focal.police", "focal.shelter"}) {
            var session = (MockHttpSession) mvc.perform(formLogin().user(user).password(DemoData.PASSWORD)).andReturn()
                    .getRequest().getSession();
            var home = org.jsoup.Jsoup.parse(mvc.perform(get("/reporting").session(session)).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            var open = home.select("#to-finish li");
            assertThat(open).as(user).hasSize(1);
            assertThat(open.text()).as(user).contains("Continue the report of 2017-Q4").contains("Draft");
            var row = home.select("table.own-periods tr:has(td:matches(^2017-Q4$))");
            assertThat(row.text()).as(user).contains("Draft, deadline passed").doesNotContain("Missing");

            var report = mvc.perform(get(open.select("a").attr("href")).session(session)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(report).contains("2017-Q4");
        }
        // the officer still has reports waiting for review
        var officer = (MockHttpSession) mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        var queue = org.jsoup.Jsoup.parse(mvc.perform(get("/reporting").session(officer)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(queue.select("table.review-queue tbody tr")).isNotEmpty();
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join user_account u on u.institution_id = r.institution_id
                where u.username in ('focal.police', 'focal.shelter') and r.status = 'DRAFT'""").query(Long.class)
                .single()).isEqualTo(2);
    }

    /** The audit trail names the demo's focal points as accounts that exist, not as made-up names. */
    /**
     * The review pages have something to show (issue 12): the demo officer rated every reported half-year from the
     * accepted reports, explained each 2 and 3, and followed up the 3s; the coordinator approved all but the last,
     * which waits for approval.
     */
    @Test
    void theDemoHalfYearsAreRatedExplainedAndApprovedButTheLast() {
        var reviews = jdbc.sql("select half_year, status from half_year_review order by half_year")
                .query((row, n) -> row.getString(1) + " " + row.getString(2)).list();
        assertThat(reviews).containsExactly("2016-H1 APPROVED", "2016-H2 APPROVED", "2017-H1 APPROVED",
                "2017-H2 DRAFT");
        var ratings = jdbc.sql("select half_year, rating, comments from activity_rating")
                .query((row, n) -> new Object[] {row.getString(1), row.getInt(2), row.getString(3)}).list();
        assertThat(ratings).extracting(r -> r[0]).contains("2016-H1", "2016-H2", "2017-H1", "2017-H2");
        assertThat(ratings).extracting(r -> r[1]).contains(1, 2, 3);
        assertThat(ratings).filteredOn(r -> (int) r[1] > 1).allSatisfy(r -> assertThat((String) r[2]).isNotBlank());
        assertThat(jdbc.sql("select count(*) from corrective_action where status = 'DONE'").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("select distinct rated_by from activity_rating").query(String.class).list())
                .containsExactly("officer");
    }

    @Test
    void everyDemoActorInTheAuditTrailIsADemoAccount() {
        var actors = jdbc.sql("select distinct actor from audit_event where actor like 'focal%' or actor like 'demo-focal%'")
                .query(String.class).list();
        assertThat(actors).contains("focal.police", "focal.shelter", "focal.mia", "focal.onatc").hasSizeGreaterThan(5);
        for (var actor : actors) {
            assertThat(jdbc.sql("select count(*) from user_account where username = ?").param(actor).query(Long.class)
                    .single()).as(actor).isEqualTo(1);
        }
    }

    /** Before the demo is written (the first start takes half a minute), the sign-in page says so instead of failing. */
    @Test
    void whileTheDemoIsBeingWrittenTheSignInPageSaysSo() throws Exception {
        signIn.preparingAgain();
        try {
            var page = org.jsoup.Jsoup.parse(mvc.perform(get("/login")).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.selectFirst("#demo-preparing").text()).startsWith("The demo is being prepared.");
            assertThat(page.select("#demo-preparing a[href=/login]").text()).isEqualTo("Reload this page");
            assertThat(page.select("form input[name=password]")).as("no form to a half-written demo").isEmpty();
            var albanian = org.jsoup.Jsoup.parse(mvc.perform(get("/login?lang=sq")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(albanian.selectFirst("#demo-preparing").text()).startsWith("Demo po përgatitet.");
        } finally {
            signIn.ready();
        }
        var ready = org.jsoup.Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ready.select("#demo-preparing")).isEmpty();
        assertThat(ready.select("form input[name=password]")).hasSize(1);
    }

    // operationalplan
    /** The demo's operational plans: 2016 and 2017 approved, 2017 carrying activities of 2016 with reasons, 2018 a draft. */
    @Test
    void theDemoPlanHasItsOperationalPlans() throws Exception {
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        var states = jdbc.sql("select plan_year, status from operational_plan where plan_id = ? order by plan_year")
                .param(planId).query((row, i) -> row.getInt(1) + " " + row.getString(2)).list();
        assertThat(states).containsExactly("2016 APPROVED", "2017 APPROVED", "2018 DRAFT");
        var carried = jdbc.sql("""
                        select l.code, l.reason, l.new_end_date from operational_plan_line l
                        join operational_plan p on p.id = l.operational_plan_id
                        where p.plan_id = ? and p.plan_year = 2017 and l.kind = 'CARRY_OVER' and l.decision = 'ACCEPTED'
                        order by l.position""")
                .param(planId).query((row, i) -> row.getString(1) + " | " + row.getString(2) + " | " + row.getDate(3))
                .list();
        System.out.println("Demo carry-overs 2017: " + carried);
        assertThat(carried).hasSizeGreaterThanOrEqualTo(2);
        assertThat(carried.get(0)).contains("procurement of the trainers").contains("2017-06-30");
        var session = (MockHttpSession) mvc.perform(formLogin().user("member").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        mvc.perform(get("/plans/" + planId + "/operational-plans/2017").session(session)).andExpect(status().isOk());
    }

    /**
     * evaluations: the demo plan's mid-term evaluation, marked demo, rated on all six criteria with evidence, with four
     * recommendations; the demo evaluator is on its team inside an open window and opens it, the member does not (it is
     * not final).
     */
    @Test
    void theDemoPlanHasAMidTermEvaluationTheDemoEvaluatorOpens() throws Exception {
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        long evaluation = jdbc.sql("select id from evaluation where plan_id = ? and demo = true").param(planId)
                .query(Long.class).single();
        assertThat(jdbc.sql("select count(*) from evaluation_criterion where evaluation_id = ? and rating is not null"
                + " and judgement is not null").param(evaluation).query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("""
                        select count(distinct c.criterion) from evaluation_evidence e
                        join evaluation_criterion c on c.id = e.evaluation_criterion_id where c.evaluation_id = ?""")
                .param(evaluation).query(Integer.class).single()).isEqualTo(6);
        assertThat(jdbc.sql("select reference from evaluation_recommendation where evaluation_id = ? order by id")
                .param(evaluation).query(String.class).list()).containsExactly("R1", "R2", "R3", "R4");
        var evaluator = (MockHttpSession) mvc.perform(formLogin().user("evaluator").password(DemoData.PASSWORD))
                .andReturn().getRequest().getSession();
        var page = mvc.perform(get("/evaluations/" + evaluation).session(evaluator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains(DemoEvaluations.TITLE, "Drita Evaluation Partners", "Highly satisfactory");
        var member = (MockHttpSession) mvc.perform(formLogin().user("member").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        mvc.perform(get("/evaluations/" + evaluation).session(member)).andExpect(status().isForbidden());
    }

    /**
     * training: the demo's capacity building. The police focal point reads the police's trainings of 2018 (the one
     * with its list of 20 made-up persons among them), the pool flags the certification expiring within 90 days, the
     * 2018 plan leaves the labour inspectors' need open, and the police's report of the second quarter of 2018 finds
     * "Number of people participating in the training" pre-filled from the two police trainings of the half-year.
     */
    @Test
    void theDemoHasTrainingsATrainerPoolAPlanAndAnIndicatorComputedFromTrainings() throws Exception {
        var login = mvc.perform(formLogin().user("focal.police").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        var list = org.jsoup.Jsoup.parse(mvc.perform(get("/trainings").param("year", "2018").session(session))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(list.select("#training-list tbody tr")).hasSize(2);
        var border = list.select("#training-list tbody tr a").stream()
                .filter(a -> a.text().startsWith("Early identification")).findFirst().orElseThrow().attr("href");
        var detail = org.jsoup.Jsoup.parse(mvc.perform(get(border).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(detail.selectFirst("#participants-heading").text()).isEqualTo("20 participants");
        assertThat(detail.select("#participants tbody tr")).hasSize(20)
                .allSatisfy(row -> assertThat(row.child(1).text()).endsWith("(demo)"));

        var officerLogin = mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn();
        var officer = (MockHttpSession) officerLogin.getRequest().getSession();
        var pool = org.jsoup.Jsoup.parse(mvc.perform(get("/trainers").session(officer)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(pool.select("#trainers tbody tr")).hasSize(5);
        assertThat(pool.select("li[data-status=EXPIRES_SOON]")).hasSize(1);
        var plan = org.jsoup.Jsoup.parse(mvc.perform(get("/trainings/plan").param("year", "2018").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(plan.select("#coverage tr[data-level=NOT_COVERED]").text()).contains("Labour Inspectorate");
        assertThat(plan.select("#planned tbody tr")).hasSize(5);

        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        long period = jdbc.sql("select id from reporting_period where plan_id = ? and starts_on = ?")
                .params(planId, java.time.LocalDate.of(2018, 4, 1)).query(Long.class).single();
        long police = jdbc.sql("select id from institution where name = ?").param(DemoData.POLICE).query(Long.class)
                .single();
        var report = mvc.perform(get("/reporting/" + period + "/institutions/" + police).session(session))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(org.jsoup.Jsoup.parse(report).select(".computed-source").text())
                .contains("computed from 2 trainings: 40 participants");
    }

    // recommendations
    /**
     * The demo's tracker: GRETA's second and third rounds and a TIP report, all marked demo, eight recommendations
     * with their statuses, most linked to demo activities, one answered by an activity proposed for an operational
     * plan (shown on that year's page), one still overdue, and the coordinator's management response.
     */
    @Test
    void theDemoPlanHasRecommendationsFollowedUp() throws Exception {
        var login = mvc.perform(formLogin().user("coordinator").password(DemoData.PASSWORD)).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        var tracker = org.jsoup.Jsoup.parse(mvc.perform(get("/recommendations").param("plan", String.valueOf(planId))
                .session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        // GRETA's two rounds, the TIP report and the mid-term evaluation, whose four recommendations came by its event
        assertThat(tracker.select("#recommendations h2").eachText()).hasSize(4)
                .allSatisfy(heading -> assertThat(heading).containsIgnoringCase("demo"));
        var rows = tracker.select("tr[data-recommendation]");
        assertThat(rows).hasSize(12);
        assertThat(jdbc.sql("""
                        select count(*) from recommendation r join recommendation_source s on s.id = r.source_id
                        where s.plan_id = ? and s.kind = 'EVALUATION' and exists
                        (select 1 from management_response m where m.recommendation_id = r.id)""")
                .param(planId).query(Integer.class).single()).as("the evaluation's recommendations answered").isEqualTo(4);
        assertThat(rows.select("td.status").eachAttr("data-status"))
                .contains("PARTLY", "FULLY", "NOT_ADDRESSED", "NO_LONGER_RELEVANT");
        assertThat(rows.text()).contains("A2.1.7", "A2.2.3").contains("overdue").contains("partly accepted");
        var year = jdbc.sql("""
                        select p.proposal_year from recommendation_proposal p join recommendation r on r.id = p.recommendation_id
                        join recommendation_source s on s.id = r.source_id where s.plan_id = ?""")
                .param(planId).query(Integer.class).single();
        var operational = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId + "/operational-plans/" + year)
                .session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(operational.select("#proposed-from-recommendations tbody tr").text())
                .contains("Train labour inspectors", "§ 27");
    }

    // stakeholders
    /**
     * The demo's stakeholders: the police's contact people (one who did not agree to be contacted), the demo plan's
     * grid, the closed consultation of 2014 with every comment decided, and an open one the police's focal point reads.
     */
    @Test
    void theDemoPlanHasAStakeholderGridAClosedConsultationWithDispositionsAndAnOpenOne() throws Exception {
        var officer = (MockHttpSession) mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        var grid = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId + "/stakeholders").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(grid.select("#placement-table tbody tr")).hasSize(9);
        assertThat(grid.select("#stakeholder-grid svg circle")).hasSize(9);
        var rounds = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + planId + "/consultations").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(rounds.select("#round-list tbody tr")).hasSize(2);
        long closed = jdbc.sql("select id from consultation_round where plan_id = ? and status = 'CLOSED'")
                .param(planId).query(Long.class).single();
        var report = org.jsoup.Jsoup.parse(mvc.perform(get("/consultations/" + closed + "/report").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(report.select("#report-counts").text()).contains("4 comments", "accepted: 2", "partly accepted: 1",
                "rejected: 1", "no disposition yet: 0");
        var police = (MockHttpSession) mvc.perform(formLogin().user("focal.police").password(DemoData.PASSWORD))
                .andReturn().getRequest().getSession();
        long open = jdbc.sql("select id from consultation_round where plan_id = ? and status = 'OPEN'")
                .param(planId).query(Long.class).single();
        var round = org.jsoup.Jsoup.parse(mvc.perform(get("/consultations/" + open).session(police))
                .andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(round.select("#comment-form textarea")).hasSizeGreaterThan(10);
        assertThat(round.select("#own-comment-table tbody tr")).hasSize(1);
        long policeId = jdbc.sql("select id from institution where name = ?").param(DemoData.POLICE)
                .query(Long.class).single();
        var contacts = org.jsoup.Jsoup.parse(mvc.perform(get("/stakeholders/institutions/" + policeId + "/contacts")
                .session(police)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(contacts.select("#contact-list tbody tr")).hasSize(2);
        assertThat(contacts.select(".no-consent")).hasSize(1);
    }

    // api: the README's curl example, as far as it reads (the other tests keep the police's draft as it is)
    /** The demo police's known token reads the plan and finds its open report of 2017-Q4 as the README says. */
    @Test
    void theDemoPoliceTokenOfTheReadmeReadsThePlanAndFindsItsOpenReport() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.function.Function<String, com.fasterxml.jackson.databind.JsonNode> read = path -> {
            try {
                return json.readTree(mvc.perform(get("/api/v1" + path)
                                .header("Authorization", "Bearer " + DemoApiToken.TOKEN))
                        .andExpect(status().isOk()).andReturn().getResponse()
                        .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
        var me = read.apply("/me");
        assertThat(me.get("username").asText()).isEqualTo("focal.police");
        assertThat(me.get("scope").asText()).isEqualTo("READ_WRITE");
        long planId = jdbc.sql("select id from action_plan where title = ?").param(DemoData.PLAN_TITLE)
                .query(Long.class).single();
        assertThat(read.apply("/plans").findValuesAsText("title")).contains(DemoData.PLAN_TITLE);
        var period = java.util.stream.StreamSupport.stream(read.apply("/plans/" + planId + "/periods").spliterator(), false)
                .filter(p -> p.get("label").asText().contains("2017-Q4")).findFirst().orElseThrow();
        var report = read.apply("/reports/" + period.get("id").asLong() + "/institutions/" + me.get("institutionId").asLong());
        assertThat(report.get("status").asText()).isEqualTo("DRAFT");
        assertThat(java.util.stream.StreamSupport.stream(report.get("activities").spliterator(), false)
                .filter(a -> a.get("status") == null).count()).isEqualTo(1);
        assertThat(java.util.stream.StreamSupport.stream(report.get("values").spliterator(), false)
                .anyMatch(v -> v.get("type").asText().equals("NUMBER"))).isTrue();
    }

    /**
     * Issue 19: the demo's local coordinator of Gjakova/Đakovica reads the national plan and its municipal plan, is told
     * the Prizren region's plan does not exist; the national dashboard shows both
     * units' contribution.
     */
    @Test
    void theDemoLocalCoordinatorWorksOnItsMunicipalPlanOnlyAndTheNationalDashboardRollsTheLocalPlansUp() throws Exception {
        var session = (MockHttpSession) mvc.perform(formLogin().user("local.coordinator").password(DemoData.PASSWORD))
                .andReturn().getRequest().getSession();
        long national = planNamed(DemoData.PLAN_TITLE);
        long municipal = planNamed(DemoLocalPlans.MUNICIPAL_PLAN);
        long regional = planNamed(DemoLocalPlans.REGIONAL_PLAN);
        mvc.perform(get("/plans/" + national).session(session)).andExpect(status().isOk());
        mvc.perform(get("/plans/" + municipal).session(session)).andExpect(status().isOk());
        mvc.perform(get("/plans/" + regional).session(session)).andExpect(status().isNotFound());

        var member = (MockHttpSession) mvc.perform(formLogin().user("member").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        var dashboard = org.jsoup.Jsoup.parse(mvc.perform(get("/plans/" + national + "/dashboard").session(member))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(dashboard.select("#local-contributions tbody tr").eachAttr("data-unit"))
                .contains("Gjakova/Đakovica (demo)", "Prizren region (demo)");
        var officer = (MockHttpSession) mvc.perform(formLogin().user("officer").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        var quality = mvc.perform(get("/plans/" + regional + "/quality").session(officer)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(quality).contains("Local strategic objective without national objective");
    }

    // security: several participants (issue 19)
    /**
     * The demo is an installation of a regional body: Kosovo* (home) and Albania, whose adopted plan, institutions,
     * people and accepted reports are its own; Albania's coordinator does not find Kosovo*'s plan, and the
     * installation's administrator keeps both participants.
     */
    @Test
    void theSecondParticipantHasItsOwnPlanPeopleAndReportsAndDoesNotSeeTheNationalPlan() throws Exception {
        assertThat(jdbc.sql("select code from participant order by id").query(String.class).list())
                .containsExactly("XK", DemoSecondParticipant.CODE);
        long albania = jdbc.sql("select id from participant where code = ?").param(DemoSecondParticipant.CODE)
                .query(Long.class).single();
        long plan = planNamed(DemoSecondParticipant.PLAN_TITLE);
        assertThat(jdbc.sql("select participant_id from action_plan where id = ?").param(plan).query(Long.class).single())
                .isEqualTo(albania);
        assertThat(jdbc.sql("select status from action_plan where id = ?").param(plan).query(String.class).single())
                .isEqualTo("ADOPTED");
        assertThat(jdbc.sql("select count(*) from strategic_objective where plan_id = ?").param(plan).query(Long.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from activity where plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(4);
        assertThat(jdbc.sql("select count(*) from institution where participant_id = ?").param(albania)
                .query(Long.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from progress_report r join reporting_period p on p.id = r.period_id
                where p.plan_id = ? and r.status = 'ACCEPTED'""").param(plan).query(Long.class).single())
                .isGreaterThanOrEqualTo(10);
        assertThat(jdbc.sql("select username from user_account where participant_id = ? and username in "
                + "('coordinator.al', 'officer.al') order by username").param(albania).query(String.class).list())
                .containsExactly("coordinator.al", "officer.al");
        assertThat(jdbc.sql("select count(*) from user_account where participant_id is null and username in "
                + "('regional.officer', 'admin')").query(Long.class).single()).isEqualTo(2);

        var coordinator = (MockHttpSession) mvc.perform(formLogin().user("coordinator.al").password(DemoData.PASSWORD))
                .andReturn().getRequest().getSession();
        mvc.perform(get("/plans/" + planNamed(DemoData.PLAN_TITLE)).session(coordinator))
                .andExpect(status().isNotFound());
        var admin = (MockHttpSession) mvc.perform(formLogin().user("admin").password(DemoData.PASSWORD)).andReturn()
                .getRequest().getSession();
        assertThat(mvc.perform(get("/admin/participants").session(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Kosovo*", "Albania");
    }

    @Test
    void theRegionalOfficerComparesKosovoAndAlbaniaOnTheMappedRegionalIndicators() throws Exception {
        var regional = (MockHttpSession) mvc.perform(formLogin().user("regional.officer").password(DemoData.PASSWORD))
                .andReturn().getRequest().getSession();
        var page = org.jsoup.Jsoup.parse(mvc.perform(get("/regional").session(regional)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.select("table th").eachText()).as("the participants side by side")
                .anySatisfy(text -> assertThat(text).contains("Kosovo*"))
                .anySatisfy(text -> assertThat(text).contains("Albania"));
        assertThat(page.text()).contains("Victims identified", "People reached by prevention campaigns");
        assertThat(jdbc.sql("select count(*) from regional_indicator_mapping").query(Long.class).single())
                .as("Kosovo* maps both regional indicators, Albania the first").isEqualTo(3L);
    }

    private long planNamed(String title) {
        return jdbc.sql("select id from action_plan where title = ?").param(title).query(Long.class).single();
    }
}
