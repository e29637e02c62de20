package org.ariadne.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.common.web.FileDownload;
import org.ariadne.plan.Plans;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The list of plans as CSV or Excel: each plan's period, status and the size of its framework, as the list shows
 * them, with the years and counts as numbers. Readable by everyone signed in, like the list; titles are typed by
 * people, so everything goes through {@link SafeSpreadsheetWriter}.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class PlanListDownloadController {

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

    @GetMapping("/plans.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String format, Locale locale) {
        return FileDownload.table(format, "plans-" + LocalDate.now(clock), text("plan.list.title", locale),
                header(locale), rows(locale));
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

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
