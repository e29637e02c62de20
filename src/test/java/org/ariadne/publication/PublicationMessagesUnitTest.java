package org.ariadne.publication;

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
 * Messages with arguments go through MessageFormat, where a single apostrophe starts a quotation and swallows the
 * placeholders after it ("the plan's years {0}"). Every argument of every publication message must come out, and a
 * year must never be written with a thousands separator.
 */
class PublicationMessagesUnitTest {

    private static final java.util.Set<String> YEARS = java.util.Set.of("publication.portal.period",
            "publication.portal.figures.heading", "publication.portal.figure.overall", "publication.action.preview-year",
            "publication.what.figures");

    @Test
    void everyArgumentOfEveryPublicationMessageIsFilledIn() throws IOException {
        var broken = new ArrayList<String>();
        for (var bundle : new String[] {"publication.properties", "publication_sq.properties"}) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/i18n", bundle)),
                    StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            for (var key : properties.stringPropertyNames()) {
                var text = properties.getProperty(key);
                if (!text.matches("(?s).*\\{\\d.*")) {
                    // shown as written, not through MessageFormat: a doubled apostrophe would show doubled
                    if (text.contains("''")) {
                        broken.add(bundle + ": " + key + " doubles its apostrophe");
                    }
                    continue;
                }
                var formatted = formatted(text, Locale.ENGLISH, new Object[] {2024, 2025, 3, 4});
                // years are passed as numbers to the messages naming them: written "2024", never "2,024"
                boolean year = YEARS.contains(key);
                if (formatted.contains("{") || text.replace("''", "").contains("'")
                        || (year && formatted.contains("2,02"))) {
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
