package org.ariadne.common.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a user reads comes from the message bundles, in every language: templates carry no hard-coded
 * words, every key a template names exists, and every bundle has the same keys in each language.
 */
class MessageBundlesTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /**
     * The bundle suffixes of the languages the switch offers ({@link LanguageProperties}, "sr-Latn" is "sr_Latn"):
     * every one must be complete. English is the base bundle; Serbian Cyrillic has no files, it is made from the
     * Latin ones.
     */
    private static final List<String> LANGUAGES = offeredLanguages();
    /** Attributes whose value replaces the element's content, so the text inside is only a designer's placeholder. */
    private static final List<String> REPLACING = List.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "sec:authentication", "th:errors");
    private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)[}(]");

    @Test
    void templatesContainNoTextOutsideTheBundles() throws IOException {
        var offenders = new ArrayList<String>();
        for (var template : templates()) {
            var document = Jsoup.parse(Files.readString(template));
            for (var element : document.getAllElements()) {
                for (var node : element.textNodes()) {
                    if (hasLetters(node) && !replaced(element)) {
                        offenders.add(TEMPLATES.relativize(template) + ": \"" + node.text().strip() + "\"");
                    }
                }
                for (var attribute : List.of("title", "placeholder", "alt", "aria-label")) {
                    if (element.hasAttr(attribute) && element.attr(attribute).matches(".*\\p{L}.*")) {
                        offenders.add(TEMPLATES.relativize(template) + ": " + attribute + "=\"" + element.attr(attribute) + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("text written into templates instead of taken from the message bundles").isEmpty();
    }

    @Test
    void everyKeyATemplateNamesExists() throws IOException {
        var keys = allKeys("");
        var missing = new TreeSet<String>();
        for (var template : templates()) {
            var matcher = STATIC_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                if (!keys.contains(matcher.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + matcher.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        var differences = new ArrayList<String>();
        for (var bundle : bundleNames()) {
            var english = load(BUNDLES.resolve(bundle + ".properties")).stringPropertyNames();
            for (var language : LANGUAGES) {
                var file = BUNDLES.resolve(bundle + "_" + language + ".properties");
                var translated = Files.exists(file) ? load(file).stringPropertyNames() : Set.<String>of();
                english.stream().filter(key -> !translated.contains(key))
                        .forEach(key -> differences.add(bundle + "_" + language + " lacks " + key));
                translated.stream().filter(key -> !english.contains(key))
                        .forEach(key -> differences.add(bundle + " lacks " + key + " (only in " + language + ")"));
            }
        }
        assertThat(differences).isEmpty();
    }

    /** A translation uses the same values as the English ("{0}", "{1}", "{max}"): none lost, none invented. */
    @Test
    void everyTranslationHasThePlaceholdersOfTheEnglish() throws IOException {
        var differences = new ArrayList<String>();
        for (var bundle : bundleNames()) {
            var english = load(BUNDLES.resolve(bundle + ".properties"));
            for (var language : LANGUAGES) {
                var file = BUNDLES.resolve(bundle + "_" + language + ".properties");
                if (!Files.exists(file)) {
                    continue;
                }
                var translated = load(file);
                for (var key : translated.stringPropertyNames()) {
                    if (english.containsKey(key)
                            && !placeholders(english.getProperty(key)).equals(placeholders(translated.getProperty(key)))) {
                        differences.add(bundle + "_" + language + ": " + key + " has " + placeholders(translated.getProperty(key))
                                + ", the English " + placeholders(english.getProperty(key)));
                    }
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    /** Serbian counts in three forms (1 aktivnost, 3 aktivnosti, 5 aktivnosti): a counting message names "few". */
    @Test
    void serbianCountingMessagesHaveTheFewForm() throws IOException {
        var lacking = new ArrayList<String>();
        for (var bundle : bundleNames()) {
            var file = BUNDLES.resolve(bundle + "_sr_Latn.properties");
            if (Files.exists(file)) {
                var serbian = load(file);
                serbian.stringPropertyNames().stream()
                        .filter(key -> PLURAL.matcher(serbian.getProperty(key)).find() && !serbian.getProperty(key).contains("few{"))
                        .forEach(key -> lacking.add(bundle + "_sr_Latn: " + key));
            }
        }
        assertThat(lacking).isEmpty();
    }

    /** Nobody writes Cyrillic Serbian by hand: it would drift from the Latin it is made from. */
    @Test
    void serbianCyrillicIsNeverWrittenByHand() throws IOException {
        try (var files = Files.list(BUNDLES)) {
            assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.contains("_sr_Cyrl"))).isEmpty();
        }
    }

    private static final Pattern PLURAL = Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\s*(\\d+|max|min)\\s*[,}]");

    /** The values a message takes: "{0}" and "{0, plural, …}" are both 0; "{max}" is max. */
    private static Set<String> placeholders(String message) {
        var found = new TreeSet<String>();
        var matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> offeredLanguages() {
        try {
            var available = LanguageProperties.class.getDeclaredConstructors()[0].getParameters()[0]
                    .getAnnotation(org.springframework.boot.context.properties.bind.DefaultValue.class).value();
            return java.util.Arrays.stream(available).filter(tag -> !tag.equals("en") && !tag.equals("sr-Cyrl"))
                    .map(tag -> tag.replace('-', '_')).toList();
        } catch (RuntimeException e) {
            throw new IllegalStateException("the languages offered could not be read from LanguageProperties", e);
        }
    }

    @Test
    void noTranslationIsLeftEmpty() throws IOException {
        var empty = new ArrayList<String>();
        for (var bundle : bundleNames()) {
            for (var suffix : Stream.concat(Stream.of(""), LANGUAGES.stream().map(l -> "_" + l)).toList()) {
                var file = BUNDLES.resolve(bundle + suffix + ".properties");
                if (Files.exists(file)) {
                    var properties = load(file);
                    properties.stringPropertyNames().stream().filter(key -> properties.getProperty(key).isBlank())
                            .forEach(key -> empty.add(bundle + suffix + ": " + key));
                }
            }
        }
        assertThat(empty).isEmpty();
    }

    private static boolean hasLetters(TextNode node) {
        return node.text().matches("(?s).*\\p{L}.*");
    }

    private static boolean replaced(Element element) {
        for (var current = element; current != null; current = current.parent()) {
            for (var attribute : REPLACING) {
                if (current.hasAttr(attribute)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Path> templates() throws IOException {
        try (var files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> bundleNames() throws IOException {
        try (var files = Files.list(BUNDLES)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.contains("_"))
                    .map(name -> name.substring(0, name.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Set<String> allKeys(String suffix) throws IOException {
        var keys = new HashSet<String>();
        for (var bundle : bundleNames()) {
            keys.addAll(load(BUNDLES.resolve(bundle + suffix + ".properties")).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
