package org.ariadne.strategy;

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

/** Every strategy message in English and Albanian, and every key the strategy pages use has its text. */
class StrategyMessagesUnitTest {

    private static final Pattern KEY = Pattern.compile("#\\{(strategy\\.[\\w.-]+)");

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var in = new InputStreamReader(StrategyMessagesUnitTest.class.getResourceAsStream("/i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return properties;
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndThePagesFindTheirs() throws IOException {
        var english = load("strategy.properties");
        var albanian = load("strategy_sq.properties");
        assertThat(new TreeSet<>(albanian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        var used = new TreeSet<String>();
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/strategy"))) {
            for (var template : templates.toList()) {
                KEY.matcher(Files.readString(template)).results().map(m -> m.group(1)).forEach(used::add);
            }
        }
        for (var enumKey : StrategyKind.values()) {
            used.add(enumKey.messageKey());
        }
        assertThat(used).allSatisfy(key -> assertThat(english).containsKey(key));
    }
}
