package org.ariadne.audit.web;

import java.util.Set;

import org.ariadne.audit.AuditHistory;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of element the trail records has one module saying who may read its lines: a type without a rule is
 * shown to no one, so a module that starts writing a new type without a rule would lose its history from the pages.
 */
@AriadneIntegrationTest
class AuditReadRulesCoverageIntegrationTest {

    @Autowired
    AuditHistory history;

    @Test
    void eachRecordedTypeHasAReadRule() {
        assertThat(history.readableTypes()).isEqualTo(Set.copyOf(ElementLinks.TYPES));
    }
}
