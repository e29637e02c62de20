package org.ariadne.training;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Capacity building speaks English and Albanian completely: both bundles have the same keys, every key the pages and
 * the module use has a text, and every value of the module's lists has a label.
 */
class TrainingMessagesUnitTest {

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{(training\\.[\\w.-]+[\\w])");
    private static final Pattern JAVA_KEY = Pattern.compile("\"(training\\.[a-z][\\w.-]+[\\w])\"");

    private final Properties english = load("i18n/training.properties");
    private final Properties albanian = load("i18n/training_sq.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(albanian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesAndTheModuleUseHasAText() throws IOException {
        var used = new TreeSet<String>();
        try (var templates = Files.walk(Path.of("src/main/resources/templates/training"));
                var sources = Files.walk(Path.of("src/main/java/org/ariadne/training"))) {
            for (var file : Stream.concat(templates, sources).filter(Files::isRegularFile).toList()) {
                var text = Files.readString(file);
                TEMPLATE_KEY.matcher(text).results().map(m -> m.group(1)).forEach(used::add);
                JAVA_KEY.matcher(text).results().map(m -> m.group(1)).forEach(used::add);
            }
        }
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(used.stream().filter(key -> !english.containsKey(key) && !key.endsWith("."))).isEmpty();
    }

    @Test
    void everyValueOfTheModulesListsHasALabel() {
        var keys = new ArrayList<String>();
        Stream.of(TargetGroup.values()).map(TargetGroup::messageKey).forEach(keys::add);
        Stream.of(TrainingTopic.values()).map(TrainingTopic::messageKey).forEach(keys::add);
        Stream.of(NeedPriority.values()).map(NeedPriority::messageKey).forEach(keys::add);
        Stream.of(Sex.values()).map(Sex::messageKey).forEach(keys::add);
        Stream.of(ParticipantsKept.values()).map(ParticipantsKept::messageKey).forEach(keys::add);
        Stream.of(CertificationStatus.values()).map(CertificationStatus::messageKey).forEach(keys::add);
        Stream.of(NeedCoverage.Level.values()).map(NeedCoverage.Level::messageKey).forEach(keys::add);
        assertThat(keys.stream().filter(key -> !english.containsKey(key) || !albanian.containsKey(key))).isEmpty();
    }

    private Properties load(String bundle) {
        var properties = new Properties();
        try (var in = new InputStreamReader(getClass().getClassLoader().getResourceAsStream(bundle),
                StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
