package org.ariadne.browser;

import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;

import org.ariadne.common.web.LanguageProperties;
import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every main page of every role ({@link MainPages}) rendered in each language the switch offers finds every text it
 * asks for in that language's own bundle: no "??key??" and no English standing in for a missing translation (a
 * bundle falls back to English silently, so the test records which messages each language asked for and looks them
 * up in that language's files; Serbian Cyrillic is made from the Latin and is looked up there). The page also says
 * which language it is in ({@code <html lang>}), for screen readers and axe.
 */
@AriadneIntegrationTest
@Import(MainPagesInEveryLanguageIntegrationTest.Recording.class)
class MainPagesInEveryLanguageIntegrationTest {

    @Autowired
    MainPagesFixture pages;

    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    /** The messages each language asked for, by language tag. */
    static final Map<String, Set<String>> ASKED = new ConcurrentHashMap<>();

    @Autowired
    MockMvc mvc;
    @Autowired
    LanguageProperties languages;

    @Test
    void everyMainPageInEveryLanguageFindsEveryTextInThatLanguage() throws Exception {
        var fixture = pages.build();
        var english = keysOf("");
        var problems = new TreeSet<String>();
        var sessions = new HashMap<MainPages.Who, MockHttpSession>();
        for (var locale : languages.locales()) {
            var tag = locale.toLanguageTag();
            ASKED.remove(tag);
            for (var main : fixture.all()) {
                var request = get(main.path()).cookie(new Cookie("ariadne-lang", tag));
                if (main.who() != MainPages.Who.ANONYMOUS) {
                    request.session(sessions.computeIfAbsent(main.who(), who -> signIn(fixture.usernames.get(who))));
                }
                var result = mvc.perform(request).andReturn();
                var response = result.getResponse();
                // a page refused or sent to the sign-in form would pass unread: each must answer as its person sees it
                int status = response.getStatus();
                boolean answered = main.path().equals("/") ? status == 302
                        : main.name().startsWith("error") ? status >= 400 : status == 200;
                if (!answered) {
                    problems.add(main.name() + " " + main.path() + " [" + main.who() + ", " + tag + "]: answered "
                            + status + (result.getResolvedException() == null ? "" : " (" + result.getResolvedException()
                            + ")"));
                }
                var html = response.getContentAsString(StandardCharsets.UTF_8);
                if (html.contains("??")) {
                    problems.add(main.name() + " [" + tag + "]: an unresolved message ??…??");
                }
                // "/" answers with a redirect to the person's start page, which the list holds too
                if (html.contains("<html") && !html.contains(" lang=\"" + tag + "\"")) {
                    problems.add(main.name() + " [" + tag + "]: <html lang> is not " + tag);
                }
            }
            if (!tag.equals("en")) {
                var own = keysOf(suffixOf(locale));
                ASKED.getOrDefault(tag, Set.of()).stream().filter(english::contains).filter(key -> !own.contains(key))
                        .forEach(key -> problems.add("[" + tag + "] " + key + " is shown in English: missing from _"
                                + suffixOf(locale) + " bundles"));
            }
        }
        assertThat(problems).as("texts missing on the main pages, per language").isEmpty();
    }

    private MockHttpSession signIn(String username) {
        try {
            return (MockHttpSession) mvc.perform(formLogin().user(username).password(MainPages.PASSWORD)).andReturn()
                    .getRequest().getSession();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The file suffix of a language's own bundles: "sq", "sr_Latn", "mk"; Serbian Cyrillic is made from "sr_Latn". */
    static String suffixOf(Locale locale) {
        var latin = "sr".equals(locale.getLanguage()) ? new Locale.Builder().setLocale(locale).setScript("Latn").build() : locale;
        return latin.toLanguageTag().replace('-', '_');
    }

    private static Set<String> keysOf(String suffix) throws IOException {
        var keys = new HashSet<String>();
        try (var files = Files.list(BUNDLES)) {
            for (var file : files.toList()) {
                var name = file.getFileName().toString();
                var base = name.contains("_") ? name.substring(0, name.indexOf('_')) : name.replace(".properties", "");
                if (name.equals(base + (suffix.isEmpty() ? "" : "_" + suffix) + ".properties")) {
                    var properties = new Properties();
                    try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    keys.addAll(properties.stringPropertyNames());
                }
            }
        }
        return keys;
    }

    /** Wraps the application's message source so that every message asked for is noted with its language. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Recording {

        @Bean
        static BeanPostProcessor recordingMessages() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (!"messageSource".equals(beanName) || !(bean instanceof MessageSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(MessageSource.class.getClassLoader(), bean instanceof HierarchicalMessageSource
                            ? new Class<?>[] {HierarchicalMessageSource.class} : new Class<?>[] {MessageSource.class},
                            (proxy, method, arguments) -> {
                                if (method.getName().equals("getMessage") && arguments != null) {
                                    record(arguments);
                                }
                                try {
                                    return method.invoke(bean, arguments);
                                } catch (java.lang.reflect.InvocationTargetException e) {
                                    throw e.getCause();
                                }
                            });
                }
            };
        }

        private static void record(Object[] arguments) {
            Locale locale = null;
            List<String> codes = List.of();
            for (var argument : arguments) {
                if (argument instanceof Locale given) {
                    locale = given;
                } else if (argument instanceof String code && codes.isEmpty()) {
                    codes = List.of(code);
                } else if (argument instanceof org.springframework.context.MessageSourceResolvable resolvable
                        && resolvable.getCodes() != null) {
                    codes = List.of(resolvable.getCodes());
                }
            }
            if (locale != null) {
                ASKED.computeIfAbsent(locale.toLanguageTag(), tag -> Collections.newSetFromMap(new ConcurrentHashMap<>()))
                        .addAll(codes);
            }
        }
    }
}
