package org.ariadne.institutions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;

import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Download;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Two participants in one installation (issue 19): the directory and the map of a country are its own. A person of
 * the second participant never reaches the first one's institutions or units, by address, list, download or search;
 * both may have a Ministry of Interior called "MoI"; a person who works across participants sees both.
 */
@AriadneIntegrationTest
class InstitutionsParticipantIsolationIntegrationTest {

    private static final List<Role> PARTICIPANT_ROLES = List.of(Role.COORDINATOR, Role.ME_OFFICER, Role.FOCAL_POINT,
            Role.MEMBER, Role.ADMINISTRATOR);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Institutions institutions;
    @Autowired
    TerritorialUnits units;

    long second;
    String ministry;
    long firstMinistry;
    long secondMinistry;
    String firstOnly;
    long firstOnlyId;
    String region;
    long firstRegion;
    long secondRegion;

    @BeforeEach
    void twoParticipantsEachWithAMinistryOfInterior() {
        second = newParticipant(jdbc);
        ministry = Unique.name("Ministry of Interior");
        firstOnly = Unique.name("Border police of the first");
        region = Unique.name("North region");
        var acronym = Unique.username("moi");
        firstMinistry = as(person(1L, Role.ME_OFFICER, null), () -> {
            var id = institutions.create(InstitutionCommand.named(ministry, InstitutionType.MINISTRY));
            institutions.addAlias(id, acronym);
            return id;
        });
        firstOnlyId = as(person(1L, Role.ME_OFFICER, null),
                () -> institutions.create(InstitutionCommand.named(firstOnly, InstitutionType.POLICE)));
        firstRegion = as(person(1L, Role.ADMINISTRATOR, null), () -> units.create(region(region)));
        secondMinistry = as(person(second, Role.ME_OFFICER, null), () -> {
            var id = institutions.create(InstitutionCommand.named(ministry, InstitutionType.MINISTRY));
            institutions.addAlias(id, acronym);
            return id;
        });
        secondRegion = as(person(second, Role.ADMINISTRATOR, null), () -> units.create(region(region)));
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theSameNameAndTheSameOtherSpellingLiveInBothParticipantsEachStampedWithItsOwn() {
        assertThat(secondMinistry).isNotEqualTo(firstMinistry);
        assertThat(participantOf("institution", firstMinistry)).isEqualTo(1L);
        assertThat(participantOf("institution", secondMinistry)).isEqualTo(second);
        assertThat(participantOf("territorial_unit", secondRegion)).isEqualTo(second);
        assertThat(jdbc.sql("select count(*) from institution_alias where institution_id in (?, ?)")
                .params(firstMinistry, secondMinistry).query(Integer.class).single()).isEqualTo(2);
        // within one participant a name is still unique
        assertThatThrownBy(() -> as(person(second, Role.ME_OFFICER, null),
                () -> institutions.create(InstitutionCommand.named(ministry, InstitutionType.MINISTRY))))
                .isInstanceOf(InstitutionException.class);
    }

    @Test
    void everyPersonOfTheSecondParticipantGets404OnTheFirstsInstitutionAndUnit() throws Exception {
        for (var role : PARTICIPANT_ROLES) {
            var user = person(second, role, role == Role.FOCAL_POINT ? secondMinistry : null);
            mvc.perform(get("/institutions/" + firstMinistry + "/edit").with(TestSignIn.as(user)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/territorial-units/" + firstRegion + "/edit").with(TestSignIn.as(user)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void theSecondParticipantsAdministratorEditsItsOwnInstitutionAndUnit() throws Exception {
        var admin = person(second, Role.ADMINISTRATOR, null);
        assertThat(body("/institutions/" + secondMinistry + "/edit", admin)).contains(ministry);
        assertThat(body("/territorial-units/" + secondRegion + "/edit", admin)).contains(region);
    }

    @Test
    void listsDownloadsAndSearchOfTheSecondParticipantNeverNameTheFirstsInstitutions() throws Exception {
        for (var role : PARTICIPANT_ROLES) {
            var user = person(second, role, role == Role.FOCAL_POINT ? secondMinistry : null);
            assertThat(body("/institutions", user)).contains(ministry).doesNotContain(firstOnly);
            assertThat(body("/institutions.csv", user)).contains(ministry).doesNotContain(firstOnly);
            var xlsx = Download.of(mvc.perform(get("/institutions.xlsx").with(TestSignIn.as(user))).andReturn());
            assertThat(xlsx.xlsxRows().toString()).contains(ministry).doesNotContain(firstOnly);
            assertThat(body("/territorial-units", user)).contains(region).doesNotContain(firstOnly);
            assertThat(body("/search?q=" + firstOnly.replace(' ', '+'), user)).doesNotContain(firstOnly);
        }
        // a person of the first participant finds it
        var first = person(1L, Role.MEMBER, null);
        assertThat(body("/search?q=" + firstOnly.replace(' ', '+'), first)).contains(firstOnly);
    }

    @Test
    void theDirectoryOfTheSecondParticipantHasOneMinistryOfInteriorItsOwn() {
        var seen = as(person(second, Role.MEMBER, null), () -> institutions.directory().all());
        assertThat(seen).filteredOn(institution -> institution.name().equals(ministry))
                .extracting(InstitutionView::id).containsExactly(secondMinistry);
        assertThat(seen).extracting(InstitutionView::id).doesNotContain(firstOnlyId);
    }

    @Test
    void aPersonWhoWorksAcrossParticipantsSeesBoth() throws Exception {
        var regional = person(null, Role.ADMINISTRATOR, null);
        assertThat(body("/institutions", regional)).contains(firstOnly).contains(ministry);
        assertThat(body("/institutions/" + firstMinistry + "/edit", regional)).contains(ministry);
        assertThat(body("/institutions/" + secondMinistry + "/edit", regional)).contains(ministry);
        var both = as(regional, () -> institutions.list());
        assertThat(both).extracting(InstitutionView::id).contains(firstMinistry, secondMinistry, firstOnlyId);
    }

    /** A participant besides the home one, as the regional body adds a country. */
    static long newParticipant(JdbcClient jdbc) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into participant (code, name, created_at, updated_at)"
                        + " values (?, ?, current_timestamp, current_timestamp)")
                .params(Unique.username("p"), Unique.name("Second country")).update(key, "id");
        return key.getKey().longValue();
    }

    private long participantOf(String table, long id) {
        return jdbc.sql("select participant_id from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private static TerritorialUnitCommand region(String name) {
        return new TerritorialUnitCommand(name, TerritorialUnitKind.REGION, null, null, null, null);
    }

    private static SignedInUser person(Long participant, Role role, Long institution) {
        return TestSignIn.userOf(participant, Unique.username(role.name().toLowerCase(java.util.Locale.ROOT)),
                institution, role);
    }

    private <T> T as(SignedInUser user, Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var before = context.getAuthentication();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return work.get();
        } finally {
            context.setAuthentication(before);
        }
    }

    private String body(String url, SignedInUser user) throws Exception {
        return mvc.perform(get(url).with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
