package org.ariadne.audit.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every field a record writes to the audit trail ({@code state.put("returnComment", ...)} in its audit state) has a
 * label in English and Albanian, so that the trail says "Comment on returning" rather than "returnComment".
 */
class AuditFieldLabelsUnitTest {

    private static final Pattern FIELD = Pattern.compile("state\\.put\\(\"([a-zA-Z]+)\"|save\\(activity, before, \"([a-zA-Z]+)\"");

    @Test
    void everyAuditedFieldHasALabelInEveryLanguage() throws IOException {
        var fields = new TreeSet<String>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = FIELD.matcher(Files.readString(source));
                while (matcher.find()) {
                    fields.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(fields).as("fields found in the audit states").contains("returnComment", "submittedBy", "parts");
        for (var bundle : new String[] {"i18n/audit.properties", "i18n/audit_sq.properties"}) {
            var labels = new Properties();
            try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                    StandardCharsets.UTF_8)) {
                labels.load(in);
            }
            assertThat(fields).filteredOn(field -> !labels.containsKey("audit.field." + field))
                    .as("audited fields without a label in " + bundle).isEmpty();
        }
    }
}
