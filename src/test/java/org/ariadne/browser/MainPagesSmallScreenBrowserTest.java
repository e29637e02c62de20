package org.ariadne.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;

import org.ariadne.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every main page of every role on a 390 px wide phone: the page itself never scrolls sideways (a wide table
 * scrolls inside its own region). A failure names the page and the element that sticks out furthest.
 */
class MainPagesSmallScreenBrowserTest extends BrowserTest {

    @Autowired
    MainPagesFixture pages;

    /**
     * The element that sticks out furthest past the right edge of the window, outside any region that scrolls or
     * clips on its own, as "tag#id.class (right edge px)"; null when the page fits.
     */
    private static final String WIDEST = """
            () => {
              const width = window.innerWidth;
              if (document.documentElement.scrollWidth <= width) return null;
              // an ancestor clips an element only from the element's containing block up: an absolutely positioned
              // element escapes the frames between it and its nearest positioned ancestor
              const clipped = el => {
                let absolute = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
                for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
                  const style = getComputedStyle(p);
                  if (absolute && style.position === 'static') continue;
                  absolute = ['absolute', 'fixed'].includes(style.position);
                  if (style.overflowX !== 'visible') return true;
                }
                return false;
              };
              let widest = null, right = width;
              for (const el of document.body.querySelectorAll('*')) {
                const box = el.getBoundingClientRect();
                if (box.width > 0 && box.right > right && !clipped(el)) { widest = el; right = box.right; }
              }
              const name = widest == null ? 'unknown' : widest.tagName.toLowerCase()
                  + (widest.id ? '#' + widest.id : '')
                  + (widest.classList.length ? '.' + [...widest.classList].join('.') : '');
              return name + ' (page ' + document.documentElement.scrollWidth + ' px, element to '
                  + Math.round(right) + ' px)';
            }
            """;

    /**
     * Pages checked and printed above, but not failing the test yet, because another helper is rebuilding them on
     * another branch (5 Dec 2026); remove each entry once that branch is merged. At the time of writing:
     * the half-year review is 880-926 px wide (div.review-facts, the table of indicators beside the ratings), the
     * report form 397-422 px (form.value-form and div.part-group of a disaggregated value) and a report under review
     * 391 px (div.value-read).
     */
    private static final java.util.List<String> BEING_REBUILT = java.util.List.<String>of();

    @Test
    void noMainPageOfAnyRoleScrollsSidewaysOnA390PixelScreen() {
        var fixture = pages.build();
        var byPerson = fixture.all().stream().collect(Collectors.groupingBy(MainPages.Page::who, LinkedHashMap::new,
                Collectors.toList()));
        var overflowing = new ArrayList<String>();
        for (var person : byPerson.entrySet()) {
            context.close();
            context = browser().newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                    .setLocale("en-GB"));
            page = context.newPage();
            if (person.getKey() != MainPages.Who.ANONYMOUS) {
                signIn(fixture.usernames.get(person.getKey()), MainPages.PASSWORD);
            }
            for (var language : java.util.List.of("en", "sq")) {
                page.navigate(url("/login?lang=" + language));
                for (var main : person.getValue()) {
                    page.navigate(url(main.path()));
                    var widest = page.evaluate(WIDEST);
                    if (widest != null) {
                        var owner = main.owner() == null ? "" : " {being rebuilt by " + main.owner() + "}";
                        overflowing.add(main.name() + " " + main.path() + " [" + main.who() + ", " + language + "]"
                                + owner + ": " + widest);
                    }
                }
            }
        }
        overflowing.forEach(line -> System.out.println("390 px: " + line));
        assertThat(overflowing).filteredOn(line -> BEING_REBUILT.stream().noneMatch(line::contains))
                .as("pages wider than a 390 px screen (page [person, language]: widest element)").isEmpty();
    }
}
