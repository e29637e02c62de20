package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.TestDatabase;
import org.ariadne.victimdata.CaseFilter;
import org.ariadne.victimdata.CaseSummary;
import org.ariadne.victimdata.VictimRegister;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's victim register, as the demo victim-data officer finds it after the first start: several hundred cases
 * of fewer persons, some identified again after their case was closed, some reported by two institutions, a few
 * proposals waiting for her; and not one of the made-up names anywhere in the database. Same configuration as
 * {@link DemoDataIntegrationTest}, so that both share one application context and one demo.
 */
@SpringBootTest(properties = {"ariadne.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:ariadne-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@ActiveProfiles("test")
@Import(TestDatabase.class)
class DemoRegisterIntegrationTest {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    VictimRegister register;
    @Autowired
    DemoRegister demoRegister;
    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theDemoRegisterHoldsSeveralHundredCasesOfFewerPersonsOverSixYears() {
        long cases = count("select count(*) from victim_case");
        long persons = count("select count(distinct person_id) from victim_case");
        assertThat(cases).isBetween(400L, 600L);
        assertThat(persons).isLessThan(cases);
        var year = LocalDate.now(clock).getYear();
        assertThat(jdbc.sql("select distinct identified_year from victim_case order by identified_year")
                .query(Integer.class).list()).containsExactly(year - 5, year - 4, year - 3, year - 2, year - 1, year);
        assertThat(count("select count(*) from victim_case where created_by <> '" + DemoRegister.OFFICER + "'"))
                .as("every case entered by the demo victim-data officer").isZero();

        long retrafficked = count("""
                select count(distinct c.person_id) from victim_case c where exists (select 1 from victim_case e
                  where e.person_id = c.person_id and e.id <> c.id and e.identified_on < c.identified_on
                  and e.closed_on is not null and e.closed_on <= c.identified_on)""");
        assertThat(retrafficked).as("re-trafficked persons").isPositive();
        assertThat((double) retrafficked / persons).isBetween(0.02, 0.09);
        long twice = count("""
                select count(distinct c.person_id) from victim_case c where exists (select 1 from victim_case e
                  where e.person_id = c.person_id and e.id <> c.id
                  and e.identifying_institution_id <> c.identifying_institution_id
                  and e.identified_on between c.identified_on - 10 and c.identified_on)""");
        assertThat(twice).as("persons reported by two institutions within days").isPositive();
        assertThat(count("select count(*) from victim_case where closed_on is not null")).isGreaterThan(cases / 2);
        assertThat(count("select count(*) from victim_case where assistance_decision = 'REFUSED'")).isPositive();
    }

    @Test
    void theOfficerConfirmedTheTrueLinksAndAFewProposalsWaitForHer() {
        assertThat(count("select count(*) from victim_case_match where decision = 'CONFIRMED'")).isGreaterThan(20);
        assertThat(count("select count(*) from victim_case_match where decision = 'CONFIRMED' and decided_by <> '"
                + DemoRegister.OFFICER + "'")).isZero();
        assertThat(count("select count(*) from victim_case_access where action = 'LINK' and username = '"
                + DemoRegister.OFFICER + "'")).isPositive();

        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
        var waiting = register.list(CaseFilter.none(), 1000).stream().filter(summary -> summary.proposedMatches() > 0)
                .map(CaseSummary::reference).toList();
        assertThat(waiting).as("cases whose proposals wait for the officer").hasSizeBetween(DemoRegister.LEFT_OPEN, 20);
        var open = register.proposals(register.list(new CaseFilter(null, null, null, waiting.get(0)), 1).get(0).id());
        assertThat(open).anyMatch(proposal -> proposal.open());
    }

    @Autowired
    org.springframework.test.web.servlet.MockMvc mvc;

    /** The sign-in page tells the newcomer what the victimdata account finds, in both languages. */
    @Test
    void theSignInPageSendsTheVictimDataOfficerToTheRegister() throws Exception {
        for (var language : new String[] {"en", "sq"}) {
            var page = org.jsoup.Jsoup.parse(mvc.perform(
                    org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login?lang=" + language))
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(page.selectFirst("#demo-accounts").text()).as(language)
                    .contains(language.equals("en") ? "Victim register: some 500 synthetic cases"
                            : "Regjistri i viktimave: rreth 500 raste sintetike");
        }
    }

    /** What the sign-in page promises: victimdata signs in, opens the register and finds proposals waiting. */
    @Test
    void theDemoVictimDataOfficerFindsTheRegisterWithProposalsWaiting() throws Exception {
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(
                org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
                        .user(DemoRegister.OFFICER).password(DemoData.PASSWORD)).andReturn().getRequest().getSession();
        var page = org.jsoup.Jsoup.parse(mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.get("/victim-data/cases").session(session)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8));

        // the demo leaves its last few links undecided, and every proposal of the last month (which ones depends on
        // the day the demo is loaded): the page counts them all
        long waiting = count("select count(*) from victim_case_match m join victim_case c on c.id = m.case_id"
                + " where m.decision = 'PROPOSED' and c.participant_id = 1");
        assertThat(waiting).isGreaterThanOrEqualTo(DemoRegister.LEFT_OPEN);
        assertThat(page.selectFirst("#open-proposals").text()).startsWith(waiting + " proposals");
        assertThat(page.select("#cases tbody tr")).hasSizeGreaterThan(50);
    }

    @Test
    void aSecondStartFindsTheRegisterAndAddsNothing() {
        long cases = count("select count(*) from victim_case");

        assertThat(demoRegister.load()).isNull();

        assertThat(count("select count(*) from victim_case")).isEqualTo(cases);
    }

    /**
     * The generator's names, in every spelling it typed (Albanian, Serbian Latin, Cyrillic, without diacritics), are
     * nowhere in the register's tables nor in the audit trail of its cases: the register kept keys only.
     */
    @Test
    void theDatabaseHoldsNoneOfTheDemoNamesInClear() {
        var plan = DemoVictims.plan(LocalDate.now(clock));
        var names = DemoVictims.typedNames(plan);
        assertThat(names).hasSizeGreaterThan(200);
        var fullNames = new TreeSet<String>();
        plan.forEach(planned -> fullNames.add(
                (planned.draft().firstNames() + " " + planned.draft().surnames()).toLowerCase(Locale.ROOT)));
        // a name of five letters or more as a word of its own, written as typed; a short one could turn up by chance
        // inside the base64 of a sealed column, a whole name with its space cannot
        var words = new TreeSet<String>();
        names.forEach(name -> List.of(name.split("\\s+")).stream().filter(word -> word.length() >= 5)
                .forEach(words::add));

        var tables = new ArrayList<>(jdbc.sql("select table_name from information_schema.tables "
                + "where lower(table_name) like 'victim%'").query(String.class).list());
        assertThat(tables).contains("victim_case", "victim_person", "victim_case_match", "victim_case_access");
        var found = new TreeSet<String>();
        for (var table : tables) {
            scan(found, table, "select * from " + table, fullNames, words);
        }
        scan(found, "audit_event", "select * from audit_event where entity_type like 'victim%'", fullNames, words);
        assertThat(count("select count(*) from audit_event where entity_type like 'victim%'")).isPositive();
        assertThat(found).isEmpty();
    }

    private void scan(Set<String> found, String table, String sql, Set<String> fullNames, Set<String> words) {
        jdbc.sql(sql).query(rs -> {
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                var cell = rs.getString(column);
                if (cell == null) {
                    continue;
                }
                var lower = cell.toLowerCase(Locale.ROOT);
                for (var name : fullNames) {
                    if (lower.contains(name)) {
                        found.add(table + " holds " + name);
                    }
                }
                for (var word : cell.split("[^\\p{L}]+")) {
                    if (words.contains(word)) {
                        found.add(table + " holds " + word);
                    }
                }
            }
        });
    }
}
