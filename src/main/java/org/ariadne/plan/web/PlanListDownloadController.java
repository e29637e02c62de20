package org.ariadne.plan.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.plan.Plans;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The list of plans as CSV or Excel: each plan's period, status and the size of its framework, as the list shows
 * them, with the years and counts as numbers. Readable by everyone signed in, like the list; titles are typed by
 * people, so everything goes through {@link SafeSpreadsheetWriter}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PlanListDownloadController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final List<String> COLUMNS = List.of("plan.title", "plan.start-year", "plan.end-year", "plan.status",
            "plan.strategic-objectives", "plan.specific-objectives", "plan.activities", "plan.indicators",
            "plan.list.export.demo");

    private final Plans plans;
    private final MessageSource messages;
    private final Clock clock;

    PlanListDownloadController(Plans plans, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans.csv")
    ResponseEntity<byte[]> csv(Locale locale) {
        var csv = SafeSpreadsheetWriter.csv().header(header(locale));
        rows(locale).forEach(csv::row);
        return download(csv.toBytes(), "csv", CSV);
    }

    @GetMapping("/plans.xlsx")
    ResponseEntity<byte[]> xlsx(Locale locale) {
        try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
            xlsx.sheet(text("plan.list.title", locale)).header(header(locale));
            rows(locale).forEach(xlsx::row);
            return download(xlsx.toBytes(), "xlsx", XLSX);
        }
    }

    private List<String> header(Locale locale) {
        return COLUMNS.stream().map(key -> text(key, locale)).toList();
    }

    private List<List<Object>> rows(Locale locale) {
        return plans.list().stream()
                .map(plan -> Arrays.<Object>asList(plan.title(), plan.startYear(), plan.endYear(),
                        text(plan.status().messageKey(), locale), plan.strategicObjectives(), plan.specificObjectives(),
                        plan.activities(), plan.indicators(), text(plan.demo() ? "common.yes" : "common.no", locale)))
                .toList();
    }

    private ResponseEntity<byte[]> download(byte[] content, String extension, MediaType type) {
        var name = "plans-" + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
