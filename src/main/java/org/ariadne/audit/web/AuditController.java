package org.ariadne.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.PlanName;
import org.ariadne.audit.web.AuditValues.FieldLine;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/** The audit trail (who changed what, when) and the history of one element. Read only. */
@Controller
class AuditController {

    /** Entries per page: enough to scan a day's import at once, small enough to load quickly. */
    static final int PAGE_SIZE = 200;
    /** The most an export holds (the trail's own limit); narrow the filter for more. */
    static final int EXPORT_LIMIT = 5000;

    private final AuditHistory history;
    private final AuditValues values;
    private final MessageSource messages;
    private final PersonNames people;

    AuditController(AuditHistory history, AuditValues values, MessageSource messages, PersonNames people) {
        this.history = history;
        this.values = values;
        this.messages = messages;
        this.people = people;
    }

    /** Full names of the people on a page, looked up once each. */
    private java.util.Map<String, String> names(java.util.Collection<String> usernames) {
        var names = new java.util.HashMap<String, String>();
        usernames.forEach(username -> names.computeIfAbsent(username, people::displayName));
        return names;
    }

    @GetMapping("/audit")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR')")
    String trail(@ModelAttribute("query") TrailQuery query, BindingResult errors, Locale locale, Model model) {
        if (errors.hasErrors()) {
            // a hand-edited address (a date like 31/12/2016): show the whole trail and say which filter was ignored
            model.addAttribute("query", query = TrailQuery.none());
            model.addAttribute("filterProblem", true);
        }
        var found = history.search(query.filter(), query.offset(), PAGE_SIZE + 1);
        var page = found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found;
        model.addAttribute("rows", page.stream().map(entry -> TrailRow.of(entry, values, locale)).toList());
        model.addAttribute("from", page.isEmpty() ? 0 : query.offset() + 1);
        model.addAttribute("until", query.offset() + page.size());
        model.addAttribute("newerHref", query.offset() > 0
                ? query.atOffset(Math.max(0, query.offset() - PAGE_SIZE)).href("/audit") : null);
        model.addAttribute("olderHref", found.size() > PAGE_SIZE
                ? query.atOffset(query.offset() + PAGE_SIZE).href("/audit") : null);
        model.addAttribute("csvHref", query.atOffset(0).href("/audit.csv"));
        model.addAttribute("types", ElementLinks.TYPES);
        model.addAttribute("actions", AuditAction.values());
        var actors = withSelected(history.actors(), query.actor());
        model.addAttribute("actors", actors);
        model.addAttribute("names", names(actors));
        model.addAttribute("plans", withSelected(history.plans(), query.planId()));
        return "audit/trail";
    }

    @GetMapping(value = "/audit.csv", produces = "text/csv")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR')")
    ResponseEntity<byte[]> export(@ModelAttribute("query") TrailQuery query, BindingResult errors, Locale locale) {
        var filter = errors.hasErrors() ? TrailQuery.none().filter() : query.filter();
        var csv = SafeSpreadsheetWriter.csv().header(text("audit.when", locale), text("audit.who", locale),
                text("audit.action", locale), text("audit.element-type", locale), text("audit.element-id", locale),
                text("audit.element", locale), text("audit.plan-id", locale), text("audit.changed-fields", locale),
                text("audit.changes", locale));
        var entries = history.search(filter, EXPORT_LIMIT);
        var names = names(entries.stream().map(AuditEntry::actor).toList());
        for (var entry : entries) {
            var lines = values.lines(entry, locale);
            var who = names.get(entry.actor());
            csv.row(entry.occurredAt(), who.equals(entry.actor()) ? who : who + " (" + entry.actor() + ")", values.actionName(entry, locale),
                    values.typeName(entry.entityType(), locale), entry.entityId(), entry.label(), entry.planId(),
                    lines.stream().map(line -> values.fieldName(line.field(), locale)).collect(Collectors.joining(", ")),
                    lines.stream()
                            .map(line -> values.fieldName(line.field(), locale) + ": " + line.before() + " → "
                                    + line.after())
                            .collect(Collectors.joining("\n")));
        }
        var name = "audit-trail-" + LocalDate.now() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toBytes());
    }

    @GetMapping("/audit/history/{entityType}/{entityId}")
    @PreAuthorize("hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR')")
    String history(@PathVariable String entityType, @PathVariable long entityId, HttpServletRequest request,
            Locale locale, Model model) {
        var entries = history.forEntity(entityType, entityId);
        if (entries.isEmpty()) {
            throw NotFoundException.of(entityType, entityId);
        }
        var latest = entries.get(0);
        model.addAttribute("entityType", entityType);
        model.addAttribute("entityId", entityId);
        model.addAttribute("label", latest.label());
        model.addAttribute("deleted", latest.action() == AuditAction.DELETED);
        model.addAttribute("elementHref", latest.action() == AuditAction.DELETED ? null
                : ElementLinks.pageOf(entityType, entityId, latest.planId(), request::isUserInRole));
        model.addAttribute("items", entries.stream().map(entry -> HistoryItem.of(entry, values, locale)).toList());
        model.addAttribute("names", names(entries.stream().map(AuditEntry::actor).toList()));
        return "audit/history";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Keeps a chosen filter value in its list even when the list no longer offers it (an address typed by hand). */
    private static List<String> withSelected(List<String> actors, String selected) {
        if (selected == null || actors.contains(selected)) {
            return actors;
        }
        var all = new ArrayList<>(actors);
        all.add(0, selected);
        return all;
    }

    private static List<PlanName> withSelected(List<PlanName> plans, Long selected) {
        if (selected == null || plans.stream().anyMatch(plan -> plan.planId() == selected)) {
            return plans;
        }
        var all = new ArrayList<>(plans);
        all.add(0, new PlanName(selected, "#" + selected));
        return all;
    }

    /** A line of the trail: the entry, the names of the fields it changed, and where its history is. */
    public record TrailRow(AuditEntry entry, List<String> changedFields, String historyHref) {

        static TrailRow of(AuditEntry entry, AuditValues values, Locale locale) {
            // a creation or deletion "changes" every field; the action says enough there
            var fields = entry.before() == null || entry.after() == null ? List.<String>of()
                    : values.lines(entry, locale).stream().map(FieldLine::field).toList();
            return new TrailRow(entry, fields, ElementLinks.historyOf(entry.entityType(), entry.entityId()));
        }

        public String actionKey() {
            return AuditValues.actionKey(entry);
        }

        public String badge() {
            return AuditValues.badge(entry);
        }
    }

    /** One change on the history page, each changed field with its value before and after, readable. */
    public record HistoryItem(AuditEntry entry, List<FieldLine> lines) {

        static HistoryItem of(AuditEntry entry, AuditValues values, Locale locale) {
            return new HistoryItem(entry, values.lines(entry, locale));
        }

        public String actionKey() {
            return AuditValues.actionKey(entry);
        }

        public String badge() {
            return AuditValues.badge(entry);
        }
    }
}
