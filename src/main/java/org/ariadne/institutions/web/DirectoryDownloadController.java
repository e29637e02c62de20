package org.ariadne.institutions.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.web.FileDownload;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The institutions directory as CSV or Excel, every institution the list shows (inactive ones too), so the office
 * can send the contacts on or check them offline. Names are typed by people: everything goes through
 * {@link SafeSpreadsheetWriter}. Readable by everyone signed in, like the list.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DirectoryDownloadController {

    private static final List<String> COLUMNS = List.of("institution.name", "institution.short-name",
            "institution.aliases", "institution.type", "institution.level", "institution.national-authority-member",
            "institution.reports-progress", "institution.active", "institution.contact-name",
            "institution.contact-email", "institution.export.demo",
            // last, so that the columns people already use keep their places
            "institution.name-sq", "institution.name-sr", "institution.name-mk", "institution.acronyms");

    private final Institutions institutions;
    private final MessageSource messages;
    private final Clock clock;

    DirectoryDownloadController(Institutions institutions, MessageSource messages, Clock clock) {
        this.institutions = institutions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/institutions.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String format, Locale locale) {
        return FileDownload.table(format, "institutions-" + LocalDate.now(clock),
                text("institution.list.title", locale), header(locale), rows(locale));
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> text(key, locale)).toList();
    }

    private List<List<Object>> rows(Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (InstitutionView institution : institutions.list()) {
            var row = new ArrayList<Object>();
            row.add(institution.name());
            row.add(institution.shortName());
            row.add(String.join("; ", institution.aliases()));
            row.add(text(institution.type().messageKey(), locale));
            row.add(text(institution.level().messageKey(), locale));
            row.add(yesNo(institution.nationalAuthorityMember(), locale));
            row.add(yesNo(institution.reportsProgress(), locale));
            row.add(yesNo(institution.active(), locale));
            row.add(institution.contactName());
            row.add(institution.contactEmail());
            row.add(yesNo(institution.demo(), locale));
            // its names in the region's languages and its acronyms, by which imported names are matched
            row.add(institution.nameSq());
            row.add(institution.nameSr());
            row.add(institution.nameMk());
            row.add(String.join(", ", institution.acronyms()));
            rows.add(row);
        }
        return rows;
    }

    private String yesNo(boolean yes, Locale locale) {
        return text(yes ? "common.yes" : "common.no", locale);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
