package org.ariadne.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;

import com.microsoft.playwright.options.WaitForSelectorState;

import org.ariadne.support.BrowserTest;
import org.junit.jupiter.api.Test;

/**
 * The API's browsable description works in a real browser under the application's content security policy: Swagger
 * UI loads its scripts from Ariadne itself, reads /v3/api-docs and lists the operations, and the browser reports no
 * blocked script or style.
 */
class ApiDocsBrowserTest extends BrowserTest {

    @Test
    void swaggerUiShowsTheApiWithoutAnythingBlockedByThePolicy() {
        var blocked = new ArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                blocked.add(message.text());
            }
        });

        var answer = page.navigate(url("/api/docs"));

        assertThat(answer.headers().get("content-security-policy")).contains("script-src 'self'");
        page.locator(".swagger-ui .info .title").waitFor();
        assertThat(page.locator(".swagger-ui .info .title").innerText()).contains("Ariadne API");
        page.locator(".opblock-summary-path[data-path='/api/v1/plans']").first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.VISIBLE));
        assertThat(page.locator(".opblock").count()).isGreaterThanOrEqualTo(12);
        assertThat(blocked).isEmpty();
    }
}
