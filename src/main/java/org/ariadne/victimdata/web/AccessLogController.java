package org.ariadne.victimdata.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.victimdata.AccessLogEntry;
import org.ariadne.victimdata.VictimRegister;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The register's access log: who read, recorded, linked or exported which case, and when. The coordinator reviews
 * it (without opening any case); victim-data officers read it too. As CSV or Excel with the same filters.
 */
@Controller
@PreAuthorize("hasAnyRole('VICTIM_DATA_OFFICER', 'COORDINATOR')")
class AccessLogController {

    /** At most this many lines, newest first: the filters narrow it. */
    static final int LIMIT = 1000;
    private static final List<String> COLUMNS = List.of("victimdata.log.at", "victimdata.log.user",
            "victimdata.log.action", "victimdata.case.reference", "victimdata.log.detail");

    private final VictimRegister register;
    private final VictimDataTexts texts;
    private final Clock clock;

    AccessLogController(VictimRegister register, VictimDataTexts texts, Clock clock) {
        this.register = register;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/victim-data/access-log")
    String log(@ModelAttribute("query") AccessLogQuery query, Model model) {
        var entries = register.accessLog(query.reference(), query.user(), LIMIT);
        model.addAttribute("entries", entries);
        model.addAttribute("limited", entries.size() >= LIMIT);
        return "victimdata/access-log";
    }

    @GetMapping("/victim-data/access-log.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String format, @ModelAttribute("query") AccessLogQuery query,
            Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (AccessLogEntry entry : register.accessLog(query.reference(), query.user(), LIMIT)) {
            var row = new ArrayList<Object>();
            row.add(entry.at());
            row.add(entry.username());
            row.add(texts.named("victimdata.log.action.", entry.action(), locale));
            row.add(entry.caseReference());
            row.add(entry.detailKey() == null ? null
                    : texts.message(entry.detailKey(), entry.detailArguments(), locale));
            rows.add(row);
        }
        return FileDownload.table(format, "victim-register-access-log-" + LocalDate.now(clock),
                texts.text("victimdata.log.title", locale), texts.texts(COLUMNS, locale), rows);
    }
}
