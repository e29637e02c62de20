package org.ariadne.demo;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;

import org.ariadne.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's sign-in page, in both of its states (being prepared, then ready with the accounts to try), passes
 * axe-core in English and Albanian and fits a 390 px screen. Runs on an in-memory database of its own, as the
 * demo's first start would.
 */
@TestPropertySource(properties = {"ariadne.demo-data=true",
        "spring.datasource.url=jdbc:h2:mem:ariadne-demo-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa", "spring.datasource.password="})
class DemoSignInBrowserTest extends BrowserTest {

    @Autowired
    DemoSignIn signIn;

    @Test
    void theDemoSignInPageIsAccessibleAndFitsASmallScreenWhilePreparedAndWhenReady() {
        var problems = new ArrayList<String>();
        for (boolean preparing : List.of(true, false)) {
            if (preparing) {
                signIn.preparingAgain();
            } else {
                signIn.ready();
            }
            for (var language : List.of("en", "sq")) {
                page.navigate(url("/login?lang=" + language));
                var shown = preparing ? "#demo-preparing" : "#demo-accounts";
                assertThat(page.locator(shown).count()).as(shown + " " + language).isEqualTo(1);
                for (var rule : new AxeBuilder(page).setLegacyMode(true).analyze().getViolations()) {
                    problems.add(shown + " " + language + ": " + rule.getId() + " on " + rule.getNodes().size());
                }
            }
        }
        signIn.ready();

        context.close();
        context = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setLocale("en-GB"));
        page = context.newPage();
        for (var language : List.of("en", "sq")) {
            page.navigate(url("/login?lang=" + language));
            var width = (Number) page.evaluate("document.documentElement.scrollWidth");
            assertThat(width.intValue()).as("page width at 390 px, " + language).isLessThanOrEqualTo(390);
        }
        assertThat(problems).as("axe-core violations").isEmpty();
    }
}
