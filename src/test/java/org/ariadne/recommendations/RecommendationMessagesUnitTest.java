package org.ariadne.recommendations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every tracker message in English and Albanian, and every key the tracker's pages, enums and Java code name has its
 * text, so that no page shows a key instead of words.
 */
class RecommendationMessagesUnitTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(recommendations\\.[\\w.-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(recommendations\\.[\\w.-]+[\\w])\"");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(RecommendationMessagesUnitTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyUsedHasItsText() throws IOException {
        var english = load("recommendations.properties");
        var albanian = load("recommendations_sq.properties");
        assertThat(new TreeSet<>(albanian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        var used = new TreeSet<String>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/recommendations"))) {
            for (var template : templates.toList()) {
                TEMPLATE_KEY.matcher(Files.readString(template)).results().map(m -> m.group(1)).forEach(used::add);
            }
        }
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/ariadne/recommendations"))) {
            for (var source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                JAVA_KEY.matcher(Files.readString(source)).results().map(m -> m.group(1))
                        .filter(key -> !key.endsWith(".")).forEach(used::add);
            }
        }
        for (var values : new Enum<?>[][] {SourceKind.values(), Priority.values(), RecommendationStatus.values(),
                ResponseDecision.values(), ResponseStatus.values()}) {
            for (var value : values) {
                try {
                    used.add((String) value.getClass().getMethod("messageKey").invoke(value));
                } catch (ReflectiveOperationException impossible) {
                    throw new IllegalStateException(impossible);
                }
            }
        }
        used.removeIf(key -> key.startsWith("recommendations.import.column.") && key.endsWith("column."));
        assertThat(used).allSatisfy(key -> assertThat(english).containsKey(key));
        for (var column : RecommendationImports.Column.values()) {
            assertThat(english).containsKey("recommendations.import.column." + column.name().toLowerCase(java.util.Locale.ROOT));
        }
    }
}
