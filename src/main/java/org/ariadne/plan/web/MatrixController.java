package org.ariadne.plan.web;

import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.ariadne.plan.MatrixFilter;
import org.ariadne.common.web.FileDownload;
import java.util.Locale;
import java.util.List;
import java.util.ArrayList;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ThematicArea;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The monitoring matrix of a plan with its filters. The filter form is a plain GET: without JavaScript it
 * reloads the page, with htmx only the table is replaced and the address keeps the filters for bookmarks.
 */
@Controller
class MatrixController {

    private static final List<String> COLUMNS = List.of("plan.matrix.objective", "plan.matrix.activity-code",
            "plan.matrix.activity", "plan.matrix.expected-result", "plan.matrix.indicator", "plan.matrix.level",
            "plan.matrix.baseline-value", "plan.matrix.baseline-year", "plan.matrix.target-value",
            "plan.matrix.target-year", "plan.matrix.unit", "plan.matrix.status", "plan.matrix.frequency",
            "plan.matrix.means", "plan.matrix.person", "plan.matrix.lead-institution");

    private final Plans plans;
    private final Institutions institutions;
    private final MessageSource messages;

    MatrixController(Plans plans, Institutions institutions, MessageSource messages) {
        this.plans = plans;
        this.institutions = institutions;
        this.messages = messages;
    }

    /** The matrix as the page shows it (same filters), one row per activity and indicator, for Excel. */
    @GetMapping("/plans/{id}/matrix.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format,
            @ModelAttribute("query") MatrixQuery query, BindingResult unreadable, Locale locale) {
        return FileDownload.table(format, "monitoring-matrix-" + id, text("plan.matrix", locale),
                COLUMNS.stream().map(key -> text(key, locale)).toList(),
                table(id, unreadable.hasErrors() ? MatrixFilter.none() : query.filter(), locale));
    }

    private List<List<Object>> table(long planId, MatrixFilter filter, Locale locale) {
        var directory = institutions.directory();
        var rows = new ArrayList<List<Object>>();
        for (var row : plans.matrix(planId, filter)) {
            var activity = row.activity();
            var indicator = row.indicator();
            var objective = row.specificObjective() != null ? row.specificObjective().code() : row.strategicObjective().code();
            var status = activity == null ? null : activity.status() == null ? text("plan.activity.not-reported", locale)
                    : activity.status().number() + " " + text(activity.status().messageKey(), locale);
            var frequency = indicator != null && indicator.frequency() != null ? indicator.frequency()
                    : activity == null ? null : activity.frequency();
            var line = new ArrayList<Object>();
            line.add(objective);
            line.add(activity == null ? null : activity.code());
            line.add(activity == null ? null : activity.title());
            line.add(activity == null ? null : activity.expectedResult());
            line.add(indicator == null ? null : indicator.name());
            line.add(indicator == null ? null : text(indicator.resultLevel().messageKey(), locale));
            line.add(indicator == null ? null : indicator.baselineValue());
            line.add(indicator == null ? null : indicator.baselineYear());
            line.add(indicator == null ? null : indicator.targetValue());
            line.add(indicator == null ? null : indicator.targetYear());
            line.add(indicator == null ? null : indicator.unit());
            line.add(status);
            line.add(frequency == null ? null : text(frequency.messageKey(), locale));
            line.add(indicator != null && indicator.meansOfVerification() != null ? indicator.meansOfVerification()
                    : activity == null ? null : activity.meansOfVerification());
            line.add(activity == null ? null : activity.responsiblePerson());
            line.add(activity == null ? null : directory.nameOf(activity.leadInstitutionId()));
            rows.add(line);
        }
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A filter that cannot be read (an old bookmark, a renamed area) shows the whole matrix instead of failing. */
    @GetMapping("/plans/{id}/matrix")
    String matrix(@PathVariable long id, @ModelAttribute("query") MatrixQuery query, BindingResult unreadable,
            Model model) {
        if (unreadable.hasErrors()) {
            query = new MatrixQuery(null, null, null, null);
            model.addAttribute("query", query);
        }
        model.addAttribute("plan", plans.header(id));
        model.addAttribute("rows", plans.matrix(id, query.filter()));
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("areas", ThematicArea.values());
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("notReported", MatrixQuery.NOT_REPORTED);
        return "plan/matrix";
    }
}
