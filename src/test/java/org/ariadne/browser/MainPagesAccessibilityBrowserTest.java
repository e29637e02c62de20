package org.ariadne.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;

import org.ariadne.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deque's axe-core over every main page of every role, in English and in Albanian: any violation of any rule fails,
 * and the failure lists the page, the rule and the elements. One browser, one sign-in per person and language.
 *
 * <p>Only here the browser context bypasses the Content-Security-Policy: the policy (rightly) refuses the script
 * axe injects into the page. Other browser tests keep the policy on and check that the pages work under it.
 */
class MainPagesAccessibilityBrowserTest extends BrowserTest {

    @Autowired
    MainPagesFixture pages;

    @Test
    void everyMainPageOfEveryRolePassesAxeInEnglishAndAlbanian() {
        long started = System.nanoTime();
        var fixture = pages.build();
        System.out.printf("main pages: fixture in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        var byPerson = fixture.all().stream().collect(Collectors.groupingBy(MainPages.Page::who, LinkedHashMap::new,
                Collectors.toList()));
        var violations = new ArrayList<String>();
        int checked = 0;
        for (var person : byPerson.entrySet()) {
            context.close();
            context = browser().newContext(new Browser.NewContextOptions().setBypassCSP(true).setLocale("en-GB"));
            page = context.newPage();
            if (person.getKey() != MainPages.Who.ANONYMOUS) {
                signIn(fixture.usernames.get(person.getKey()), MainPages.PASSWORD);
            }
            for (var language : List.of("en", "sq")) {
                // the application's own language switch: it keeps the choice in a cookie for the pages that follow
                page.navigate(url("/login?lang=" + language));
                for (var main : person.getValue()) {
                    page.navigate(url(main.path()));
                    assertThat(page.locator("html").getAttribute("lang")).as(main.name()).isEqualTo(language);
                    // legacy mode runs axe in the page itself: the pages have no frames, and the default mode opens
                    // a blank page for every analysis, which doubles the time of this test
                    var results = new AxeBuilder(page).setLegacyMode(true).analyze();
                    checked++;
                    for (var rule : results.getViolations()) {
                        violations.add(describe(main, language, rule));
                    }
                }
            }
        }
        System.out.printf("axe-core: %d pages checked in %d ms, %d violations%n", checked,
                (System.nanoTime() - started) / 1_000_000, violations.size());
        violations.forEach(System.out::println);
        assertThat(violations).as("axe-core violations (page [person, language]: rule, elements)").isEmpty();
    }

    private static String describe(MainPages.Page page, String language, com.deque.html.axecore.results.Rule rule) {
        var nodes = rule.getNodes().stream().limit(5).map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.joining(", "));
        var more = rule.getNodes().size() > 5 ? " and " + (rule.getNodes().size() - 5) + " more" : "";
        var owner = page.owner() == null ? "" : " {being rebuilt by " + page.owner() + "}";
        return page.name() + " " + page.path() + " [" + page.who() + ", " + language + "]" + owner + ": " + rule.getId()
                + " (" + rule.getImpact() + ", " + rule.getHelp() + ") on " + rule.getNodes().size() + " nodes: " + nodes
                + more;
    }
}
