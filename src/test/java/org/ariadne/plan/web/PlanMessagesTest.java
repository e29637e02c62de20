package org.ariadne.plan.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.PlanStatus;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan pages speak English and Albanian completely: every key they use exists in both bundles, every label of
 * the plan's lists and every refusal of the plan has a text, patterns with values are valid, and no template line
 * carries text that is not taken from the bundles.
 */
class PlanMessagesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates/plan");
    private static final Path CONTROLLERS = Path.of("src/main/java/org/ariadne/plan/web");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-z][\\w.-]+)");
    private static final Pattern JAVA_KEY = Pattern.compile("\"((?:plan|common)\\.[a-z][\\w.-]+)\"");
    private static final Pattern TEXT_BETWEEN_TAGS = Pattern.compile(">([^<>{}]+)<");
    private static final Pattern TH_TEXT = Pattern.compile("th:(u)?text\\s*=\\s*\"[^\"]+\"");

    private final Properties english = load("plan.properties");
    private final Properties albanian = load("plan_sq.properties");
    private final Properties shared = load("messages.properties");

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(albanian.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
    }

    @Test
    void everyKeyThePagesUseHasAText() throws IOException {
        var used = new TreeSet<String>();
        for (var template : files(TEMPLATES, ".html")) {
            TEMPLATE_KEY.matcher(Files.readString(template)).results().map(m -> m.group(1)).forEach(used::add);
        }
        for (var controller : files(CONTROLLERS, ".java")) {
            JAVA_KEY.matcher(Files.readString(controller)).results().map(m -> m.group(1)).forEach(used::add);
        }
        assertThat(used).hasSizeGreaterThan(100);
        var missing = used.stream().filter(key -> !english.containsKey(key) && !shared.containsKey(key)).toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueOfThePlansListsHasALabel() {
        var keys = new ArrayList<String>();
        Stream.of(ThematicArea.values()).map(ThematicArea::messageKey).forEach(keys::add);
        Stream.of(ResultLevel.values()).map(ResultLevel::messageKey).forEach(keys::add);
        Stream.of(IndicatorType.values()).map(IndicatorType::messageKey).forEach(keys::add);
        Stream.of(Direction.values()).map(Direction::messageKey).forEach(keys::add);
        Stream.of(Frequency.values()).map(Frequency::messageKey).forEach(keys::add);
        Stream.of(Disaggregation.values()).map(Disaggregation::messageKey).forEach(keys::add);
        Stream.of(FundingSourceKind.values()).map(FundingSourceKind::messageKey).forEach(keys::add);
        Stream.of(PlanStatus.values()).map(PlanStatus::messageKey).forEach(keys::add);
        Stream.of(ActivityStatus.values()).map(ActivityStatus::messageKey).forEach(keys::add);

        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
        assertThat(english.getProperty(ActivityStatus.NOT_STARTED.messageKey())).isEqualTo("Hasn't started");
    }

    @Test
    void everyRefusalOfThePlanAndEveryValidationMessageHasAText() {
        var keys = List.of("plan.error.period-reversed", "plan.error.bad-code", "plan.error.duplicate-code",
                "plan.error.end-before-start", "plan.error.budget-without-amount", "plan.error.negative-amount",
                "plan.error.year-outside-plan", "plan.error.duplicate-target-year", "plan.error.scale-reversed",
                "plan.error.percentage-range", "plan.error.yes-no-value", "plan.error.outside-scale",
                "plan.error.unknown-institution", "plan.error.has-children", "plan.conflict", "plan.indicator.baseline",
                "plan.indicator.target", "validation.year", "validation.not-negative", "validation.amount",
                "validation.number");

        assertThat(keys).allSatisfy(key -> assertThat(english).containsKey(key));
        assertThat(format(english, "plan.error.bad-code", "X1", "A1.1.1"))
                .isEqualTo("“X1” is not a code for this place; write it like A1.1.1.");
        assertThat(format(english, "plan.error.period-reversed", 2019, 2015)).contains("2015").doesNotContain("2,015");
    }

    /** In a pattern with values a lone apostrophe starts a quote and swallows the text after it. */
    @Test
    void patternsWithValuesAreValidAndKeepTheirApostrophes() {
        for (var bundle : List.of(english, albanian)) {
            for (var key : bundle.stringPropertyNames()) {
                var pattern = bundle.getProperty(key);
                if (!pattern.contains("{0")) {
                    continue;
                }
                // a counting message is formatted by ICU, as PluralMessages does; every other one by the JDK
                var formatted = pattern.matches("(?s).*\\{\\s*\\d+\\s*,\\s*plural\\s*,.*")
                        ? new com.ibm.icu.text.MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4})
                        : new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3, 4});
                assertThat(formatted).as(key).doesNotContain("{");
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void noTemplateLineCarriesTextOutsideTheBundles() throws IOException {
        var hardCoded = new ArrayList<String>();
        for (var template : files(TEMPLATES, ".html")) {
            var lines = Files.readAllLines(template);
            for (int i = 0; i < lines.size(); i++) {
                var line = lines.get(i).strip();
                var text = TEXT_BETWEEN_TAGS.matcher(line);
                if (text.find() && !text.group(1).isBlank() && !line.contains("#{") && !TH_TEXT.matcher(line).find()) {
                    hardCoded.add(template.getFileName() + ":" + (i + 1) + " " + line);
                }
            }
        }
        assertThat(hardCoded).isEmpty();
    }

    private static String format(Properties bundle, String key, Object... values) {
        return new MessageFormat(bundle.getProperty(key), Locale.ENGLISH).format(values);
    }

    private static List<Path> files(Path folder, String suffix) throws IOException {
        try (var paths = Files.list(folder)) {
            return paths.filter(path -> path.toString().endsWith(suffix)).toList();
        }
    }

    private static Properties load(String name) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return properties;
    }
}
