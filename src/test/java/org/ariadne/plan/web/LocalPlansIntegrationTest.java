package org.ariadne.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.TerritorialUnitCommand;
import org.ariadne.institutions.TerritorialUnitKind;
import org.ariadne.institutions.TerritorialUnits;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.LocalPlans;
import org.ariadne.plan.PlanEditing;
import org.ariadne.plan.ThematicArea;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.BuiltPlan;
import org.ariadne.support.TestPlans;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.ariadne.support.ActivityBuilder.anActivity;
import static org.ariadne.support.PlanBuilder.aPlan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a national plan, a regional plan of one region and a municipal plan of a municipality of another; the
 * local coordinator of the municipality (its account's institution serves it) reads the national plan, manages its
 * municipality's plan (maps it, reviews its reports) and is told the other region's plan does not exist; the national
 * dashboard rolls the local plans up per unit and can be narrowed to one.
 */
@AriadneIntegrationTest
class LocalPlansIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestPlans kit;
    @Autowired
    TerritorialUnits units;
    @Autowired
    LocalPlans local;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanEditing editing;
    @Autowired
    org.ariadne.institutions.Institutions institutions;
    @Autowired
    ReportingSchedules schedules;

    long prizren;
    long gjakovaRegion;
    long gjakova;
    long commission;
    BuiltPlan national;
    BuiltPlan regional;
    BuiltPlan municipal;
    SignedInUser localCoordinator;

    @BeforeEach
    void threePlans() {
        prizren = asAdministrator(() -> units.create(unit("Prizren region", TerritorialUnitKind.REGION, null)));
        gjakovaRegion = asAdministrator(() -> units.create(unit("Gjakova region", TerritorialUnitKind.REGION, null)));
        gjakova = asAdministrator(() -> units.create(unit("Gjakova", TerritorialUnitKind.MUNICIPALITY, gjakovaRegion)));
        commission = kit.institution("Municipal commission Gjakova", InstitutionType.MUNICIPALITY);
        var police = kit.institution("Regional police Prizren", InstitutionType.POLICE);
        asOfficer(() -> {
            units.assignInstitution(commission, gjakova);
            units.assignInstitution(police, prizren);
            return null;
        });
        var past = LocalDate.now().minusMonths(2);
        national = kit.build(aPlan().named("National plan").running(2024, 2030)
                .withStrategicObjective("SO 1", "Prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 1.1", "National awareness")
                .withActivity(anActivity("A1.1.1", "National campaign"))
                .withStrategicObjective("SO 2", "Protection", ThematicArea.PROTECTION)
                .withSpecificObjective("SO 2.1", "National referral")
                .withActivity(anActivity("A2.1.1", "Referral mechanism")));
        municipal = kit.build(aPlan().named("Gjakova local plan").running(2024, 2030)
                .withStrategicObjective("SO 1", "Local prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 1.1", "Awareness in Gjakova")
                .withActivity(anActivity("A1.1.1", "School sessions").ledBy(commission).status(ActivityStatus.STARTED)
                        .running(past.minusMonths(6), past))
                .withActivity(anActivity("A1.1.2", "Outreach to families").ledBy(commission)
                        .status(ActivityStatus.COMPLETED))
                .withSpecificObjective("SO 1.2", "Reintegration in Gjakova")
                .withActivity(anActivity("A1.2.1", "Reintegration fund").ledBy(commission)));
        regional = kit.build(aPlan().named("Prizren regional plan").running(2024, 2030)
                .withStrategicObjective("SO 1", "Regional prevention", ThematicArea.PREVENTION)
                .withSpecificObjective("SO 1.1", "Schools of the region")
                .withActivity(anActivity("A1.1.1", "Regional sessions").ledBy(police).status(ActivityStatus.STARTED)));
        asOfficer(() -> {
            local.place(municipal.id(), gjakova, national.id());
            local.place(regional.id(), prizren, national.id());
            // the municipal plan's first specific objective onto the national awareness; the rest left unmapped
            local.map(LocalPlans.ElementKind.SPECIFIC, municipal.element("SO 1.1"), "P:" + national.element("SO 1.1"));
            local.map(LocalPlans.ElementKind.STRATEGIC, regional.element("SO 1"), "S:" + national.element("SO 1"));
            return null;
        });
        localCoordinator = TestSignIn.user(Unique.username("local"), commission, Role.LOCAL_COORDINATOR, Role.FOCAL_POINT);
    }

    @Test
    void theLocalCoordinatorReadsTheNationalPlanAndItsOwnButIsToldTheOtherRegionsPlanDoesNotExist() throws Exception {
        mvc.perform(get("/plans/" + national.id()).with(TestSignIn.as(localCoordinator))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + municipal.id()).with(TestSignIn.as(localCoordinator))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + regional.id()).with(TestSignIn.as(localCoordinator))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/" + regional.id() + "/dashboard").with(TestSignIn.as(localCoordinator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/activities/" + regional.element("A1.1.1")).with(TestSignIn.as(localCoordinator)))
                .andExpect(status().isNotFound());

        var list = page(get("/plans").with(TestSignIn.as(localCoordinator)));
        assertThat(list).contains(national.title()).contains(municipal.title()).doesNotContain(regional.title());
        // a national reader is not narrowed
        assertThat(page(get("/plans").with(TestSignIn.as(Role.MEMBER)))).contains(regional.title());
    }

    @Test
    void aRegionsCoordinatorAlsoManagesThePlansOfItsMunicipalities() throws Exception {
        var regionInstitution = kit.institution("Regional committee Gjakova", InstitutionType.OTHER);
        asOfficer(() -> {
            units.assignInstitution(regionInstitution, gjakovaRegion);
            return null;
        });
        var regionCoordinator = TestSignIn.user(Unique.username("region"), regionInstitution, Role.LOCAL_COORDINATOR);

        mvc.perform(get("/plans/" + municipal.id()).with(TestSignIn.as(regionCoordinator))).andExpect(status().isOk());
        var mapping = page(get("/plans/" + municipal.id() + "/local").with(TestSignIn.as(regionCoordinator)));
        assertThat(Jsoup.parse(mapping).select("#mappings select")).isNotEmpty();
        mvc.perform(get("/plans/" + regional.id()).with(TestSignIn.as(regionCoordinator))).andExpect(status().isNotFound());
    }

    @Test
    void theLocalCoordinatorMapsItsPlansActivityOntoANationalObjectiveButNotTheOtherRegionsAndTheTrailKeepsIt()
            throws Exception {
        var activity = municipal.element("A1.2.1");
        var target = "P:" + national.element("SO 2.1");
        var page = Jsoup.parse(page(get("/plans/" + municipal.id() + "/local").with(TestSignIn.as(localCoordinator))));
        assertThat(page.select("#activity-" + activity + " option").eachAttr("value")).contains(target);
        assertThat(page.select("#activity-" + activity + " option[selected]")).isEmpty();

        mvc.perform(mapping(municipal.id(), "ACTIVITY", activity, target).with(TestSignIn.as(localCoordinator)))
                .andExpect(redirectedUrl("/plans/" + municipal.id() + "/local#activity-" + activity));

        var after = Jsoup.parse(page(get("/plans/" + municipal.id() + "/local").with(TestSignIn.as(localCoordinator))));
        assertThat(after.select("#activity-" + activity + " option[selected]").text()).startsWith("SO 2.1");
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'activity' and entity_id = ?")
                .param(activity).query(Integer.class).single()).isEqualTo(2);
        // another region's element: as if it did not exist; and nothing changed there
        mvc.perform(mapping(regional.id(), "ACTIVITY", regional.element("A1.1.1"), target)
                .with(TestSignIn.as(localCoordinator))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from activity where id = ? and national_specific_id is not null")
                .param(regional.element("A1.1.1")).query(Integer.class).single()).isZero();
        // a member reads the mapping but has nothing to change
        var asMember = Jsoup.parse(page(get("/plans/" + municipal.id() + "/local").with(TestSignIn.as(Role.MEMBER))));
        assertThat(asMember.select("#mappings select")).isEmpty();
        assertThat(asMember.select("#activity-" + activity).text()).contains("SO 2.1");
    }

    @Test
    void anObjectiveOfAnotherPlanOrAPlanNotNationalIsRefusedInTheUsersLanguage() throws Exception {
        var refused = mvc.perform(mapping(municipal.id(), "ACTIVITY", municipal.element("A1.2.1"),
                "P:" + regional.element("SO 1.1")).param("lang", "sq").with(TestSignIn.as(localCoordinator)))
                .andReturn();
        var shown = page(get("/plans/" + municipal.id() + "/local").param("lang", "sq")
                .flashAttrs(refused.getFlashMap()).with(TestSignIn.as(localCoordinator)));
        assertThat(shown).contains("nuk është objektiv i planit që ai ndjek");

        var placed = mvc.perform(post("/plans/" + municipal.id() + "/local/placement").with(csrf())
                .param("unitId", String.valueOf(gjakova)).param("nationalPlanId", String.valueOf(regional.id()))
                .with(TestSignIn.as(Role.ME_OFFICER))).andReturn();
        assertThat(page(get("/plans/" + municipal.id() + "/local").flashAttrs(placed.getFlashMap())
                .with(TestSignIn.as(Role.ME_OFFICER)))).contains("choose a plan that belongs to no region or municipality");
        assertThat(asOfficer(() -> local.placement(municipal.id())).nationalPlanId()).isEqualTo(national.id());
    }

    @Test
    void theNationalDashboardShowsEachUnitsContributionAndCanBeNarrowedToOneRegion() throws Exception {
        var dashboard = Jsoup.parse(page(get("/plans/" + national.id() + "/dashboard").with(TestSignIn.as(Role.MEMBER))));
        var rows = dashboard.select("#local-contributions tbody tr");
        assertThat(rows.eachAttr("data-unit")).containsExactlyInAnyOrder(unitName("Gjakova"), unitName("Prizren region"));
        var gjakovaRow = rows.stream().filter(row -> row.attr("data-unit").equals(unitName("Gjakova"))).findFirst()
                .orElseThrow();
        // the two activities of the mapped specific objective: one started (and past its end), one completed
        assertThat(gjakovaRow.attr("data-objective")).isEqualTo("SO 1.1");
        assertThat(gjakovaRow.select("td.number").eachText()).containsExactly("2", "1", "1", "0", "0", "1");

        var narrowed = Jsoup.parse(page(get("/plans/" + national.id() + "/dashboard")
                .param("localUnit", String.valueOf(gjakovaRegion)).with(TestSignIn.as(Role.MEMBER))));
        assertThat(narrowed.select("#local-contributions tbody tr").eachAttr("data-unit"))
                .containsExactly(unitName("Gjakova"));
        assertThat(narrowed.select("#localUnit option[selected]").text()).isEqualTo(unitName("Gjakova region"));

        // the local coordinator's dashboard of the national plan leaves out the plans it may not read
        var asLocal = Jsoup.parse(page(get("/plans/" + national.id() + "/dashboard").with(TestSignIn.as(localCoordinator))));
        assertThat(asLocal.select("#local-contributions tbody tr").eachAttr("data-unit"))
                .containsExactly(unitName("Gjakova"));
    }

    @Test
    void theQualityAuditOfTheLocalPlanListsItsObjectivesMappedOntoNoNationalObjective() throws Exception {
        var audit = page(get("/plans/" + municipal.id() + "/quality").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(audit).contains("Local specific objective without national objective").contains("Reintegration in Gjakova");
        assertThat(audit).contains("Local strategic objective without national objective");
        var nationalAudit = page(get("/plans/" + national.id() + "/quality").with(TestSignIn.as(Role.ME_OFFICER)));
        assertThat(nationalAudit).doesNotContain("without national objective");
    }

    @Test
    void theLocalCoordinatorAcceptsASubmittedReportOfItsPlanButNotOfAnotherUnitsPlan() throws Exception {
        var fixture = new ReportingFixture(editing, institutions, schedules);
        asOfficer(() -> {
            local.place(fixture.planId, gjakova, national.id());
            return null;
        });
        var period = fixture.lastEndedPeriod(schedules);
        var shelter = TestSignIn.user(Unique.username("shelter"), fixture.shelter, Role.FOCAL_POINT);
        var report = "/reporting/" + period.id() + "/institutions/" + fixture.shelter;
        mvc.perform(post(report + "/activities/" + fixture.beds).with(csrf()).with(TestSignIn.as(shelter))
                .param("revision", "0").param("status", "STARTED").param("narrative", "Beds ready").param("problems", ""));
        var version = Jsoup.parse(page(get(report).with(TestSignIn.as(shelter))))
                .selectFirst("#submit-form input[name=version]").val();
        mvc.perform(post(report + "/submit").with(csrf()).with(TestSignIn.as(shelter)).param("confirmed", "true")
                .param("version", version));

        var otherCoordinator = TestSignIn.user(Unique.username("prizren"), kit.institution("Prizren office",
                InstitutionType.OTHER), Role.LOCAL_COORDINATOR);
        asOfficer(() -> {
            units.assignInstitution(otherCoordinator.institutionId(), prizren);
            return null;
        });
        var reviewVersion = Jsoup.parse(page(get(report).with(TestSignIn.as(localCoordinator))))
                .selectFirst("form[action$=/accept] input[name=version]").val();
        mvc.perform(post(report + "/accept").with(csrf()).with(TestSignIn.as(otherCoordinator))
                .param("version", reviewVersion)).andExpect(status().isForbidden());
        mvc.perform(post(report + "/accept").with(csrf()).with(TestSignIn.as(localCoordinator))
                .param("version", reviewVersion)).andExpect(redirectedUrl(report));
        assertThat(Jsoup.parse(page(get(report).with(TestSignIn.as(Role.COORDINATOR)))).selectFirst(".report-status")
                .text()).isEqualTo("Accepted");
        mvc.perform(get("/reporting/plans/" + fixture.planId + "/completeness").with(TestSignIn.as(localCoordinator)))
                .andExpect(status().isOk());
        mvc.perform(get("/reporting/plans/" + fixture.planId + "/completeness").with(TestSignIn.as(otherCoordinator)))
                .andExpect(status().isForbidden());
    }

    private static MockHttpServletRequestBuilder mapping(long planId, String kind, long elementId, String target) {
        return post("/plans/" + planId + "/local/mapping").with(csrf()).param("kind", kind)
                .param("elementId", String.valueOf(elementId)).param("target", target);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private final java.util.Map<String, String> names = new java.util.HashMap<>();

    private TerritorialUnitCommand unit(String words, TerritorialUnitKind kind, Long parent) {
        var name = names.computeIfAbsent(words, Unique::name);
        return new TerritorialUnitCommand(name, kind, parent, null, null, null);
    }

    private String unitName(String words) {
        return names.get(words);
    }

    private static <T> T asAdministrator(java.util.function.Supplier<T> work) {
        TestSignIn.onThisThread(Role.ADMINISTRATOR);
        try {
            return work.get();
        } finally {
            TestSignIn.clear();
        }
    }

    private static <T> T asOfficer(java.util.function.Supplier<T> work) {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        try {
            return work.get();
        } finally {
            TestSignIn.clear();
        }
    }
}
