package org.ariadne.audit.web;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.web.AuditValues.FieldLine;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AuditValuesTest {

    private final AuditValues values = new AuditValues(messages(),
            username -> "fatmira".equals(username) ? "Fatmira Krasniqi" : username);

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("common.yes", Locale.ENGLISH, "Yes");
        messages.addMessage("common.no", Locale.ENGLISH, "No");
        messages.addMessage("role.evaluator", Locale.ENGLISH, "Evaluator");
        messages.addMessage("role.member", Locale.ENGLISH, "Member");
        messages.addMessage("plan.frequency.quarterly", Locale.ENGLISH, "Quarterly");
        messages.addMessage("plan.funding.state_budget", Locale.ENGLISH, "State budget");
        return messages;
    }

    private String format(String type, String field, Object value) {
        return values.format(type, field, value, Locale.ENGLISH);
    }

    @Test
    void nothingIsShownAsADash() {
        assertThat(format("activity", "title", null)).isEqualTo("—");
        assertThat(format("activity", "title", "  ")).isEqualTo("—");
        assertThat(format("institution", "aliases", List.of())).isEqualTo("—");
    }

    @Test
    void targetsPerYearReadAsYearAndValue() {
        var targets = new TreeMap<String, Object>(Map.of("2016", "5", "2017", 8));
        assertThat(format("indicator", "yearTargets", targets)).isEqualTo("2016: 5, 2017: 8");
    }

    @Test
    void listsAreJoinedAndYesNoIsTranslated() {
        assertThat(format("activity", "supportingInstitutions", List.of("Kosovo Police", "Ministry of Justice")))
                .isEqualTo("Kosovo Police, Ministry of Justice");
        assertThat(format("institution", "active", true)).isEqualTo("Yes");
    }

    @Test
    void codedValuesUseTheOwningModulesWordsAndFallBackToTheCode() {
        assertThat(format("user", "roles", List.of("EVALUATOR", "MEMBER"))).isEqualTo("Evaluator, Member");
        assertThat(format("activity", "frequency", "QUARTERLY")).isEqualTo("Quarterly");
        assertThat(format("activity", "frequency", "YEARLY")).isEqualTo("YEARLY");
        // the same word in a free-text field stays as typed
        assertThat(format("activity", "title", "QUARTERLY")).isEqualTo("QUARTERLY");
    }

    @Test
    void peopleAreShownByTheirNamesAndFundingSourcesInWords() {
        assertThat(format("progress-report", "submittedBy", "fatmira")).isEqualTo("Fatmira Krasniqi");
        // someone without an account keeps the name the record holds
        assertThat(format("progress-report", "acceptedBy", "demo-loader")).isEqualTo("demo-loader");
        assertThat(format("report-activity", "spending", List.of("STATE_BUDGET Kosovo Police 400")))
                .isEqualTo("State budget Kosovo Police 400");
        assertThat(format("activity", "budget", List.of("2016: STATE_BUDGET Kosovo Police 1000 (secured 1000)")))
                .isEqualTo("2016: State budget Kosovo Police 1000 (secured 1000)");
    }

    @Test
    void fieldsThatOnlyChangedFormAreLeftOut() {
        var before = new LinkedHashMap<String, Object>();
        before.put("title", "Train police");
        before.put("aliases", null);
        var after = new LinkedHashMap<String, Object>();
        after.put("title", "Train police and prosecutors");
        after.put("aliases", List.of());
        var entry = new AuditEntry(1, LocalDateTime.now(), "officer", AuditAction.UPDATED, "activity", 5L, "A1.1.1",
                null, before, after);

        assertThat(values.lines(entry, Locale.ENGLISH))
                .containsExactly(new FieldLine("title", "Train police", "Train police and prosecutors"));
    }
}
