package org.ariadne.finance;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The finance pages: the commitment form's refusals, conflicts, missing rates, the rates page, who may change what. */
@AriadneIntegrationTest
class FinancePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans plans;
    @Autowired
    Funding funding;
    @Autowired
    AuditHistory history;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void anUnknownCurrencyIsRefusedByItsFieldWithTheInputKept() throws Exception {
        var plan = plan();
        var funder = Unique.name("Foundation");

        var page = form(mvc.perform(commitment(plan, funder, "1000", "XYZ", "500").with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select(".flash.problem").text())
                .contains("Currency: \"XYZ\" is not an ISO 4217 currency code");
        assertThat(page.selectFirst("#currency").closest(".field").hasClass("invalid")).isTrue();
        assertThat(page.selectFirst("#funderName").val()).isEqualTo(funder);
        assertThat(page.selectFirst("#amount").val()).isEqualTo("1000");
        assertCommitments(plan, 0);
    }

    @Test
    void allocationsAboveTheCommitmentAreRefusedNamingTheAmount() throws Exception {
        var plan = plan();

        var page = form(mvc.perform(commitment(plan, Unique.name("Foundation"), "1000", "EUR", "1500")
                        .with(officer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(page.select(".flash.problem").text())
                .contains("Amount: the activities' allocations add up to €1,500.00, more than the commitment's amount of €1,000.00");
        assertThat(page.selectFirst("#amount").closest(".field").hasClass("invalid")).isTrue();
        assertThat(page.selectFirst("[name='allocations[0].amount']").val()).isEqualTo("1500");
        assertCommitments(plan, 0);
    }

    @Test
    void aCommitmentInACurrencyWithoutARateIsShownAsMissingNotCounted() throws Exception {
        var plan = plan();
        // nothing records Mongolian tugrik: its rate is missing
        mvc.perform(commitment(plan, Unique.name("Foundation"), "900000", "MNT", "900000").with(officer()))
                .andExpect(status().isFound());

        var page = page("/plans/" + plan.id() + "/finance", TestSignIn.as(Role.MEMBER));
        var budget = page("/plans/" + plan.id() + "/budget", TestSignIn.as(Role.MEMBER));

        assertThat(page.selectFirst("#missing-rates").text()).contains("no MNT rate in force on 1 Mar 2016")
                .contains("The office records the missing rate");
        assertThat(page.selectFirst("#missing-rates a").attr("href")).endsWith("/finance/rates");
        assertThat(page.selectFirst("#gap .value").text()).isEqualTo("€8,000.00");
        assertThat(budget.selectFirst("#missing-rates").text()).contains("One amount is not counted");
        assertThat(budget.selectFirst("#funding-gap .value").text()).isEqualTo("8,000");
    }

    @Test
    void aRecordedRateConvertsACommitmentSignedThatDay() throws Exception {
        var plan = plan();
        // a day of its own, so that no other test's rate is in force on it
        var day = LocalDate.of(1991, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
        mvc.perform(post("/finance/rates").with(csrf()).with(officer()).param("currency", "usd")
                        .param("rate", "0.5").param("validFrom", day.toString()))
                .andExpect(status().isFound());
        mvc.perform(commitment(plan, Unique.name("Foundation"), "4000", "USD", "4000")
                        .param("signedOn", day.toString()).with(officer()))
                .andExpect(status().isFound());

        var page = page("/plans/" + plan.id() + "/finance", TestSignIn.as(Role.MEMBER));

        assertThat(page.select("#missing-rates")).isEmpty();
        assertThat(page.selectFirst("#gap .value").text()).isEqualTo("€6,000.00");
        assertThat(page.select(".donor-funds td").eachText()).contains("US$4,000.00", "€2,000.00");
        assertThat(page.selectFirst("#method").text()).contains("secured = what the budget lines say is secured + what the commitments allocate");
        var funds = org.ariadne.support.Download.of(mvc.perform(get("/plans/" + plan.id() + "/finance/donor-funds.csv")
                .with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk()).andReturn()).csvRows();
        assertThat(funds.get(0)).containsExactly("Funder", "Kind of source", "Agreement reference", "Code", "Activity",
                "Year", "Amount", "Currency", "In EUR");
        assertThat(funds.get(1).subList(3, 9)).containsExactly("A1.1.1", "Shelter places", "2016", "4000.00", "USD",
                "2000.00");
    }

    @Test
    void theRatesPageRefusesUnknownCurrenciesAndTheInstallationsOwn() throws Exception {
        var unknown = Jsoup.parse(mvc.perform(post("/finance/rates").with(csrf()).with(officer())
                        .param("currency", "ABC").param("rate", "2").param("validFrom", "2016-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        var own = Jsoup.parse(mvc.perform(post("/finance/rates").with(csrf()).with(officer())
                        .param("currency", "EUR").param("rate", "1").param("validFrom", "2016-01-01"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));

        assertThat(unknown.select(".flash.problem").text()).contains("Currency: \"ABC\" is not an ISO 4217 currency code");
        assertThat(own.select(".flash.problem").text()).contains("Currency: EUR is the installation's own currency");
    }

    @Test
    void aSecondEditFromTheSameVersionSeesTheFirstAndOverwritesNothing() throws Exception {
        var plan = plan();
        TestSignIn.onThisThread(Role.ME_OFFICER);
        long id = funding.create(plan.id(), new CommitmentCommand(null, "Foundation", FundingSourceKind.DONOR,
                CommitmentKind.PLEDGE, "P-1", new BigDecimal("1000"), "EUR", null, null, null, List.of()));
        int opened = funding.commitment(id).version();
        TestSignIn.clear();

        mvc.perform(edit(id, opened, "2000").with(TestSignIn.as(TestSignIn.user("fatmira", null, Role.ME_OFFICER))))
                .andExpect(status().isFound());
        var page = mvc.perform(edit(id, opened, "3000")
                        .with(TestSignIn.as(TestSignIn.user("besnik", null, Role.COORDINATOR))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var saved = funding.commitment(id);
        assertThat(saved.amount()).isEqualByComparingTo("2000");
        assertThat(page).containsPattern("changed this commitment at \\d\\d:\\d\\d while you were editing")
                .contains("name=\"version\" value=\"" + saved.version() + "\"");
        assertThat(Jsoup.parse(page).selectFirst("#amount").val()).isEqualTo("3000");
        // one line per change in the trail: created, then fatmira's change of the amount (besnik's changed nothing)
        var trail = history.forEntity("funding-commitment", id);
        assertThat(trail).extracting(e -> e.action().name()).containsExactly("UPDATED", "CREATED");
        assertThat(trail.get(0).actor()).isEqualTo("fatmira");
        assertThat(trail.get(0).after().get("amount")).isEqualTo("2000.00 EUR");
    }

    @Test
    void membersAndFocalPointsReadTheFinancePageButMayNotRecord() throws Exception {
        var plan = plan();

        var page = page("/plans/" + plan.id() + "/finance", TestSignIn.as(Role.MEMBER));
        var officers = page("/plans/" + plan.id() + "/finance", officer());

        assertThat(page.select("a[href$=/commitments/new]")).isEmpty();
        assertThat(officers.select("a[href$=/commitments/new]")).hasSize(1);
        assertThat(page.select("#donor-round tbody tr")).hasSize(1);
        mvc.perform(commitment(plan, "Foundation", "1000", "EUR", "500").with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/finance/rates").with(csrf()).with(TestSignIn.as(Role.FOCAL_POINT))
                        .param("currency", "USD").param("rate", "1").param("validFrom", "2016-01-01"))
                .andExpect(status().isForbidden());
    }

    // ---- helpers ----

    private BuiltPlan plan() {
        long donor = plans.institution("Donor agency", InstitutionType.DONOR);
        return plans.build(aPlan().running(2016, 2018)
                .withActivity(anActivity("A1.1.1", "Shelter places").budget(2016, FundingSourceKind.DONOR, donor,
                        "10000", "2000")));
    }

    private static RequestPostProcessor officer() {
        return TestSignIn.as(Role.ME_OFFICER);
    }

    private static MockHttpServletRequestBuilder commitment(BuiltPlan plan, String funder, String amount,
            String currency, String allocated) {
        return post("/plans/" + plan.id() + "/commitments/new").with(csrf()).param("funderName", funder)
                .param("funderInstitutionId", "").param("source", "DONOR").param("kind", "AGREEMENT")
                .param("amount", amount).param("currency", currency).param("signedOn", "2016-03-01")
                .param("allocations[0].activityId", Long.toString(plan.element("A1.1.1")))
                .param("allocations[0].year", "2016").param("allocations[0].amount", allocated);
    }

    private static MockHttpServletRequestBuilder edit(long id, int version, String amount) {
        return post("/commitments/" + id + "/edit").with(csrf()).param("version", Integer.toString(version))
                .param("funderName", "Foundation").param("source", "DONOR").param("kind", "PLEDGE")
                .param("reference", "P-1").param("amount", amount).param("currency", "EUR");
    }

    private void assertCommitments(BuiltPlan plan, int count) {
        TestSignIn.onThisThread(Role.MEMBER);
        try {
            assertThat(funding.commitments(plan.id())).hasSize(count);
        } finally {
            TestSignIn.clear();
        }
    }

    private Document page(String path, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private static Document form(String html) {
        return Jsoup.parse(html);
    }
}
