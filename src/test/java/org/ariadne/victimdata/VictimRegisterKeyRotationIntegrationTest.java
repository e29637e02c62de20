package org.ariadne.victimdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.function.Supplier;

import org.ariadne.audit.AuditTrail;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rotation of the linkage key (README, "Victim linkage key"): after the restart with the new key and the next key
 * generation, a new identification of a person recorded before the rotation is not proposed as that person (the keys
 * no longer compare), and the earlier case is still in the register and still counted. The register after the
 * rotation is the register's own class built on the same database with the rotated settings, so that the test needs
 * no second application context.
 */
@AriadneIntegrationTest
class VictimRegisterKeyRotationIntegrationTest {

    @Autowired
    VictimRegister register;
    @Autowired
    VictimCaseRepository cases;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    Institutions institutions;
    @Autowired
    VictimDataProperties properties;
    @Autowired
    Clock clock;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    org.ariadne.institutions.InstitutionParticipants institutionParticipants;
    @Autowired
    org.ariadne.common.participant.ParticipantScope participants;

    long police;
    long shelter;

    @BeforeEach
    void institutions() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = institutions.create(InstitutionCommand.named(Unique.name("Kosovo Police"), InstitutionType.POLICE));
        shelter = institutions.create(InstitutionCommand.named(Unique.name("Shelter QMV"), InstitutionType.NGO));
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    /** The register as it runs after the restart: a new linkage key, the next generation, the same sealing key. */
    private VictimRegister rotated() {
        var after = new VictimDataProperties("another-linkage-key-after-the-rotation-2026",
                properties.encryptionKey(), properties.keyGeneration() + 1, properties.retentionYears());
        return new VictimRegister(cases, jdbc, trail, institutions, institutionParticipants, participants, after, clock);
    }

    /** The rotated register is not a Spring proxy: its work runs in a transaction as the proxy would give it. */
    private <T> T inTransaction(Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(status -> work.get());
    }

    private CaseCommand identification(long institution, LocalDate on) {
        return new CaseCommand(on, institution, institution, CaseStatus.IDENTIFIED, Sex.FEMALE, 19, "xk", "Pejë", "Istog",
                CaseScope.INTERNAL, EnumSet.of(ExploitationForm.LABOUR), on, AssistanceDecision.ACCEPTED, on, null, null,
                null, null, null, EnumSet.of(VictimService.HEALTH), false, "", "Shqipe", "Kelmendi",
                LocalDate.of(2004, 10, 3), "Pejë", "Gëzim", "", "KS4455667");
    }

    @Test
    void afterARotationAnEarlierPersonIsNotProposedAndTheirCaseStillCounts() {
        var earlier = register.register(identification(police, LocalDate.of(2023, 5, 4)));
        long persons = jdbc.sql("select count(distinct person_id) from victim_case").query(Long.class).single();
        var rotated = rotated();

        var later = inTransaction(() -> rotated.register(identification(shelter, LocalDate.of(2025, 2, 11))));

        assertThat(later.proposals()).as("the keys of generation 1 no longer compare").isEmpty();
        assertThat(jdbc.sql("select key_generation from victim_case where id = ?").param(earlier.id())
                .query(Integer.class).single()).isEqualTo(properties.keyGeneration());
        assertThat(jdbc.sql("select key_generation from victim_case where id = ?").param(later.id())
                .query(Integer.class).single()).isEqualTo(properties.keyGeneration() + 1);
        // the earlier case is still there, readable (the sealing key did not change) and counted
        var view = inTransaction(() -> rotated.open(earlier.id()));
        assertThat(view.municipality()).isEqualTo("Istog");
        assertThat(view.anonymised()).isFalse();
        assertThat(register.list(new CaseFilter(2023, police, null, null), 10)).extracting(CaseSummary::reference)
                .contains(earlier.reference());
        assertThat(jdbc.sql("select count(distinct person_id) from victim_case").query(Long.class).single())
                .as("two persons now: the rotation cost the automatic link, not the earlier case")
                .isEqualTo(persons + 1);

        // from the rotation on, the linkage works as before between cases recorded under the new key
        var third = inTransaction(() -> rotated.register(identification(police, LocalDate.of(2026, 1, 20))));
        assertThat(third.proposals()).extracting(MatchProposal::earlierReference).containsExactly(later.reference());
    }
}
