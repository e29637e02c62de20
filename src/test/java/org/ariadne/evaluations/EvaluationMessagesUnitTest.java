package org.ariadne.evaluations;

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
 * Every evaluation message in English and Albanian (the same keys, and the Albanian not an English copy), every key
 * the pages and the enums use has its text, and every criterion and rating its question or meaning.
 */
class EvaluationMessagesUnitTest {

    private static final Pattern KEY = Pattern.compile("#\\{(evaluations\\.[\\w.-]+)");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(EvaluationMessagesUnitTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndThePagesAndEnumsFindTheirs() throws IOException {
        var english = load("evaluations.properties");
        var albanian = load("evaluations_sq.properties");
        assertThat(new TreeSet<>(albanian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        var copied = english.stringPropertyNames().stream()
                .filter(key -> english.getProperty(key).length() > 12 && english.getProperty(key).equals(albanian.getProperty(key)))
                .toList();
        assertThat(copied).as("Albanian texts copied from English").isEmpty();
        var used = new TreeSet<String>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/evaluations"))) {
            for (var template : templates.toList()) {
                KEY.matcher(Files.readString(template)).results().map(m -> m.group(1)).forEach(used::add);
            }
        }
        for (var criterion : Criterion.values()) {
            used.add(criterion.messageKey());
            used.add(criterion.questionKey());
        }
        for (var rating : Rating.values()) {
            used.add(rating.messageKey());
            used.add(rating.meaningKey());
        }
        for (var status : EvaluationStatus.values()) {
            used.add(status.messageKey());
        }
        for (var kind : EvaluationKind.values()) {
            used.add(kind.messageKey());
        }
        for (var priority : Priority.values()) {
            used.add(priority.messageKey());
        }
        for (var kind : FileKind.values()) {
            used.add(kind.messageKey());
        }
        for (var kind : EvidenceKind.values()) {
            used.add(kind.messageKey());
            used.add(kind.messageKey() + ".plural");
        }
        for (var kind : StatementKind.values()) {
            used.add(kind.messageKey());
        }
        assertThat(used).allSatisfy(key -> assertThat(english).containsKey(key));
    }
}
