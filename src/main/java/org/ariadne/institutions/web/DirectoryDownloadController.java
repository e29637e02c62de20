package org.ariadne.institutions.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The institutions directory as CSV or Excel, every institution the list shows (inactive ones too), so the office
 * can send the contacts on or check them offline. Names are typed by people: everything goes through
 * {@link SafeSpreadsheetWriter}. Readable by everyone signed in, like the list.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class DirectoryDownloadController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> COLUMNS = List.of("institution.name", "institution.short-name",
            "institution.aliases", "institution.type", "institution.level", "institution.national-authority-member",
            "institution.reports-progress", "institution.active", "institution.contact-name",
            "institution.contact-email", "institution.export.demo");

    private final Institutions institutions;
    private final MessageSource messages;
    private final Clock clock;

    DirectoryDownloadController(Institutions institutions, MessageSource messages, Clock clock) {
        this.institutions = institutions;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/institutions.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(header(locale));
        rows(locale).forEach(csv::row);
        return download(csv.toBytes(), "csv", CSV);
    }

    @GetMapping("/institutions.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text("institution.list.title", locale)).header(header(locale));
            rows(locale).forEach(xlsx::row);
            return download(xlsx.toBytes(), "xlsx", XLSX);
        }
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
            rows.add(row);
        }
        return rows;
    }

    private String yesNo(boolean yes, Locale locale) {
        return text(yes ? "common.yes" : "common.no", locale);
    }

    private ResponseEntity<byte[]> download(byte[] content, String extension, MediaType type) {
        var name = "institutions-" + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
