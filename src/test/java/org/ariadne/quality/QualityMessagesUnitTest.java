package org.ariadne.quality;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text of the audit exists in English and Albanian, and the pages take all their words from the bundle. */
class QualityMessagesUnitTest {

    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{(quality\\.[a-z0-9.-]+)");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (var in = QualityMessagesUnitTest.class.getResourceAsStream("/i18n/" + name + ".properties")) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndAlbanianHaveTheSameKeys() throws IOException {
        assertThat(bundle("quality_sq").stringPropertyNames()).isEqualTo(bundle("quality").stringPropertyNames());
    }

    @Test
    void everyRuleSeverityAndElementKindHasItsTexts() throws IOException {
        var keys = new HashSet<String>();
        for (var rule : QualityRule.values()) {
            keys.addAll(Set.of(rule.titleKey(), rule.summaryKey(), rule.messageKey()));
        }
        Stream.of(Severity.values()).map(Severity::messageKey).forEach(keys::add);
        Stream.of(ElementKind.values()).map(ElementKind::messageKey).forEach(keys::add);

        assertThat(bundle("quality").stringPropertyNames()).containsAll(keys);
        assertThat(bundle("quality_sq").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void ruleCodesAreUnique() {
        assertThat(Stream.of(QualityRule.values()).map(QualityRule::code).distinct()).hasSize(QualityRule.values().length);
    }

    /** MessageFormat eats a single apostrophe in messages with arguments, but not in those without: avoid both. */
    @Test
    void noTextHoldsAnApostropheThatMessageFormatWouldEat() throws IOException {
        for (var name : List.of("quality", "quality_sq")) {
            bundle(name).forEach((key, value) -> assertThat(value.toString()).as("%s %s", name, key).doesNotContain("'"));
        }
    }

    @Test
    void theTemplatesUseOnlyKeysThatExist() throws IOException {
        var keys = bundle("quality").stringPropertyNames();
        try (var templates = Files.walk(Path.of("src/main/resources/templates/quality"))) {
            var files = templates.filter(path -> path.toString().endsWith(".html")).toList();
            assertThat(files).isNotEmpty();
            for (var file : files) {
                var used = MESSAGE_KEY.matcher(Files.readString(file)).results().map(match -> match.group(1)).toList();
                assertThat(keys).as(file.toString()).containsAll(used);
            }
        }
    }
}
