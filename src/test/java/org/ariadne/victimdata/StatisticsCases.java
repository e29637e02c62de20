package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.linkage.Sex;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cases for the statistics tests, registered through {@link VictimRegister} by a victim-data officer, in two
 * institutions made for the test: counting only their cases keeps other tests' cases out of the figures.
 */
public final class StatisticsCases {

    public final long police;
    public final long shelter;
    /** The participant whose register holds these cases. */
    public final long participant;
    private final VictimRegister register;

    public StatisticsCases(VictimRegister register, Institutions institutions) {
        this(register, institutions, ParticipantScope.HOME);
    }

    private StatisticsCases(VictimRegister register, Institutions institutions, long participant) {
        this.register = register;
        this.participant = participant;
        as(Role.ME_OFFICER);
        police = institutions.create(InstitutionCommand.named(Unique.name("Statistics Police"), InstitutionType.POLICE));
        shelter = institutions.create(InstitutionCommand.named(Unique.name("Statistics Shelter"), InstitutionType.NGO));
        as(Role.VICTIM_DATA_OFFICER);
    }

    /**
     * Cases in the register of a participant made for the test, so that a protected reader (who always counts the
     * whole register of their participant, every year and institution) counts these cases and no other test's.
     */
    public static StatisticsCases ofTheirOwn(VictimRegister register, Institutions institutions, JdbcClient jdbc) {
        var code = Unique.username("s").toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        code = code.substring(Math.max(0, code.length() - 16));
        jdbc.sql("insert into participant (code, name, created_at, updated_at) "
                + "values (?, ?, current_timestamp, current_timestamp)")
                .params(code, Unique.name("Statistics participant")).update();
        long participant = jdbc.sql("select id from participant where code = ?").param(code).query(Long.class).single();
        return new StatisticsCases(register, institutions, participant);
    }

    /** Runs the rest of the test on this thread as a person of the cases' participant with this role. */
    public void as(Role role) {
        var user = TestSignIn.userOf(participant, Unique.username(role.name().toLowerCase(java.util.Locale.ROOT)),
                null, role);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    /** Only this test's cases. */
    public StatisticsFilter filter() {
        return StatisticsFilter.none().institutions(Set.of(police, shelter));
    }

    /** A case of someone nobody can link (no identifying data typed). */
    public long anonymous(long institution, LocalDate on, Sex sex, int age) {
        return register.register(command(institution, on, sex, age, null, null, null, null, null)).id();
    }

    /** A case of someone nobody can link, with its status and citizenship. */
    public long register(long institution, LocalDate on, CaseStatus status, Sex sex, int age, String citizenship) {
        return register.register(new CaseCommand(on, institution, institution, status, sex, age, citizenship, "Tirana",
                null, CaseScope.INTERNAL, EnumSet.of(ExploitationForm.SEXUAL), null, null, null, null, null, null, null,
                null, Set.of(), false, null, null, null, null, null, null, null, null)).id();
    }

    /** A case with identifying data, so that a later identification of the same person is proposed. */
    public Registered named(long institution, LocalDate on, Sex sex, int age, String first, String surname,
            LocalDate born, LocalDate referred, LocalDate closed) {
        return register.register(command(institution, on, sex, age, first, surname, born, referred, closed));
    }

    /** A case referred a number of days after its identification (delays). */
    public long referredAfter(long institution, LocalDate on, int days) {
        return register.register(command(institution, on, Sex.MALE, 30, null, null, null, on.plusDays(days), null)).id();
    }

    /** The officer confirms that the later case is the same person as the earlier one (proposed by the linkage). */
    public void samePerson(Registered later, Registered earlier) {
        assertThat(later.proposals()).extracting(MatchProposal::earlierCaseId).contains(earlier.id());
        register.confirm(later.id(), earlier.id());
    }

    private static CaseCommand command(long institution, LocalDate on, Sex sex, int age, String first,
            String surname, LocalDate born, LocalDate referred, LocalDate closed) {
        return new CaseCommand(on, institution, institution, CaseStatus.IDENTIFIED, sex, age, "al", "Tirana", null,
                CaseScope.INTERNAL, EnumSet.of(ExploitationForm.SEXUAL), referred, null, null, null, null, null, null,
                closed, Set.of(), false, null, first, surname, born, born == null ? null : "Tirana", null, null, null);
    }
}
