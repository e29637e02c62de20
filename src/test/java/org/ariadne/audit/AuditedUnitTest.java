package org.ariadne.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditedUnitTest {

    /** An entity as the modules have them: its state changes after the "before" is taken. */
    static final class Shelter implements Audited {
        private String name = "Shelter Prishtina";
        private int beds = 12;

        @Override
        public String auditType() {
            return "shelter";
        }

        @Override
        public Long auditId() {
            return 7L;
        }

        @Override
        public String auditLabel() {
            return name;
        }

        @Override
        public Long auditPlanId() {
            return null;
        }

        @Override
        public Map<String, Object> auditState() {
            return AuditRecord.state("name", name, "beds", beds);
        }
    }

    @Test
    void theBeforeOfAChangeKeepsTheValuesItWasTakenWith() {
        var shelter = new Shelter();
        var before = shelter.snapshot();

        shelter.beds = 20;
        shelter.name = "Shelter Prishtina (new building)";

        assertThat(before.auditState()).containsExactly(Map.entry("name", "Shelter Prishtina"), Map.entry("beds", 12));
        assertThat(before.auditLabel()).isEqualTo("Shelter Prishtina");
        assertThat(shelter.auditState()).containsEntry("beds", 20);
    }

    @Test
    void aViewMadeFromPartsIsFiledLikeTheEntity() {
        var view = Audited.of("activity", 3L, "A1.1.1 Train border police", 1L,
                AuditRecord.state("leadInstitution", "Kosovo Police", "status", null));

        assertThat(view.auditType()).isEqualTo("activity");
        assertThat(view.auditPlanId()).isEqualTo(1L);
        assertThat(view.auditState().keySet()).containsExactly("leadInstitution", "status");
        assertThat(view.snapshot()).isSameAs(view);
    }

    @Test
    void oneMoreFactIsKeptAfterTheEntitysOwnStateWithoutChangingTheEntity() {
        var shelter = new Shelter();

        var entry = shelter.with("openedInAnEmergency", true);

        assertThat(entry.auditType()).isEqualTo("shelter");
        assertThat(entry.auditLabel()).isEqualTo("Shelter Prishtina");
        assertThat(entry.auditState()).containsExactly(Map.entry("name", "Shelter Prishtina"), Map.entry("beds", 12),
                Map.entry("openedInAnEmergency", true));
        assertThat(shelter.auditState()).doesNotContainKey("openedInAnEmergency");
    }

    @Test
    void aChangeNobodyCouldSeeIsNotAnEntry() {
        var shelter = new Shelter();
        var before = shelter.snapshot();

        var record = AuditRecord.updated(shelter.auditType(), shelter.auditId(), shelter.auditLabel(),
                shelter.auditPlanId(), before.auditState(), shelter.auditState());

        assertThat(record.isNoChange()).isTrue();
    }
}
