package org.ariadne.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;
import org.junit.jupiter.api.Test;

/** Users only ever see these messages, so every refusal reason must have one, in plain words. */
class SpreadsheetMessagesTest {

    @Test
    void everyRefusalReasonHasAClearMessage() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/i18n/spreadsheet.properties")) {
            assertThat(in).isNotNull();
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> expected = new TreeSet<>();
        for (Reason reason : Reason.values()) {
            expected.add(reason.messageKey());
            String message = messages.getProperty(reason.messageKey());
            assertThat(message).as(reason.messageKey()).isNotBlank().doesNotContain("'")
                    .doesNotContainIgnoringCase("exception");
            assertThat(reason.messageKey()).isEqualTo("spreadsheet.refused."
                    + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        assertThat(new TreeSet<>(messages.stringPropertyNames())).isEqualTo(expected);
        assertThat(messages.getProperty("spreadsheet.refused.not-utf8")).contains("CSV UTF-8").contains("ë");
        assertThat(messages.getProperty("spreadsheet.refused.password-protected")).contains("password");
    }
}
