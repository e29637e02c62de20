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

    private static final Pattern FIELD = Pattern.compile("state\\.put\\(\"([a-zA-Z]+)\"|save\\(activity, before, \"([a-zA-Z]+)\""
            + "|\\.with\\(\"([a-zA-Z]+)\"");
    /** {@code AuditRecord.state("status", status, "submittedBy", by)}: the names are every other argument. */
    private static final Pattern STATE_CALL = Pattern.compile("AuditRecord\\.state\\(");
    private static final Pattern NAME = Pattern.compile("\\s*\"([a-zA-Z]+)\"\\s*");

    @Test
    void everyAuditedFieldHasALabelInEveryLanguage() throws IOException {
        var fields = new TreeSet<String>();
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                var text = Files.readString(source);
                var matcher = FIELD.matcher(text);
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            fields.add(matcher.group(group));
                        }
                    }
                }
                var calls = STATE_CALL.matcher(text);
                while (calls.find()) {
                    var arguments = arguments(text, calls.end());
                    for (int i = 0; i < arguments.size(); i += 2) {
                        var name = NAME.matcher(arguments.get(i));
                        if (name.matches()) {
                            fields.add(name.group(1));
                        }
                    }
                }
            }
        }
        assertThat(fields).as("fields found in the audit states").contains("returnComment", "submittedBy", "parts",
                "statusAsOf", "recommendation");
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

    /** The arguments of the call whose opening parenthesis ends at {@code from}, split at its own commas. */
    private static java.util.List<String> arguments(String text, int from) {
        var arguments = new java.util.ArrayList<String>();
        int depth = 0;
        boolean quoted = false;
        var current = new StringBuilder();
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' && text.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '{' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == '}' || c == ']')) {
                if (depth == 0) {
                    arguments.add(current.toString());
                    return arguments;
                }
                depth--;
            } else if (!quoted && c == ',' && depth == 0) {
                arguments.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        return arguments;
    }
}
