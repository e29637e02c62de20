package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ariadne.common.UserFacingException;
import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionLevel;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.victimdata.MatchProposal.Decision;
import org.ariadne.victimdata.linkage.MatchClass;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The case register on the real database: linkage proposals, persons joined by the officer, the access log. */
@AriadneIntegrationTest
class VictimRegisterIntegrationTest {

    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;

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

    private CaseCommand identification(long institution, LocalDate on, String first, String surname, LocalDate born,
            String father, String document, LocalDate closed) {
        return new CaseCommand(on, institution, institution, CaseStatus.IDENTIFIED, Sex.FEMALE, 17, "xk", "Prizren",
                "Dragash", CaseScope.INTERNAL, EnumSet.of(ExploitationForm.SEXUAL), on, AssistanceDecision.ACCEPTED,
                on, on.plusDays(2), null, null, null, closed, EnumSet.of(VictimService.SHELTER), true,
                "Came with her aunt", first, surname, born, "Prizren", father, "Fatime", document);
    }

    @Test
    void aSecondIdentificationInCyrillicWithAMisspeltSurnameIsProposedAndOnceConfirmedIsTheSamePerson() {
        var born = LocalDate.of(2004, 3, 14);
        var first = register.register(identification(police, LocalDate.of(2021, 5, 2), "Drita", "Hoxha", born,
                "Bekim", "", LocalDate.of(2021, 11, 30)));
        assertThat(first.proposals()).isEmpty();

        var second = register.register(identification(shelter, LocalDate.of(2023, 2, 10), "Дрита", "Хоџај", born,
                "Беким", "", null));

        assertThat(second.proposals()).extracting(MatchProposal::earlierReference).containsExactly(first.reference());
        var proposal = second.proposals().get(0);
        assertThat(proposal.matchClass()).isEqualTo(MatchClass.LIKELY);
        assertThat(proposal.decision()).isEqualTo(Decision.PROPOSED);
        assertThat(register.open(second.id()).personReference()).isNotEqualTo(register.open(first.id()).personReference());

        register.confirm(second.id(), first.id());

        assertThat(register.open(second.id()).personReference()).isEqualTo(register.open(first.id()).personReference());
        assertThat(register.proposals(second.id()).get(0).decision()).isEqualTo(Decision.CONFIRMED);
        assertThatThrownBy(() -> register.confirm(second.id(), first.id())).isInstanceOf(VictimDataException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("victimdata.match.already-decided");
    }

    @Test
    void anotherPersonOfTheSameSexAndYearIsNotProposed() {
        var born = LocalDate.of(1999, 7, 1);
        register.register(identification(police, LocalDate.of(2022, 1, 5), "Arbnora", "Berisha", born, "Ilir", "", null));

        var other = register.register(identification(police, LocalDate.of(2022, 6, 5), "Vesa", "Gashi",
                LocalDate.of(1999, 11, 23), "Agim", "", null));

        assertThat(other.proposals()).noneMatch(proposal -> proposal.matchClass() == MatchClass.LIKELY);
    }

    @Test
    void everyReadLinkAndExportIsInTheAccessLogWhichTheCoordinatorReads() {
        var born = LocalDate.of(1990, 1, 20);
        var reference = register.register(identification(police, LocalDate.of(2020, 4, 4), "Milica", "Šehu", born,
                "Zoran", "P1234567", null)).reference();
        var id = register.list(new CaseFilter(null, null, null, reference), 10).get(0).id();
        register.open(id);
        register.open(id);
        register.export(new CaseFilter(2020, police, null, null));

        TestSignIn.onThisThread(Role.COORDINATOR);
        var log = register.accessLog(reference, null, 100);
        assertThat(log).extracting(AccessLogEntry::action).containsExactly(AccessLogEntry.Action.READ,
                AccessLogEntry.Action.READ, AccessLogEntry.Action.CREATE);
        assertThat(register.accessLog(null, null, 100)).anyMatch(entry -> entry.action() == AccessLogEntry.Action.EXPORT
                && "victimdata.log.detail.exported-year".equals(entry.detailKey())
                && java.util.Arrays.equals(entry.detailArguments(), new Object[] {1L, "2020"}));
        assertThatThrownBy(() -> register.open(id)).as("the coordinator reviews the log but opens no case")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void noOtherRoleOpensListsOrExportsACase() {
        var id = register.register(identification(police, LocalDate.of(2020, 4, 4), "Ana", "Krasniqi",
                LocalDate.of(1995, 2, 2), "", "", null)).id();
        for (var role : EnumSet.complementOf(EnumSet.of(Role.VICTIM_DATA_OFFICER))) {
            TestSignIn.onThisThread(role);
            assertThatThrownBy(() -> register.open(id)).as(role.name()).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.list(CaseFilter.none(), 10)).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> register.export(CaseFilter.none())).as(role.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theDatabaseHoldsNoNameBirthDateOrDocumentNumberInClear() {
        var secret = List.of("Xhemile", "Rrahmani", "1987-09-12", "12.09.1987", "AB7654321", "Dragash", "her aunt",
                "Ferizaj", "Shpresa");
        register.register(new CaseCommand(LocalDate.of(2024, 3, 3), police, null, CaseStatus.PRESUMED, Sex.FEMALE, 36,
                "al", "Prishtina", "Dragash", CaseScope.TRANSNATIONAL, EnumSet.of(ExploitationForm.LABOUR), null, null,
                null, null, null, null, null, null, Set.of(), false, "She came with her aunt", "Xhemile", "Rrahmani",
                LocalDate.of(1987, 9, 12), "Ferizaj", "Shpresa", "Shpresa", "AB7654321"));

        var found = new ArrayList<String>();
        for (var table : List.of("victim_case", "victim_person", "victim_case_match", "victim_case_access",
                "victim_case_document_key", "victim_case_exploitation", "victim_case_service", "audit_event")) {
            for (var row : jdbc.sql("select * from " + table).query((rs, index) -> {
                var cells = new StringBuilder();
                for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                    cells.append(rs.getString(column)).append('|');
                }
                return cells.toString();
            }).list()) {
                for (var text : secret) {
                    if (row.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                        found.add(table + " holds " + text);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void stagesOutOfOrderAreRefusedTogetherAndNothingIsSaved() {
        var before = jdbc.sql("select count(*) from victim_case").query(Long.class).single();
        var on = LocalDate.of(2023, 6, 1);
        var command = new CaseCommand(on, police, null, CaseStatus.PRESUMED, Sex.MALE, 30, "", "", "",
                CaseScope.INTERNAL, Set.of(), on.minusDays(3), null, null, on.plusDays(9), null, null, null,
                on.plusDays(1), Set.of(), false, "", "", "", null, "", "", "", "");

        assertThatThrownBy(() -> register.register(command)).isInstanceOf(VictimDataException.class)
                .satisfies(refused -> assertThat(((VictimDataException) refused).each())
                        .extracting(each -> ((VictimDataException) each).field())
                        .containsExactlyInAnyOrder("referredOn", "closedOn"));
        assertThat(jdbc.sql("select count(*) from victim_case").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void anOfficerLinksByHandACaseTheLinkageCouldNotProposeAndTheDecisionIsKeptAndLogged() {
        var first = register.register(identification(police, LocalDate.of(2019, 4, 1), "Ardita", "Morina",
                LocalDate.of(2001, 1, 9), "Faton", "", LocalDate.of(2019, 9, 1)));
        // the second identification without any identifying data: nothing to compare
        var second = register.register(new CaseCommand(LocalDate.of(2021, 2, 2), shelter, null, CaseStatus.PRESUMED,
                Sex.FEMALE, 20, "", "", "", CaseScope.INTERNAL, Set.of(), null, null, null, null, null, null, null,
                null, Set.of(), false, "", "", "", null, "", "", "", ""));
        assertThat(second.proposals()).isEmpty();

        register.link(second.id(), " " + first.reference().toLowerCase(Locale.ROOT) + " ");

        assertThat(register.open(second.id()).personReference()).isEqualTo(register.open(first.id()).personReference());
        assertThat(register.proposals(second.id())).singleElement().satisfies(decision -> {
            assertThat(decision.earlierReference()).isEqualTo(first.reference());
            assertThat(decision.matchClass()).isEqualTo(MatchClass.NO_MATCH);
            assertThat(decision.decision()).isEqualTo(Decision.CONFIRMED);
        });
        assertThatThrownBy(() -> register.link(second.id(), first.reference()))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("victimdata.match.already-same");
        assertThatThrownBy(() -> register.link(second.id(), "VC-1999-99999"))
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("victimdata.match.no-such-case");
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(register.accessLog(second.reference(), null, 10)).extracting(AccessLogEntry::action)
                .contains(AccessLogEntry.Action.LINK);
    }
}
