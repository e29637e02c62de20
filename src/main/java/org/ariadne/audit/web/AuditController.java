package org.ariadne.audit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.audit.AuditAction;
import org.ariadne.audit.AuditEntry;
import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditHistory.PlanName;
import org.ariadne.audit.web.AuditSpreadsheets.Format;
import org.ariadne.audit.web.AuditValues.FieldLine;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.web.FileDownload;
import org.springframework.context.MessageSource;
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
    /**
     * The most entries a download of the trail holds: a year of a busy office is a few tens of thousands, and this
     * many still open in Excel in seconds. A longer trail is cut (the file and the page say so); narrow the filter.
     */
    static final int EXPORT_LIMIT = 100_000;
    static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR')";
    /** The trail itself is also open to victim-data officers: the read rules show them their register's lines. */
    static final String TRAIL_READERS =
            "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'ADMINISTRATOR', 'EVALUATOR', 'VICTIM_DATA_OFFICER')";

    private final AuditHistory history;
    private final AuditValues values;
    private final MessageSource messages;
    private final PersonNames people;
    private final AuditSpreadsheets spreadsheets;
    private final Clock clock;

    AuditController(AuditHistory history, AuditValues values, MessageSource messages, PersonNames people,
            AuditSpreadsheets spreadsheets, Clock clock) {
        this.history = history;
        this.values = values;
        this.messages = messages;
        this.people = people;
        this.spreadsheets = spreadsheets;
        this.clock = clock;
    }

    /** Full names of the people on a page, looked up once each. */
    private java.util.Map<String, String> names(java.util.Collection<String> usernames) {
        var names = new java.util.HashMap<String, String>();
        usernames.forEach(username -> names.computeIfAbsent(username, people::displayName));
        return names;
    }

    @GetMapping("/audit")
    @PreAuthorize(TRAIL_READERS)
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
        model.addAttribute("xlsxHref", query.atOffset(0).href("/audit.xlsx"));
        // only worth asking when the trail runs past one page
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        model.addAttribute("exportCut",
                found.size() > PAGE_SIZE && !history.search(query.filter(), EXPORT_LIMIT, 1).isEmpty());
        model.addAttribute("types", ElementLinks.TYPES);
        model.addAttribute("actions", AuditAction.values());
        var actors = withSelected(history.actors(), query.actor());
        model.addAttribute("actors", actors);
        model.addAttribute("names", names(actors));
        model.addAttribute("plans", withSelected(history.plans(), query.planId()));
        return "audit/trail";
    }

    @GetMapping("/audit.csv")
    @PreAuthorize(TRAIL_READERS)
    void csv(@ModelAttribute("query") TrailQuery query, BindingResult errors, Locale locale,
            HttpServletResponse response) throws IOException {
        trailFile(query, errors, Format.CSV, locale, response);
    }

    @GetMapping("/audit.xlsx")
    @PreAuthorize(TRAIL_READERS)
    void xlsx(@ModelAttribute("query") TrailQuery query, BindingResult errors, Locale locale,
            HttpServletResponse response) throws IOException {
        trailFile(query, errors, Format.XLSX, locale, response);
    }

    /** The trail with the page's filters, every page of it up to {@link #EXPORT_LIMIT}, written as it is read. */
    private void trailFile(TrailQuery query, BindingResult errors, Format format, Locale locale,
            HttpServletResponse response) throws IOException {
        var filter = errors.hasErrors() ? TrailQuery.none().filter() : query.filter();
        spreadsheets.trail(filter, EXPORT_LIMIT, format, locale, download(response, format, "audit-trail-" + today()));
    }

    @GetMapping("/audit/history/{entityType}/{entityId}")
    @PreAuthorize(READERS)
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

    @GetMapping("/audit/history/{entityType}/{entityId}.csv")
    @PreAuthorize(READERS)
    void historyCsv(@PathVariable String entityType, @PathVariable long entityId, Locale locale,
            HttpServletResponse response) throws IOException {
        historyFile(entityType, entityId, Format.CSV, locale, response);
    }

    @GetMapping("/audit/history/{entityType}/{entityId}.xlsx")
    @PreAuthorize(READERS)
    void historyXlsx(@PathVariable String entityType, @PathVariable long entityId, Locale locale,
            HttpServletResponse response) throws IOException {
        historyFile(entityType, entityId, Format.XLSX, locale, response);
    }

    private void historyFile(String entityType, long entityId, Format format, Locale locale,
            HttpServletResponse response) throws IOException {
        var entries = history.forEntity(entityType, entityId);
        if (entries.isEmpty()) {
            throw NotFoundException.of(entityType, entityId);
        }
        var label = entries.get(0).label() == null ? "#" + entityId : entries.get(0).label();
        var sheet = messages.getMessage("audit.history.title", new Object[] {label}, locale);
        // the element's type and number rather than its name: names change, and this file is about all its names
        var stem = "history-" + entityType.replaceAll("[^a-z-]", "") + "-" + entityId + "-" + today();
        spreadsheets.history(entries, sheet, format, locale, download(response, format, stem));
    }

    /** The response as a download of the trail, written as it is read: a year of entries is never held whole. */
    private static OutputStream download(HttpServletResponse response, Format format, String stem)
            throws IOException {
        return FileDownload.stream(response, stem + "." + format.name().toLowerCase(Locale.ROOT),
                format == Format.CSV ? FileDownload.CSV : FileDownload.XLSX);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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
