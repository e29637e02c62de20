package org.ariadne.common.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

import com.ibm.icu.text.MessageFormat;

import org.ariadne.common.text.SerbianScript;

import org.springframework.boot.autoconfigure.context.MessageSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;

/**
 * The message bundles, read as Spring Boot reads them ({@code spring.messages.*}), with one addition: a message
 * that counts ("{0, plural, one{# activity} other{# activities}}") is written with ICU's MessageFormat, which knows
 * each language's plural forms, so that no page says "1 activities". Every other message goes through Spring's own
 * formatting, unchanged.
 * <p>
 * Serbian in Cyrillic script has no bundles of its own: for a {@code sr-Cyrl} reader the message is the Serbian
 * Latin one ({@code _sr_Latn}) transliterated ({@link SerbianScript}), so the two scripts never say different
 * things.
 */
@Configuration(proxyBeanMethods = false)
class PluralMessages {

    @Bean
    @ConfigurationProperties("spring.messages")
    MessageSourceProperties messageSourceProperties() {
        return new MessageSourceProperties();
    }

    @Bean
    MessageSource messageSource(MessageSourceProperties properties) {
        var source = new Source();
        if (properties.getBasename() != null && !properties.getBasename().isEmpty()) {
            source.setBasenames(properties.getBasename().toArray(String[]::new));
        }
        if (properties.getEncoding() != null) {
            source.setDefaultEncoding(properties.getEncoding().name());
        }
        source.setFallbackToSystemLocale(properties.isFallbackToSystemLocale());
        if (properties.getCacheDuration() != null) {
            source.setCacheMillis(properties.getCacheDuration().toMillis());
        }
        source.setAlwaysUseMessageFormat(properties.isAlwaysUseMessageFormat());
        source.setUseCodeAsDefaultMessage(properties.isUseCodeAsDefaultMessage());
        if (properties.getCommonMessages() != null && !properties.getCommonMessages().isEmpty()) {
            var common = new Properties();
            for (Resource resource : properties.getCommonMessages()) {
                try (InputStream in = resource.getInputStream()) {
                    common.load(in);
                } catch (IOException unreadable) {
                    throw new UncheckedIOException(unreadable);
                }
            }
            source.setCommonMessages(common);
        }
        return source;
    }

    /** A bundle message source that hands messages with plural forms to ICU. */
    static final class Source extends ResourceBundleMessageSource {

        /** "{0, plural," however it is spaced: "{0,plural," is as much ICU as the spaced form. */
        private static final java.util.regex.Pattern PLURAL = java.util.regex.Pattern.compile("\\{\\s*\\d+\\s*,\\s*plural\\s*,");

        @Override
        protected String resolveCodeWithoutArguments(String code, Locale locale) {
            if (SerbianScript.isSerbianCyrillic(locale)) {
                return SerbianScript.toCyrillic(super.resolveCodeWithoutArguments(code, SerbianScript.latinOf(locale)));
            }
            return super.resolveCodeWithoutArguments(code, locale);
        }

        @Override
        protected java.text.MessageFormat resolveCode(String code, Locale locale) {
            if (SerbianScript.isSerbianCyrillic(locale)) {
                var latin = super.resolveCodeWithoutArguments(code, SerbianScript.latinOf(locale));
                return latin == null ? null : createMessageFormat(SerbianScript.toCyrillic(latin), locale);
            }
            return super.resolveCode(code, locale);
        }

        @Override
        protected String getMessageInternal(String code, Object[] args, Locale locale) {
            if (code != null && args != null && args.length > 0) {
                var pattern = resolveCodeWithoutArguments(code, locale == null ? Locale.getDefault() : locale);
                if (pattern != null && PLURAL.matcher(pattern).find()) {
                    return new MessageFormat(pattern, locale == null ? Locale.getDefault() : locale)
                            .format(resolveArguments(args, locale));
                }
            }
            return super.getMessageInternal(code, args, locale);
        }
    }
}
