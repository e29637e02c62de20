package org.ariadne.regional;

import java.time.Duration;

import org.ariadne.evaluations.Evaluations;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.ariadne.security.TestSignIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The regional officer compares two participants side by side (issue 19 item 2): each participant's M&amp;E officer
 * maps its own national indicator onto the regional set (and only its own), the comparison shows each mapped value and
 * its progress, and seed 004's criteria with the figure behind each; a participant's people do not open it.
 */
@AriadneIntegrationTest
class RegionalComparisonIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    ProgressReports reports;
    @Autowired
    Evaluations evaluations;

    RegionalFixture fixture;
    SignedInUser regional;
    String code;

    @BeforeEach
    void participants() throws Exception {
        fixture = new RegionalFixture(jdbc, editing, institutions, schedules, reports, evaluations);
        regional = RegionalFixture.regionalOfficer();
        code = Unique.username("R").toUpperCase(java.util.Locale.ROOT);
        mvc.perform(post("/regional/indicators/new").with(as(regional)).with(csrf()).param("code", code)
                        .param("name", "Shelter places for victims").param("nameSq", "Vende strehimi për viktimat")
                        .param("unit", "places").param("direction", "INCREASE"))
                .andExpect(status().is3xxRedirection());
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theRegionalOfficerSeesBothParticipantsFiguresAndCriteria() throws Exception {
        long regionalId = regionalIndicatorId();
        map(fixture.officerOf(fixture.participantA), regionalId, fixture.bedsIndicatorA);
        map(fixture.officerOf(fixture.participantB), regionalId, fixture.victimsIndicatorB);

        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var page = page("/regional", regional);
            var row = page.getElementById("regional-row-" + regionalId);
            assertThat(row).isNotNull();
            assertThat(cell(page, row, fixture.nameA)).contains(fixture.bedsA).contains("30 beds").contains("50");
            assertThat(cell(page, row, fixture.nameB)).contains(fixture.victimsB).contains("no value yet");
        });
        var page = page("/regional", regional);
        var adopted = page.getElementById("criterion-adopted");
        assertThat(cell(page, adopted, fixture.nameA)).startsWith("met").contains("Adopted");
        assertThat(cell(page, adopted, fixture.nameB)).startsWith("not met").contains("Draft");
        var costed = page.getElementById("criterion-costed");
        assertThat(cell(page, costed, fixture.nameA)).startsWith("partly met")
                .contains("1 of 2 activities with a budget (50");
        assertThat(cell(page, costed, fixture.nameB)).startsWith("met").contains("1 of 1 activity with a budget (100");
        var monitored = page.getElementById("criterion-monitored");
        assertThat(cell(page, monitored, fixture.nameA)).startsWith("partly met").contains("1 of ")
                .contains("1 of 1 institution reported");
        assertThat(cell(page, monitored, fixture.nameB)).startsWith("not met")
                .contains("No reporting period has closed yet");
        var evaluated = page.getElementById("criterion-evaluated");
        assertThat(cell(page, evaluated, fixture.nameA)).startsWith("partly met")
                .contains("1 evaluation planned or under way");
        assertThat(cell(page, evaluated, fixture.nameB)).startsWith("not met").contains("No evaluation of the plan");
    }

    @Test
    void theComparisonDownloadsAsATable() throws Exception {
        var csv = mvc.perform(get("/regional.csv").with(as(regional))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains(fixture.nameA).contains(fixture.nameB).contains("Plan costed")
                .contains(code + " Shelter places for victims");
    }

    @Test
    void aParticipantsPeopleDoNotOpenTheComparisonNorTheSet() throws Exception {
        for (var role : new Role[] {Role.COORDINATOR, Role.ME_OFFICER, Role.MEMBER}) {
            var person = TestSignIn.userOf(fixture.participantA, Unique.username("person"), null, role);
            for (var address : new String[] {"/regional", "/regional/indicators", "/regional.csv",
                    "/regional/report.pdf", "/regional/indicators/new"}) {
                var answer = mvc.perform(get(address).with(as(person))).andReturn().getResponse().getStatus();
                assertThat(answer).as(role + " " + address).isIn(403, 404);
            }
        }
    }

    @Test
    void anOfficerMapsOnlyItsOwnParticipantsIndicators() throws Exception {
        long regionalId = regionalIndicatorId();
        var officerA = fixture.officerOf(fixture.participantA);

        var mapping = page("/regional/mapping", officerA);
        assertThat(mapping.getElementById("indicator-" + regionalId).text()).contains(fixture.bedsA)
                .doesNotContain(fixture.victimsB);

        mvc.perform(post("/regional/mapping").with(as(officerA)).with(csrf())
                        .param("regionalIndicatorId", Long.toString(regionalId))
                        .param("indicatorId", Long.toString(fixture.victimsIndicatorB)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problemKey", "regional.refused.not-own-indicator"));
        assertThat(mappedIndicator(regionalId, fixture.participantA)).isNull();
        assertThat(mappedIndicator(regionalId, fixture.participantB)).isNull();

        map(officerA, regionalId, fixture.bedsIndicatorA);
        assertThat(mappedIndicator(regionalId, fixture.participantA)).isEqualTo(fixture.bedsIndicatorA);
        var selected = page("/regional/mapping", officerA).getElementById("indicator-" + regionalId)
                .selectFirst("option[selected]");
        assertThat(selected.attr("value")).isEqualTo(Long.toString(fixture.bedsIndicatorA));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'regional-indicator-mapping' "
                + "and plan_id = ?").param(fixture.planA).query(Long.class).single()).isEqualTo(1L);
    }

    private void map(SignedInUser officer, long regionalId, long indicatorId) throws Exception {
        mvc.perform(post("/regional/mapping").with(as(officer)).with(csrf())
                        .param("regionalIndicatorId", Long.toString(regionalId))
                        .param("indicatorId", Long.toString(indicatorId)))
                .andExpect(status().is3xxRedirection());
    }

    private Long mappedIndicator(long regionalId, long participant) {
        return jdbc.sql("select indicator_id from regional_indicator_mapping where regional_indicator_id = ? "
                + "and participant_id = ?").params(regionalId, participant).query(Long.class).optional().orElse(null);
    }

    private long regionalIndicatorId() {
        return jdbc.sql("select id from regional_indicator where code = ?").param(code).query(Long.class).single();
    }

    private Document page(String address, SignedInUser user) throws Exception {
        return Jsoup.parse(mvc.perform(get(address).with(as(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The text of a row's cell under the participant's column (found by its heading). */
    private static String cell(Document page, Element row, String participant) {
        var headings = row.closest("table").select("thead th");
        int column = -1;
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i).text().equals(participant)) {
                column = i;
            }
        }
        assertThat(column).as("column of " + participant).isPositive();
        return row.child(column).text();
    }
}
