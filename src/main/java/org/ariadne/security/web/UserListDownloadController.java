package org.ariadne.security.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserView;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's list of user accounts as CSV or Excel, for access reviews. It holds the columns the list
 * shows and nothing else: never a password or its hash, nor the count of failed sign-ins. The file says so itself
 * (a note after the rows of the CSV, a sheet of its own in Excel), for whoever it is forwarded to.
 */
@Controller
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UserListDownloadController {

    private static final List<String> COLUMNS = List.of("user.full-name", "user.username", "user.roles",
            "user.institution", "user.state", "user.last-login", "user.access-until");

    private final UserAccounts users;
    private final Institutions institutions;
    private final MessageSource messages;
    private final Clock clock;

    UserListDownloadController(UserAccounts users, Institutions institutions, MessageSource messages, Clock clock) {
        this.users = users;
        this.institutions = institutions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin/users.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(header(locale));
        rows(locale).forEach(csv::row);
        csv.row();
        csv.row(note(locale));
        return FileDownload.file(csv.toBytes(), fileName("csv"));
    }

    @GetMapping("/admin/users.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text("user.list.title", locale)).header(header(locale));
            rows(locale).forEach(xlsx::row);
            xlsx.sheet(text("user.export.about", locale)).row(note(locale));
            return FileDownload.file(xlsx.toBytes(), fileName("xlsx"));
        }
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> text(key, locale)).toList();
    }

    private List<List<Object>> rows(Locale locale) {
        var today = today();
        var directory = institutions.directory();
        var rows = new ArrayList<List<Object>>();
        for (UserView user : users.list()) {
            var row = new ArrayList<Object>();
            row.add(user.fullName());
            row.add(user.username());
            row.add(user.roles().stream().sorted().map(role -> text(role.messageKey(), locale))
                    .collect(Collectors.joining(", ")));
            row.add(directory.nameOf(user.institutionId()));
            row.add(state(user, today, locale));
            row.add(user.lastLoginAt() == null ? text("user.last-login.never", locale) : user.lastLoginAt());
            row.add(user.accessUntil());
            rows.add(row);
        }
        return rows;
    }

    /** The badges of the list in words: locked, switched off, access ended, or active when none applies. */
    private String state(UserView user, LocalDate today, Locale locale) {
        var states = new ArrayList<String>();
        if (user.locked()) {
            states.add(text("user.state.locked", locale));
        }
        if (!user.enabled()) {
            states.add(text("user.state.disabled", locale));
        }
        if (user.accessUntil() != null && user.accessUntil().isBefore(today)) {
            states.add(text("user.state.expired", locale));
        }
        return states.isEmpty() ? text("user.state.active", locale) : String.join(", ", states);
    }

    private String note(Locale locale) {
        return messages.getMessage("user.export.note", new Object[] {today().toString()}, locale);
    }

    private String fileName(String extension) {
        return "user-accounts-" + today() + "." + extension;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
