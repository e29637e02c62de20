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
