package org.ariadne.victimdata.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiConsumer;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The victim register's pages as a victim-data officer uses them, on the real database: a case registered through
 * the form, the same person identified again in another script and spelling and proposed on the new case's page,
 * confirmed with the page's button, and a form with several mistakes shown again with every reason.
 */
@AriadneIntegrationTest
class VictimCasePagesIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

    SignedInUser officer;
    String policeName;
    String shelterName;
    long police;
    long shelter;
    /** A birth date no other test uses, so that the linkage proposes only this test's cases. */
    LocalDate born;

    @BeforeEach
    void institutionsAndOfficer() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        policeName = Unique.name("Kosovo Police");
        shelterName = Unique.name("Shelter QMV");
        police = institutions.create(InstitutionCommand.named(policeName, InstitutionType.POLICE));
        shelter = institutions.create(InstitutionCommand.named(shelterName, InstitutionType.NGO));
        TestSignIn.clear();
        officer = TestSignIn.user(Unique.username("teuta"), null, Role.VICTIM_DATA_OFFICER);
        // 1960–1991: the victim-data journey's Drita Hoxha is born in 1992 and must meet no earlier case of hers
        born = LocalDate.of(1960, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(11_500));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** The case form as a browser sends it: every field, the ticked checkboxes, the identifying data typed. */
    private Map<String, String[]> caseFields(long institution, LocalDate identifiedOn, String first, String surname,
            String father, LocalDate closedOn) {
        var fields = new LinkedHashMap<String, String[]>();
        BiConsumer<String, String> one = (name, value) -> fields.put(name, new String[] {value});
        one.accept("identifiedOn", identifiedOn.toString());
        one.accept("identifyingInstitutionId", Long.toString(institution));
        one.accept("referringInstitutionId", Long.toString(shelter));
        one.accept("status", "IDENTIFIED");
        one.accept("sex", "FEMALE");
        one.accept("ageAtIdentification", "19");
        one.accept("citizenship", "xk");
        one.accept("region", "Prizren");
        one.accept("municipality", "Dragash");
        one.accept("scope", "INTERNAL");
        fields.put("forms", new String[] {"SEXUAL", "LABOUR"});
        one.accept("_forms", "on");
        one.accept("firstNames", first);
        one.accept("surnames", surname);
        one.accept("dateOfBirth", born.toString());
        one.accept("placeOfBirth", "Prizren");
        one.accept("fatherFirstName", father);
        one.accept("motherFirstName", "Fatime");
        one.accept("documentNumbers", "");
        one.accept("referredOn", identifiedOn.plusDays(1).toString());
        one.accept("assistanceDecision", "ACCEPTED");
        one.accept("assistanceDecidedOn", identifiedOn.plusDays(1).toString());
        one.accept("shelteredOn", identifiedOn.plusDays(2).toString());
        for (var empty : List.of("protectionOn", "courtCaseOn", "reintegrationOn")) {
            one.accept(empty, "");
        }
        one.accept("closedOn", closedOn == null ? "" : closedOn.toString());
        fields.put("services", new String[] {"SHELTER", "HEALTH"});
        one.accept("_services", "on");
        one.accept("consentToShare", "true");
        one.accept("_consentToShare", "on");
        one.accept("notes", "Came with her aunt");
        return fields;
    }

    private MockHttpServletRequestBuilder send(String url, Map<String, String[]> fields) {
        var request = post(url).with(csrf()).with(TestSignIn.as(officer));
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder caseForm(String url, long institution, LocalDate identifiedOn, String first,
            String surname, String father, LocalDate closedOn) {
        return send(url, caseFields(institution, identifiedOn, first, surname, father, closedOn));
    }

    /** Registers through the form; returns the new case's id (from where the form went on to). */
    private long register(long institution, LocalDate identifiedOn, String first, String surname, String father,
            LocalDate closedOn) throws Exception {
        var result = mvc.perform(caseForm("/victim-data/cases/new", institution, identifiedOn, first, surname, father,
                closedOn)).andExpect(redirectedUrlPattern("/victim-data/cases/*")).andReturn();
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/victim-data/cases/".length()));
    }

    private Document page(String url) throws Exception {
        return Jsoup.parse(html(get(url).with(TestSignIn.as(officer))));
    }

    private Document page(String url, MvcResult after) throws Exception {
        return Jsoup.parse(html(get(url).flashAttrs(after.getFlashMap()).with(TestSignIn.as(officer))));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String personOf(long caseId) throws Exception {
        return page("/victim-data/cases/" + caseId).selectFirst("p.lead span").text();
    }

    private int cases() {
        return jdbc.sql("select count(*) from victim_case").query(Integer.class).single();
    }

    @Test
    void anOfficerRegistersACaseThroughTheFormAndFindsItInTheRegister() throws Exception {
        var form = page("/victim-data/cases/new");
        assertThat(form.select("h1").text()).isEqualTo("Register a case");
        assertThat(form.select("#identifying-note").text()).contains("These data are never stored");
        assertThat(form.select("#identifying input, #identifying textarea"))
                .allMatch(input -> input.attr("autocomplete").equals("off"));
        assertThat(form.select("fieldset > legend").eachText()).contains("Forms of exploitation", "Services received",
                "Referral stages");

        var saved = mvc.perform(caseForm("/victim-data/cases/new", police, LocalDate.of(2023, 2, 10), "Arbnora",
                "Berisha", "Ilir", null)).andExpect(redirectedUrlPattern("/victim-data/cases/*")).andReturn();
        var casePage = page(saved.getResponse().getRedirectedUrl(), saved);

        var reference = casePage.select("h1").text().replace("Case ", "");
        assertThat(reference).startsWith("VC-2023-");
        assertThat(casePage.select(".flash.notice").text()).contains("Case " + reference + " registered");
        assertThat(casePage.select("#identification").text()).contains(policeName).contains(shelterName)
                .contains("Identified victim").contains("Female").contains("19").contains("XK").contains("Dragash")
                .contains("Sexual exploitation; Forced labour");
        assertThat(casePage.select("#stages").text()).contains("Date of referral 11 Feb 2023")
                .contains("(accepted)").contains("Date the case was closed not reached");
        assertThat(casePage.select("#services").text()).contains("Shelter; Health care").contains("Came with her aunt");
        assertThat(casePage.text()).as("the names typed for the linkage are nowhere").doesNotContain("Arbnora")
                .doesNotContain("Berisha").doesNotContain("Ilir");

        var list = page("/victim-data/cases?reference=" + reference);
        assertThat(list.select("#cases tbody tr")).hasSize(1);
        assertThat(list.select("#cases tbody tr a").attr("href")).isEqualTo(saved.getResponse().getRedirectedUrl());
        assertThat(list.select("#cases tbody tr").text()).contains(reference).contains(policeName)
                .contains("10 Feb 2023").contains("18–24");
        assertThat(list.select("#download-csv").attr("href")).isEqualTo("/victim-data/cases.csv?reference=" + reference);
    }

    @Test
    void theExportHasOneLineACaseWithInstitutionsByNameAndStageDatesButNothingSealedAndIsLogged() throws Exception {
        var id = register(police, LocalDate.of(2022, 9, 14), "Hana", "Morina", "Blerim", LocalDate.of(2023, 1, 20));
        var reference = page("/victim-data/cases/" + id).select("h1").text().replace("Case ", "");

        var file = Download.of(mvc.perform(get("/victim-data/cases.xlsx").param("reference", reference)
                .with(TestSignIn.as(officer))).andExpect(status().isOk()).andReturn());

        assertThat(file.fileName()).isEqualTo("victim-cases-" + LocalDate.now() + ".xlsx");
        var rows = file.xlsxRows();
        assertThat(rows).hasSize(2);
        var header = rows.get(0).stream().map(String::valueOf).toList();
        var line = rows.get(1).stream().map(String::valueOf).toList();
        assertThat(header).startsWith("Case", "Person", "Date of identification", "Year", "Identifying institution",
                "Referring institution").contains("Date of referral", "Date the case was closed")
                .doesNotContain("Municipality", "Notes", "First names", "Surnames");
        assertThat(line.get(0)).isEqualTo(reference);
        assertThat(line.get(header.indexOf("Identifying institution"))).isEqualTo(policeName);
        assertThat(line.get(header.indexOf("Referring institution"))).isEqualTo(shelterName);
        assertThat(line.get(header.indexOf("Date of referral"))).startsWith("2022-09-15");
        assertThat(line.get(header.indexOf("Date the case was closed"))).startsWith("2023-01-20");
        assertThat(line.get(header.indexOf("Forms of exploitation"))).isEqualTo("Sexual exploitation; Forced labour");
        assertThat(String.join(" ", line)).doesNotContain("Hana").doesNotContain("Morina").doesNotContain("Dragash")
                .doesNotContain("her aunt");
        var csv = Download.of(mvc.perform(get("/victim-data/cases.csv").param("reference", reference)
                .with(TestSignIn.as(officer))).andExpect(status().isOk()).andReturn()).csvRows();
        assertThat(csv).hasSize(2);
        assertThat(csv.get(0)).isEqualTo(header);
        assertThat(csv.get(1).get(0)).isEqualTo(reference);
        assertThat(csv.get(1).get(header.indexOf("Identifying institution"))).isEqualTo(policeName);

        var log = page("/victim-data/access-log?user=" + officer.getUsername());
        assertThat(log.select("#access-log tbody tr[data-action=EXPORT]")).hasSize(2)
                .allMatch(row -> row.text().contains("1 case exported"));
    }

    @Test
    void aSecondIdentificationInCyrillicIsProposedOnItsPageAndConfirmedTheBothAreOnePerson() throws Exception {
        var first = register(police, LocalDate.of(2021, 5, 2), "Drita", "Hoxha", "Bekim", LocalDate.of(2021, 11, 30));
        var firstReference = page("/victim-data/cases/" + first).select("h1").text().replace("Case ", "");

        var second = register(shelter, LocalDate.of(2023, 2, 10), "Дрита", "Хоџај", "Беким", null);

        var secondPage = page("/victim-data/cases/" + second);
        var proposal = secondPage.select("#match-" + first);
        assertThat(proposal).as("the earlier case is proposed on the new case's page").hasSize(1);
        assertThat(proposal.text()).contains(firstReference).contains("likely the same person").contains(policeName)
                .contains("2 May 2021").contains("30 Nov 2021");
        assertThat(personOf(second)).isNotEqualTo(personOf(first));

        var confirmed = mvc.perform(post("/victim-data/cases/" + second + "/matches/" + first + "/confirm")
                .with(csrf()).with(TestSignIn.as(officer)))
                .andExpect(redirectedUrl("/victim-data/cases/" + second + "#proposals")).andReturn();

        var after = page("/victim-data/cases/" + second, confirmed);
        assertThat(after.select(".flash.notice").text()).contains("both cases are now of the same person");
        assertThat(after.select("#match-" + first).text()).contains("Same person (decided by " + officer.getUsername());
        assertThat(after.select("#match-" + first + " form")).as("a decided proposal has no buttons").isEmpty();
        assertThat(personOf(second)).isEqualTo(personOf(first));
        assertThat(after.select("#person-cases").text()).contains(firstReference);
        var list = page("/victim-data/cases?reference=" + personOf(first).replace("Person ", ""));
        assertThat(list.select("#cases tbody tr")).hasSize(2);
    }

    @Test
    void aFormWithAStageBeforeTheIdentificationAFutureDateAndNoInstitutionComesBackWithEveryReason()
            throws Exception {
        var before = cases();
        var tomorrow = LocalDate.now().plusDays(1);

        var fields = caseFields(police, tomorrow, "Vesa", "Gashi", "Agim", null);
        fields.put("identifyingInstitutionId", new String[] {""});
        fields.put("referredOn", new String[] {LocalDate.now().minusDays(10).toString()});

        var shown = Jsoup.parse(html(send("/victim-data/cases/new", fields)));

        var reasons = shown.select(".flash.problem p").eachText();
        assertThat(reasons).contains("Date of identification: Cannot be in the future.",
                "Identifying institution: Fill this in.",
                "Date of referral: Date of referral cannot be before Date of identification.");
        assertThat(shown.select("#identifiedOn-error").text()).isEqualTo("Cannot be in the future.");
        assertThat(shown.select("#identifyingInstitutionId-error").text()).isEqualTo("Fill this in.");
        assertThat(shown.select("#referredOn-error").text())
                .isEqualTo("Date of referral cannot be before Date of identification.");
        assertThat(shown.select("#region").val()).as("what was typed stays").isEqualTo("Prizren");
        assertThat(cases()).as("nothing saved").isEqualTo(before);
    }

    @Test
    void theEditFormLeavesTheIdentifyingDataEmptyAndSavesAChange() throws Exception {
        var id = register(police, LocalDate.of(2022, 3, 4), "Ana", "Krasniqi", "Ilir", null);
        var edit = page("/victim-data/cases/" + id + "/edit");
        assertThat(edit.select("#identifying-note").text()).contains("type them again only to re-link");
        assertThat(edit.select("#firstNames").val()).isEmpty();
        assertThat(edit.select("#region").val()).isEqualTo("Prizren");
        var version = edit.select("input[name=version]").val();

        var change = caseFields(police, LocalDate.of(2022, 3, 4), "", "", "", null);
        for (var identifying : List.of("dateOfBirth", "placeOfBirth", "motherFirstName")) {
            change.put(identifying, new String[] {""});
        }
        change.put("region", new String[] {"Gjakova"});
        change.put("version", new String[] {version});
        mvc.perform(send("/victim-data/cases/" + id + "/edit", change))
                .andExpect(redirectedUrl("/victim-data/cases/" + id));

        assertThat(page("/victim-data/cases/" + id).select("#identification").text()).contains("Gjakova");
        change.put("region", new String[] {"Peja"});
        var stale = Jsoup.parse(html(send("/victim-data/cases/" + id + "/edit", change)));
        assertThat(stale.select(".flash.problem").text()).contains(officer.getUsername()).contains("saved this case");
        assertThat(stale.select("#region").val()).as("what was typed stays").isEqualTo("Peja");
        assertThat(page("/victim-data/cases/" + id).select("#identification").text()).contains("Gjakova");
    }
}
