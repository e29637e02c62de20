package org.ariadne.dashboards;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Messages with arguments go through MessageFormat, where a single apostrophe starts a quotation and swallows
 * the text and the placeholders after it ("the plans budget lines ... in {0}"). Every argument must come out.
 */
class DashboardMessagesUnitTest {

    @Test
    void everyArgumentOfEveryDashboardMessageIsFilledIn() throws IOException {
        var broken = new ArrayList<String>();
        for (var bundle : new String[] {"dashboards.properties", "dashboards_sq.properties"}) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", bundle)),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (var key : properties.stringPropertyNames()) {
                var text = properties.getProperty(key);
                if (!text.matches("(?s).*\\{\\d.*")) {
                    continue;
                }
                var formatted = formatted(text, Locale.ROOT, new Object[] {1, 2, 3, 4});
                if (formatted.contains("{") || text.replace("''", "").contains("'")) {
                    broken.add(bundle + ": " + key + " -> " + formatted);
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /** As the application formats a message: with ICU when it counts ("{0, plural, …}"), else with the JDK's. */
    private static String formatted(String pattern, Locale locale, Object... values) {
        return pattern.contains(", plural,") ? new com.ibm.icu.text.MessageFormat(pattern, locale).format(values)
                : new MessageFormat(pattern, locale).format(values);
    }
}
