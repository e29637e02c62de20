package org.ariadne.browser;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.util.Set;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.BrowserTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Someone picks the wrong, huge file: the browser gets a clear message, not a broken connection, and nothing is kept. */
class LargeUploadJourneyTest extends BrowserTest {

    private static final String PASSWORD = "large-upload-Passw0rd";

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theBrowserRefusesA50MegabyteFileBeforeSendingIt() throws Exception {
        assertRefused(50, ".field-error", "up to 10 MB");
    }

    @Test
    void withoutJavaScriptTheServerRefusesA50MegabyteFileWithAMessage() throws Exception {
        withoutJavaScript();
        assertRefused(50, ".flash.problem", "at most 10 MB");
    }

    @Test
    void withoutJavaScriptAFileAboveTheServersLimitIsRefusedWithAMessageToo() throws Exception {
        withoutJavaScript();
        assertRefused(65, ".flash.problem", "up to 10 MB");
    }

    private void withoutJavaScript() {
        context.close();
        context = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
    }

    private void assertRefused(int megabytes, String where, String expected) throws Exception {
        var username = Unique.username("uploader");
        accounts.createAtStartUp(new UserCommand(username, "Uploader", null, null, Set.of(Role.ME_OFFICER), null, true,
                PASSWORD));
        var plansBefore = count("action_plan");
        var uploadsBefore = count("pending_upload");
        var file = Files.createTempDirectory("ariadne-large").resolve("plan.xlsx");
        try (var out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(megabytes * 1024L * 1024L);
        }

        signIn(username, PASSWORD);
        page.navigate(url("/plans/import"));
        page.getByLabel("Title of the new plan").fill("Too large");
        page.getByLabel("Workbook").setInputFiles(file);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check the file")).click();

        assertThat(page.locator(where)).containsText(expected);
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/plans/import$"));
        assertThat(count("action_plan")).isEqualTo(plansBefore);
        assertThat(count("pending_upload")).isEqualTo(uploadsBefore);
        Files.delete(file);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }
}
