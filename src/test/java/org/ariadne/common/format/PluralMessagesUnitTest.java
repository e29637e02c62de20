package org.ariadne.common.format;

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
