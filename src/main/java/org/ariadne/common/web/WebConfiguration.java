package org.ariadne.common.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language handling: the browser's language on the first visit (when offered), then the user's choice from the
 * language switch ({@code ?lang=sq}), kept in a cookie. Signed-in users also keep it on their account.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    private final LanguageProperties languages;
    // looked up at the first request: the guard gathers every module's answers, which must not be made this early
    private final org.springframework.beans.factory.ObjectProvider<org.ariadne.common.participant.ParticipantGuard> participantGuard;

    WebConfiguration(LanguageProperties languages,
            org.springframework.beans.factory.ObjectProvider<org.ariadne.common.participant.ParticipantGuard> participantGuard) {
        this.participantGuard = participantGuard;
        this.languages = languages;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("ariadne-lang") {
            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                super.setLocale(request, response, locale == null ? null : languages.supported(locale));
            }

            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return languages.supported(super.resolveLocale(request));
            }
        };
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> languages.supported(request.getLocale()));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
        // after the locale, so that a refused record's 404 page is in the reader's language
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                return participantGuard.getObject().preHandle(request, response, handler);
            }
        });
    }
}
