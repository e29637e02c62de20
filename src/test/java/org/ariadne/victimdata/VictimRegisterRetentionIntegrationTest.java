package org.ariadne.victimdata;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.ariadne.common.UserFacingException;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention (issue 14): a case closed longer ago than {@code ariadne.victimdata.retention-years} (10 in the tests, the
 * default) loses what could point at the person and keeps what the statistics count; a case closed within the period
 * keeps everything. Dates are set relative to the application's clock, on both sides of the limit.
 */
@AriadneIntegrationTest
class VictimRegisterRetentionIntegrationTest {

    @Autowired
    VictimRegister register;
    @Autowired
    VictimDataProperties properties;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    long police;

    @BeforeEach
    void institution() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        police = institutions.create(InstitutionCommand.named(Unique.name("Kosovo Police"), InstitutionType.POLICE));
        TestSignIn.onThisThread(Role.VICTIM_DATA_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    private CaseCommand closedOn(LocalDate closed, String first, String surname, LocalDate born, String document) {
        var on = closed.minusDays(200);
        return new CaseCommand(on, police, police, CaseStatus.IDENTIFIED, Sex.FEMALE, 16, "xk", "Prizren", "Dragash",
                CaseScope.INTERNAL, EnumSet.of(ExploitationForm.SEXUAL, ExploitationForm.FORCED_MARRIAGE), on.plusDays(1),
                AssistanceDecision.ACCEPTED, on.plusDays(2), on.plusDays(2), null, on.plusDays(90), on.plusDays(120),
                closed, EnumSet.of(VictimService.SHELTER, VictimService.EDUCATION), true, "Came with her aunt", first,
                surname, born, "Prizren", "Bekim", "Fatime", document);
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("select * from victim_case where id = ?").param(id).query().singleRow();
    }

    private long documentKeys(long id) {
        return jdbc.sql("select count(*) from victim_case_document_key where case_id = ?").param(id).query(Long.class)
                .single();
    }

    @Test
    void aCaseClosedLongerAgoThanTheRetentionPeriodKeepsOnlyItsStatistics() {
        var today = LocalDate.now(clock);
        var limit = today.minusYears(properties.retentionYears());
        var expired = register.register(closedOn(limit.minusDays(1), "Rrezarta", "Gjonbalaj",
                LocalDate.of(limit.getYear() - 16, 4, 2), "P0912345"));
        var recent = register.register(closedOn(limit.plusDays(1), "Valbona", "Kryeziu",
                LocalDate.of(limit.getYear() - 16, 8, 9), "P0954321"));
        assertThat(documentKeys(expired.id())).isPositive();

        assertThat(register.anonymiseExpired()).isGreaterThanOrEqualTo(1);

        var gone = row(expired.id());
        for (var column : new String[] {"municipality_sealed", "notes_sealed", "linkage_block", "linkage_record_sealed",
                "age_at_identification"}) {
            assertThat(gone.get(column)).as(column).isNull();
        }
        assertThat(gone.get("anonymised_at")).isNotNull();
        assertThat(documentKeys(expired.id())).isZero();
        // what the statistics count stays, so that published figures do not change
        assertThat(gone).containsEntry("sex", "FEMALE").containsEntry("age_group", "CHILD_12_17")
                .containsEntry("citizenship", "XK").containsEntry("region", "Prizren")
                .containsEntry("status", "IDENTIFIED").containsEntry("scope", "INTERNAL")
                .containsEntry("identified_year", limit.minusDays(201).getYear());
        assertThat(gone.get("closed_on")).isNotNull();
        assertThat(gone.get("referred_on")).isNotNull();
        assertThat(jdbc.sql("select form from victim_case_exploitation where case_id = ? order by form")
                .param(expired.id()).query(String.class).list()).containsExactly("FORCED_MARRIAGE", "SEXUAL");
        assertThat(jdbc.sql("select count(*) from victim_case_service where case_id = ?").param(expired.id())
                .query(Long.class).single()).isEqualTo(2);
        var view = register.open(expired.id());
        assertThat(view.municipality()).isNull();
        assertThat(view.notes()).isNull();
        assertThat(view.ageAtIdentification()).isNull();
        assertThat(view.ageGroup()).isEqualTo(AgeGroup.CHILD_12_17);

        var kept = row(recent.id());
        for (var column : new String[] {"municipality_sealed", "notes_sealed", "linkage_block", "linkage_record_sealed",
                "age_at_identification"}) {
            assertThat(kept.get(column)).as(column).isNotNull();
        }
        assertThat(kept.get("anonymised_at")).isNull();
        assertThat(documentKeys(recent.id())).isPositive();
        assertThat(register.open(recent.id()).notes()).isEqualTo("Came with her aunt");

        // the access log says the retention did it; the audit trail keeps the change
        TestSignIn.onThisThread(Role.COORDINATOR);
        assertThat(register.accessLog(expired.reference(), null, 10)).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo(AccessLogEntry.Action.ANONYMISE);
            assertThat(entry.username()).isEqualTo("retention");
        });
        assertThat(register.accessLog(recent.reference(), null, 10))
                .noneMatch(entry -> entry.action() == AccessLogEntry.Action.ANONYMISE);
        var trail = jdbc.sql("select actor, before_state, after_state from audit_event where entity_type = ? "
                + "and entity_id = ? and action = 'UPDATED' order by id desc").params(VictimCase.AUDIT_TYPE, expired.id())
                .query().listOfRows();
        assertThat(trail).isNotEmpty();
        assertThat((String) trail.get(0).get("before_state")).contains("\"anonymised\":false");
        assertThat((String) trail.get(0).get("after_state")).contains("\"anonymised\":true");

        // a second night finds nothing more to do for these two
        assertThat(register.anonymiseExpired()).isZero();
    }

    @Test
    void anAnonymisedCaseRefusesAChangeAndIsNoLongerProposed() {
        var limit = LocalDate.now(clock).minusYears(properties.retentionYears());
        var born = LocalDate.of(limit.getYear() - 16, 1, 30);
        var expired = register.register(closedOn(limit.minusMonths(3), "Lumnije", "Dreshaj", born, ""));
        register.anonymiseExpired();
        var version = register.open(expired.id()).version();

        assertThatThrownBy(() -> register.update(expired.id(), version,
                closedOn(limit.minusMonths(3), "", "", null, ""))).isInstanceOf(VictimDataException.class)
                .extracting(refused -> ((UserFacingException) refused).messageKey())
                .isEqualTo("victimdata.case.anonymised");
        assertThat(register.open(expired.id()).version()).isEqualTo(version);

        var again = register.register(closedOn(LocalDate.now(clock).minusDays(1), "Lumnije", "Dreshaj", born, ""));
        assertThat(again.proposals()).as("nothing is left to link the anonymised case by")
                .noneMatch(proposal -> proposal.earlierCaseId() == expired.id());
    }
}
