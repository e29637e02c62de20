package org.ariadne.common.format;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A message that counts takes the word its language uses for that count: never "1 activities". */
class PluralMessagesUnitTest {

    private static PluralMessages.Source bundles() {
        var source = new PluralMessages.Source();
        source.setBasenames("i18n/messages", "i18n/dashboards", "i18n/quality");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void oneActivityIsOneAndThreeAreThreeInBothLanguages() {
        var messages = bundles();
        var albanian = Locale.forLanguageTag("sq");

        assertThat(messages.getMessage("dashboards.figure.completed", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("of 1 activity is completed");
        assertThat(messages.getMessage("dashboards.figure.completed", new Object[] {3}, Locale.ENGLISH))
                .isEqualTo("of 3 activities are completed");
        assertThat(messages.getMessage("dashboards.figure.completed", new Object[] {1}, albanian))
                .isEqualTo("nga 1 aktivitet është përfunduar");
        assertThat(messages.getMessage("dashboards.figure.completed", new Object[] {3}, albanian))
                .isEqualTo("nga 3 aktivitete janë përfunduar");
        assertThat(messages.getMessage("dashboards.coverage", new Object[] {1, 1, 0, 0}, Locale.ENGLISH))
                .startsWith("based on 1 of 1 activity;");
        assertThat(messages.getMessage("quality.figure.indicators", new Object[] {1200}, Locale.ENGLISH))
                .startsWith("of 1,200 indicators can be measured");
    }

    @Test
    void aPluralWrittenWithoutSpacesCountsToo() {
        var messages = bundles();
        messages.addBasenames("i18n/risks");

        assertThat(messages.getMessage("risks.scenario.directory.entries-places", new Object[] {1, 1}, Locale.ENGLISH))
                .isEqualTo("1 entry of this provider, 1 place");
        assertThat(messages.getMessage("risks.scenario.directory.entries-places", new Object[] {2, 20},
                Locale.forLanguageTag("sq"))).isEqualTo("2 shërbime të këtij ofruesi, 20 vende");
    }

    @Test
    void theAnnualReportCountsItsActivitiesIndicatorsAndReportsInWords() {
        var messages = bundles();
        messages.addBasenames("i18n/documents");

        assertThat(messages.getMessage("documents.summary.activities", new Object[] {1, 1, 0, 0, 0, 0}, Locale.ENGLISH))
                .isEqualTo("Of 1 activity, 1 is completed, 0 have started, 0 are continuous, 0 have not started and 0 "
                        + "have no reported status.");
        assertThat(messages.getMessage("documents.summary.reports", new Object[] {1}, Locale.ENGLISH))
                .isEqualTo("The period has 1 report from the institutions.");
        assertThat(messages.getMessage("documents.recommendation.behind", new Object[] {2, "1.1, 1.2"},
                Locale.forLanguageTag("sq"))).isEqualTo("Shqyrtoni 2 treguesit që janë mbrapa (1.1, 1.2).");
        assertThat(messages.getMessage("documents.summary.indicators", new Object[] {1, 1, 0},
                Locale.forLanguageTag("mk"))).isEqualTo("1 индикатор: 1 измерени во годината, од кои 0 заостануваат.");
    }

    /** Every counting message of every bundle, in every language, is read by ICU: none fails on a page. */
    @Test
    void everyCountingMessageOfEveryBundleFormats() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var messages = new PluralMessages.Source();
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        var counting = new java.util.ArrayList<String[]>();
        for (var bundle : resolver.getResources("classpath*:i18n/*.properties")) {
            var name = bundle.getFilename().replace(".properties", "");
            var base = name.contains("_") ? name.substring(0, name.indexOf('_')) : name;
            messages.addBasenames("i18n/" + base);
            var properties = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(bundle.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            var language = name.contains("_") ? name.substring(name.indexOf('_') + 1) : "en";
            properties.forEach((key, value) -> {
                if (value.toString().matches("(?s).*\\{\\s*\\d+\\s*,\\s*plural\\s*,.*")) {
                    counting.add(new String[] {key.toString(), language});
                }
            });
        }
        assertThat(counting).isNotEmpty();
        var arguments = new Object[] {1, 2, 3, 4, 5, 6};
        for (var message : counting) {
            // "sr_Latn" is the file's suffix, "sr-Latn" the language tag; Serbian Cyrillic is made from the Latin
            var tags = message[1].equals("sr_Latn") ? List.of("sr-Latn", "sr-Cyrl") : List.of(message[1].replace('_', '-'));
            for (var tag : tags) {
                var text = messages.getMessage(message[0], arguments, Locale.forLanguageTag(tag));
                assertThat(text).as(message[0] + " in " + tag).doesNotContain("plural").doesNotContain("{0");
            }
        }
    }

    @Test
    void theMessagesThatCountedWithAFixedFormNowSayOneAndFewAndMany() {
        var messages = bundles();
        messages.addBasenames("i18n/workbook", "i18n/victimdata", "i18n/training", "i18n/review", "i18n/api");
        var serbian = Locale.forLanguageTag("sr-Latn");
        var macedonian = Locale.forLanguageTag("mk");

        assertThat(messages.getMessage("upload.preview.fix-first", new Object[] {1}, Locale.ENGLISH))
                .startsWith("The file has 1 problem. ");
        assertThat(messages.getMessage("upload.preview.fix-first", new Object[] {3}, Locale.ENGLISH))
                .startsWith("The file has 3 problems. ");
        assertThat(messages.getMessage("workbook.import.still-has-problems", new Object[] {1}, serbian))
                .startsWith("Datoteka i dalje ima 1 problem.");
        assertThat(messages.getMessage("workbook.import.still-has-problems", new Object[] {3}, serbian))
                .startsWith("Datoteka i dalje ima 3 problema.");
        assertThat(messages.getMessage("workbook.preview.refused.indicators", new Object[] {21}, macedonian))
                .isEqualTo("со 21 индикатор");
        assertThat(messages.getMessage("workbook.preview.refused.indicators", new Object[] {2}, macedonian))
                .isEqualTo("со 2 индикатори");
        assertThat(messages.getMessage("quality.rule.ind-no-unit.summary", new Object[] {1, 5}, Locale.ENGLISH))
                .isEqualTo("1 of 5 indicators (other than yes/no and percentages) has no unit");
        assertThat(messages.getMessage("quality.rule.ind-no-unit.summary", new Object[] {2, 1200}, Locale.ENGLISH))
                .isEqualTo("2 of 1,200 indicators (other than yes/no and percentages) have no unit");
        assertThat(messages.getMessage("quality.rule.spec-no-activities.summary", new Object[] {2, 3}, serbian))
                .isEqualTo("2 od 3 specifična cilja nema aktivnosti");
        assertThat(messages.getMessage("review.several.saved", new Object[] {1}, Locale.forLanguageTag("sq")))
                .isEqualTo("Një aktivitet u vlerësua.");
        assertThat(messages.getMessage("api.token.error.expiry-too-far", new Object[] {1}, Locale.ENGLISH))
                .startsWith("A token lives at most 1 day:");
        assertThat(messages.getMessage("common.disclosure.legend", new Object[] {5}, Locale.forLanguageTag("sr-Cyrl")))
                .contains("мање од 5 особа");
    }

    /**
     * A number next to a noun ("{0} reports", "{1} problem(s)", "of {0} measured indicators") or a ChoiceFormat count
     * ("{0,choice,1#1 note|1<{0} notes}", which cannot say the Serbian "few") is a counting message: it is found
     * in the English bundle, and it must count with a plural in every language.
     */
    @Test
    void everyMessageThatCountsCountsWithAPluralInEveryLanguage() throws Exception {
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var bundles = new java.util.TreeMap<String, java.util.Properties>();
        for (var bundle : resolver.getResources("classpath*:i18n/*.properties")) {
            var properties = new java.util.Properties();
            try (var in = new java.io.InputStreamReader(bundle.getInputStream(), java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(in);
            }
            bundles.put(bundle.getFilename(), properties);
        }
        var withoutPlural = new java.util.TreeSet<String>();
        bundles.forEach((file, english) -> {
            if (file.contains("_")) {
                return;
            }
            var base = file.replace(".properties", "");
            english.forEach((key, value) -> {
                if (!counts(value.toString()) && !CHOICE.matcher(value.toString()).find()) {
                    return;
                }
                for (var language : List.of("", "_sq", "_sr_Latn", "_mk")) {
                    var bundle = bundles.get(base + language + ".properties");
                    var text = bundle == null ? null : bundle.getProperty(key.toString());
                    if (text != null && (!PLURAL.matcher(text).find() || CHOICE.matcher(text).find())) {
                        withoutPlural.add(base + language + ": " + key + "=" + text);
                    }
                }
            });
        });
        assertThat(withoutPlural).as("messages that count without a plural").isEmpty();
    }

    @Test
    void aNumberNextToANounIsFoundWhereverItCounts() {
        assertThat(counts("The file has {0} problem(s).")).isTrue();
        assertThat(counts("The operational plan {0,number,#} is drafted: {1} activities.")).isTrue();
        assertThat(counts("of {0} measured indicators are behind")).isTrue();
        assertThat(counts("{0} of {1} dated activities have a start without an end")).isTrue();
        assertThat(counts("At most {0,number,integer} characters.")).isTrue();
        assertThat(counts("with {0} indicator(s)")).isTrue();
        assertThat(counts("{0} of {1, plural, one {# finding} other {# findings}}")).isFalse();
        assertThat(counts("{0} contains macros, which could run")).isFalse();
        assertThat(counts("of which {0} from commitments")).isFalse();
        assertThat(counts("Rated {0} without comments saying why.")).isFalse();
        assertThat(counts("{0} is longer than {1} characters")).isTrue();
        assertThat(counts("The code {0} appears twice (first on row {1}).")).isFalse();
        assertThat(counts("New report to review: {0}, {1}, sent again {2} after corrections")).isFalse();
    }

    private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");
    private static final java.util.regex.Pattern CHOICE = java.util.regex.Pattern.compile("\\{\\s*\\d+\\s*,\\s*choice\\s*,");
    /** A placeholder, at most one describing word, then a noun in the plural ("days", "problem(s)", "activity(ies)"). */
    private static final java.util.regex.Pattern NUMBER_NOUN = java.util.regex.Pattern.compile(
            "\\{\\d+(?:\\s*,\\s*number[^}]*)?\\}\\s+(?:(\\p{L}+)\\s+)?(\\p{L}+)(\\((?:s|es|ies)\\))?");
    /** Words after a number that are no nouns it counts: verbs, prepositions, conjunctions. */
    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("is", "was", "has", "does", "contains",
            "as", "its", "this", "always", "plus", "across", "status", "less", "unless", "from", "of", "to", "in", "on",
            "by", "and", "or", "the", "a", "an", "for", "with", "without", "at", "while", "are", "were", "have",
            "saying", "changes", "remains", "needs", "goes", "comes", "means", "includes", "shows", "counts", "lists",
            "holds", "runs", "reports", "states", "sends", "asks", "answers", "gets", "keeps", "makes", "takes", "appears",
            "begins", "belongs", "starts", "ends", "expires", "exists", "seems", "looks", "happens", "follows", "after",
            "before", "since", "until");

    /** Whether an English message counts with a fixed noun: a number next to a plural noun, outside any plural. */
    static boolean counts(String message) {
        var outside = stripPlurals(message);
        var found = NUMBER_NOUN.matcher(outside);
        while (found.find()) {
            var between = found.group(1) == null ? null : found.group(1).toLowerCase(Locale.ROOT);
            var noun = found.group(2).toLowerCase(Locale.ROOT);
            if (between != null && pluralNoun(between)) {
                return true; // "{0} days left"
            }
            if (between != null && NOT_COUNTED.contains(between)) {
                continue; // "{0} contains macros", "{0} from commitments"
            }
            if (found.group(3) != null || pluralNoun(noun)) {
                return true;
            }
        }
        return false;
    }

    private static boolean pluralNoun(String word) {
        return word.length() > 2 && word.endsWith("s") && !NOT_COUNTED.contains(word);
    }

    /** The message without its plural blocks, which count already. */
    private static String stripPlurals(String message) {
        var text = new StringBuilder();
        var matcher = PLURAL.matcher(message);
        int from = 0;
        while (matcher.find(from)) {
            text.append(message, from, matcher.start());
            int depth = 1;
            int i = matcher.end();
            for (; i < message.length() && depth > 0; i++) {
                depth += message.charAt(i) == '{' ? 1 : message.charAt(i) == '}' ? -1 : 0;
            }
            from = i;
        }
        return text.append(message.substring(Math.min(from, message.length()))).toString();
    }

    @Test
    void serbianCountsInThreeFormsInBothScripts() {
        var messages = bundles();
        var latin = Locale.forLanguageTag("sr-Latn");
        var cyrillic = Locale.forLanguageTag("sr-Cyrl");

        assertThat(messages.getMessage("dashboards.reported.count", new Object[] {1}, latin))
                .isEqualTo("1 prijavljena vrednost");
        assertThat(messages.getMessage("dashboards.reported.count", new Object[] {3}, latin))
                .isEqualTo("3 prijavljene vrednosti");
        assertThat(messages.getMessage("dashboards.reported.count", new Object[] {5}, latin))
                .isEqualTo("5 prijavljenih vrednosti");
        assertThat(messages.getMessage("dashboards.reported.count", new Object[] {22}, cyrillic))
                .isEqualTo("22 пријављене вредности");
        assertThat(messages.getMessage("dashboards.reported.count", new Object[] {1200}, cyrillic))
                .isEqualTo("1.200 пријављених вредности");
    }

    @Test
    void everyOtherMessageIsFormattedAsBefore() {
        var messages = bundles();
        var plain = new org.springframework.context.support.ResourceBundleMessageSource();
        plain.setBasenames("i18n/messages", "i18n/dashboards", "i18n/quality");
        plain.setDefaultEncoding("UTF-8");
        plain.setFallbackToSystemLocale(false);

        for (var key : new String[] {"dashboards.percent", "form.problem"}) {
            assertThat(messages.getMessage(key, new Object[] {"63"}, Locale.ENGLISH))
                    .isEqualTo(plain.getMessage(key, new Object[] {"63"}, Locale.ENGLISH));
        }
    }
}
