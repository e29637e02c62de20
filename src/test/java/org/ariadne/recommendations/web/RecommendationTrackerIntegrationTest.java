package org.ariadne.recommendations.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ThematicArea;
import org.ariadne.recommendations.Priority;
import org.ariadne.recommendations.RecommendationCommand;
import org.ariadne.recommendations.RecommendationStatus;
import org.ariadne.recommendations.RecommendationView;
import org.ariadne.recommendations.Recommendations;
import org.ariadne.recommendations.SourceCommand;
import org.ariadne.recommendations.SourceKind;
import org.ariadne.recommendations.TrackerFilter;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tracker as its people use it, on the real database: the officer records a source and a recommendation in three
 * languages, links an activity and proposes a new one for next year's operational plan; the police's focal point
 * writes the police's follow-up, the shelter's focal point sees nothing of it; the coordinator records the management
 * response and the officer closes it; bad input names its fields, a stale version says who saved meanwhile; every
 * change is in the trail.
 */
@AriadneIntegrationTest
class RecommendationTrackerIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans testPlans;
    @Autowired
    Recommendations recommendations;
    @Autowired
    AuditHistory history;

    BuiltPlan plan;
    long police;
    long shelter;
    long training;
    long sourceId;

    @BeforeEach
    void aPlanWithASource() {
        police = testPlans.institution(Unique.name("Border Police"), InstitutionType.POLICE);
        shelter = testPlans.institution(Unique.name("Shelter"), InstitutionType.NGO);
        plan = testPlans.build(aPlan().named(Unique.name("Plan with recommendations")).running(2024, 2030)
                .withStrategicObjective("SO 1", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 1.1", "Identification")
                .withActivity(anActivity("A1.1.1", "Train border police in identification").ledBy(police)));
        training = plan.element("A1.1.1");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            sourceId = recommendations.createSource(new SourceCommand(plan.id(), SourceKind.GRETA,
                    "GRETA third round", "third round", 2024, LocalDate.of(2024, 6, 1)));
        } finally {
            TestSignIn.clear();
        }
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private Document page(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        var response = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse();
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private long recommend(String paragraph, String text, List<Long> institutions, LocalDate due) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return recommendations.create(sourceId, new RecommendationCommand(text, "", "", "", paragraph, null,
                    Priority.HIGH, institutions, RecommendationStatus.NOT_ADDRESSED, null, due));
        } finally {
            TestSignIn.clear();
        }
    }

    private RecommendationView read(long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return recommendations.get(id);
        } finally {
            TestSignIn.clear();
        }
    }

    private List<?> trail(String type, long id) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return history.forEntity(type, id);
        } finally {
            TestSignIn.clear();
        }
    }

    @Test
    void theOfficerRecordsARecommendationInThreeLanguagesAndEveryReaderSeesItWithItsStatus() throws Exception {
        var result = mvc.perform(post("/recommendations/sources/" + sourceId + "/new").with(TestSignIn.as(Role.ME_OFFICER))
                        .with(csrf()).param("paragraph", "§ 12").param("textEn", "Ensure victims are identified.")
                        .param("textSq", "Të sigurohet identifikimi i viktimave.").param("otherLanguage", "sr")
                        .param("otherText", "Obezbediti identifikaciju žrtava.").param("date", "2024-06-01")
                        .param("priority", "HIGH").param("institutionIds", String.valueOf(police), String.valueOf(shelter))
                        .param("status", "PARTLY").param("statusReason", "").param("followUpDue", "2025-12-31"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("noticeKey", "recommendations.saved"))
                .andReturn();
        var id = Long.parseLong(result.getResponse().getRedirectedUrl().replaceAll("\\D+", ""));

        var shown = page(get("/recommendations/" + id).with(TestSignIn.as(Role.MEMBER)));
        assertThat(shown.select("#text-en").text()).contains("Ensure victims are identified.");
        assertThat(shown.select("#text-sq").attr("lang")).isEqualTo("sq");
        assertThat(shown.select("#text-sr").text()).contains("Obezbediti identifikaciju žrtava.");
        assertThat(shown.select("#addressed-to").text()).contains("Border Police").contains("Shelter");
        assertThat(shown.select("#status").attr("data-status")).isEqualTo("PARTLY");
        assertThat(shown.select("#history-link").attr("href")).isEqualTo("/audit/history/recommendation/" + id);
        assertThat(shown.select("#edit-recommendation")).isEmpty();

        var albanian = page(get("/recommendations/" + id).with(TestSignIn.as(Role.EVALUATOR)).param("lang", "sq"));
        assertThat(albanian.select("#status").text()).contains("adresuar pjesërisht");

        var list = page(get("/recommendations").param("plan", String.valueOf(plan.id())).with(TestSignIn.as(Role.MEMBER)));
        var row = list.select("tr[data-recommendation=" + id + "]").first();
        assertThat(row).isNotNull();
        assertThat(row.select("td.status").attr("data-status")).isEqualTo("PARTLY");
        assertThat(row.text()).contains("§ 12").contains("no activity");

        var byInstitution = page(get("/recommendations").param("plan", String.valueOf(plan.id()))
                .param("group", "institution").with(TestSignIn.as(Role.MEMBER)));
        assertThat(byInstitution.select("#institution-" + police + " tr[data-recommendation=" + id + "]")).hasSize(1);
        assertThat(byInstitution.select("#institution-" + shelter + " tr[data-recommendation=" + id + "]")).hasSize(1);

        var csv = mvc.perform(get("/recommendations.csv").param("plan", String.valueOf(plan.id()))
                        .with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Ensure victims are identified.").contains("partly addressed");
        mvc.perform(get("/recommendations.xlsx").param("plan", String.valueOf(plan.id())).with(TestSignIn.as(Role.MEMBER)))
                .andExpect(status().isOk());

        assertThat(trail("recommendation", id)).hasSize(1);
    }

    @Test
    void aFormWithoutTextOrReasonComesBackNamingTheFieldsAndKeepsWhatWasTyped() throws Exception {
        var shown = page(post("/recommendations/sources/" + sourceId + "/new").with(TestSignIn.as(Role.ME_OFFICER))
                .with(csrf()).param("paragraph", "§ 99").param("textEn", "").param("textSq", "")
                .param("otherLanguage", "serbian").param("otherText", "").param("priority", "HIGH")
                .param("status", "NO_LONGER_RELEVANT").param("statusReason", ""));
        assertThat(shown.select("#textEn-error").text()).contains("at least one language");
        assertThat(shown.select("#otherLanguage-error").text()).contains("two or three letters");
        assertThat(shown.select("#statusReason-error").text()).contains("no longer relevant");
        assertThat(shown.select("#paragraph").val()).isEqualTo("§ 99");
        var unreadable = page(post("/recommendations/sources/" + sourceId + "/new").with(TestSignIn.as(Role.ME_OFFICER))
                .with(csrf()).param("textEn", "Something").param("priority", "HIGH").param("status", "NOT_ADDRESSED")
                .param("followUpDue", "not a date"));
        assertThat(unreadable.select("#followUpDue-error")).isNotEmpty();
        assertThat(unreadable.select("#textEn").val()).isEqualTo("Something");
        TestSignIn.onThisThread(Role.ME_OFFICER);
        assertThat(recommendations.list(TrackerFilter.ofSource(sourceId))).isEmpty();
    }

    @Test
    void aStaleVersionIsRefusedSayingWhoSavedMeanwhile() throws Exception {
        var id = recommend("§ 1", "Adopt a law.", List.of(police), null);
        var version = read(id).version();
        var command = read(id).toCommand();
        TestSignIn.onThisThread(Role.COORDINATOR);
        recommendations.update(id, version, new RecommendationCommand("Adopt the law soon.", "", "", "", "§ 1", null,
                Priority.LOW, List.of(police), RecommendationStatus.PARTLY, null, null));
        TestSignIn.clear();

        var shown = page(post("/recommendations/" + id + "/edit").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", String.valueOf(version)).param("textEn", "Mine").param("priority", "HIGH")
                .param("status", command.status().name()));
        assertThat(shown.select(".flash.problem").text()).contains("coordinator").contains("your input is still in the form");
        assertThat(shown.select("#textEn").val()).isEqualTo("Mine");
        assertThat(read(id).texts().get("en")).isEqualTo("Adopt the law soon.");
    }

    @Test
    void linkingAnActivityAndProposingANewOneShowTheProposalOnThatYearsOperationalPlan() throws Exception {
        var id = recommend("§ 20", "Train labour inspectors.", List.of(police), null);
        mvc.perform(post("/recommendations/" + id + "/activities").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(read(id).version())).param("activityId", String.valueOf(training)))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("noticeKey", "recommendations.activity.linked"));
        // a year outside the plan is refused beside its field, the title kept
        var refused = page(post("/recommendations/" + id + "/proposals").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                .param("version", String.valueOf(read(id).version())).param("title", "Inspect farms")
                .param("year", "2040"));
        assertThat(refused.select("#propose-form .flash.problem").text()).contains("2024").contains("2030");
        assertThat(refused.select("#proposal-title").val()).isEqualTo("Inspect farms");
        mvc.perform(post("/recommendations/" + id + "/proposals").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(read(id).version())).param("title", "Inspect farms")
                        .param("institutionId", String.valueOf(police)).param("year", "2027"))
                .andExpect(status().is3xxRedirection());

        var view = read(id);
        assertThat(view.activities()).extracting(RecommendationView.LinkedActivity::code).containsExactly("A1.1.1");
        assertThat(view.proposals()).extracting(RecommendationView.ProposedActivity::title).containsExactly("Inspect farms");

        var operational = page(get("/plans/" + plan.id() + "/operational-plans/2027").with(TestSignIn.as(Role.MEMBER)));
        var proposed = operational.select("#proposed-from-recommendations tbody tr");
        assertThat(proposed).hasSize(1);
        assertThat(proposed.text()).contains("Inspect farms").contains("Border Police").contains("§ 20");
        assertThat(proposed.select("a").attr("href")).isEqualTo("/recommendations/" + id);
        assertThat(page(get("/plans/" + plan.id() + "/operational-plans/2026").with(TestSignIn.as(Role.MEMBER)))
                .select("#proposed-from-recommendations")).isEmpty();

        var without = page(get("/recommendations").param("plan", String.valueOf(plan.id())).param("without", "activity")
                .with(TestSignIn.as(Role.MEMBER)));
        assertThat(without.select("tr[data-recommendation=" + id + "]")).isEmpty();
        assertThat(trail("recommendation", id)).hasSize(3);
    }

    @Test
    void aFocalPointReadsAndFollowsUpOnlyWhatIsAddressedToTheirInstitution() throws Exception {
        var ours = recommend("§ 3", "Police to identify victims at the border.", List.of(police),
                LocalDate.now().minusDays(1));
        var theirs = recommend("§ 4", "Shelters to be funded.", List.of(shelter), null);
        var policeFocal = TestSignIn.user("police-focal", police, Role.FOCAL_POINT);
        var shelterFocal = TestSignIn.user("shelter-focal", shelter, Role.FOCAL_POINT);

        var list = page(get("/recommendations").param("plan", String.valueOf(plan.id())).with(TestSignIn.as(policeFocal)));
        assertThat(list.select("tr[data-recommendation=" + ours + "]")).hasSize(1);
        assertThat(list.select("tr[data-recommendation=" + theirs + "]")).isEmpty();
        mvc.perform(get("/recommendations/" + theirs).with(TestSignIn.as(policeFocal))).andExpect(status().isNotFound());

        // overdue: the due date has passed and no note for its year
        assertThat(read(ours).overdue()).isTrue();
        var overdue = page(get("/recommendations").param("plan", String.valueOf(plan.id())).param("overdue", "true")
                .with(TestSignIn.as(Role.MEMBER)));
        assertThat(overdue.select("tr[data-recommendation=" + ours + "]")).hasSize(1);

        var pdf = new MockMultipartFile("file", "report.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        var year = String.valueOf(LocalDate.now().minusDays(1).getYear());
        mvc.perform(multipart("/recommendations/" + ours + "/follow-ups").file(pdf).with(TestSignIn.as(policeFocal))
                        .with(csrf()).param("year", year).param("measures", "Border officers trained in 2025.")
                        .param("evidence", "Training report").param("links", "https://example.org/report"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/recommendations/" + ours + "/follow-ups").with(TestSignIn.as(shelterFocal)).with(csrf())
                        .param("year", year).param("measures", "Not ours"))
                .andExpect(status().isNotFound());

        var view = read(ours);
        assertThat(view.followUps()).singleElement().satisfies(note -> {
            assertThat(note.institutionName()).contains("Border Police");
            assertThat(note.fileName()).isEqualTo("report.pdf");
            assertThat(note.links()).containsExactly("https://example.org/report");
        });
        assertThat(view.overdue()).isFalse();
        var file = mvc.perform(get("/recommendations/follow-ups/" + view.followUps().get(0).id() + "/file")
                .with(TestSignIn.as(Role.MEMBER))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(file.getContentType()).isEqualTo("application/pdf");
        mvc.perform(get("/recommendations/follow-ups/" + view.followUps().get(0).id() + "/file")
                .with(TestSignIn.as(shelterFocal))).andExpect(status().isNotFound());

        // a file that is no evidence, and a link that is no web address, are refused naming the fields
        var script = new MockMultipartFile("file", "evil.pdf", "application/pdf", "<script>alert(1)</script>".getBytes());
        var refused = page(multipart("/recommendations/" + ours + "/follow-ups").file(script).with(TestSignIn.as(policeFocal))
                .with(csrf()).param("year", year).param("measures", "More").param("links", "javascript:alert(1)"));
        assertThat(refused.select("#follow-up-form .flash.problem").text()).contains("PDF").contains("http");
        assertThat(refused.select("#follow-up-measures").val()).isEqualTo("More");
        assertThat(read(ours).followUps()).hasSize(1);
    }

    @Test
    void theCoordinatorRecordsTheManagementResponseAndTheOfficerFollowsItToClosure() throws Exception {
        var id = recommend("R3", "Commission an independent shelter audit.", List.of(shelter), null);
        mvc.perform(get("/recommendations/" + id + "/response").with(TestSignIn.as(Role.ME_OFFICER)))
                .andExpect(status().isForbidden());
        var refused = page(post("/recommendations/" + id + "/response").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                .param("decision", "REJECTED").param("reason", "").param("status", "OPEN"));
        assertThat(refused.select("#reason-error").text()).contains("why");
        assertThat(read(id).response()).isNull();

        mvc.perform(post("/recommendations/" + id + "/response").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("decision", "PARTLY_ACCEPTED").param("action", "Audit two shelters")
                        .param("ownerId", String.valueOf(shelter)).param("deadline", LocalDate.now().minusDays(3).toString())
                        .param("status", "OPEN"))
                .andExpect(status().is3xxRedirection());
        var response = read(id).response();
        assertThat(response.overdue()).isTrue();

        mvc.perform(post("/recommendations/" + id + "/response/progress").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(response.version())).param("responseStatus", "DONE")
                        .param("closingNote", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problemKey", "recommendations.refused.closing-note"));
        mvc.perform(post("/recommendations/" + id + "/response/progress").with(TestSignIn.as(Role.ME_OFFICER)).with(csrf())
                        .param("version", String.valueOf(response.version())).param("responseStatus", "DONE")
                        .param("closingNote", "Both audited."))
                .andExpect(status().is3xxRedirection());
        var closed = read(id).response();
        assertThat(closed.status().name()).isEqualTo("DONE");
        assertThat(closed.closedOn()).isEqualTo(LocalDate.now());
        assertThat(closed.overdue()).isFalse();

        var shown = page(get("/recommendations/" + id).with(TestSignIn.as(Role.MEMBER)));
        assertThat(shown.select("#response-decision").attr("data-decision")).isEqualTo("PARTLY_ACCEPTED");
        assertThat(shown.select("#response-status").attr("data-status")).isEqualTo("DONE");
        // a stale version of the response is refused
        mvc.perform(post("/recommendations/" + id + "/response").with(TestSignIn.as(Role.COORDINATOR)).with(csrf())
                        .param("version", String.valueOf(response.version())).param("decision", "ACCEPTED")
                        .param("action", "x").param("status", "OPEN"))
                .andExpect(status().isOk());
        assertThat(read(id).response().decision().name()).isEqualTo("PARTLY_ACCEPTED");
        assertThat(trail("management-response", closed.id())).hasSize(2);
    }
}
