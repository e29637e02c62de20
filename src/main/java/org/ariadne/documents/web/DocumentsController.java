package org.ariadne.documents.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.dashboards.DashboardFilter;
import org.ariadne.documents.DocumentException;
import org.ariadne.documents.DocumentFormat;
import org.ariadne.documents.DocumentKind;
import org.ariadne.documents.DocumentRequest;
import org.ariadne.documents.GeneratedDocuments;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports of a plan: the form that asks for an annual report or a quarterly summary, the one that asks for the
 * report to the government (the same request, under its own heading), the list of those made so far, and a document's page, which shows the progress while it is made (refreshing itself, with htmx or without
 * JavaScript) and the downloads once it is finished.
 */
@Controller
class DocumentsController {

    private static final String READERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'MEMBER', 'EVALUATOR')";
    private static final String WRITERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR')";

    private final GeneratedDocuments documents;
    private final Plans plans;
    private final LanguageProperties languages;
    private final PersonNames people;
    private final Clock clock;

    DocumentsController(GeneratedDocuments documents, Plans plans, LanguageProperties languages, PersonNames people,
            Clock clock) {
        this.documents = documents;
        this.plans = plans;
        this.languages = languages;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/documents")
    @PreAuthorize(READERS)
    String list(@PathVariable long planId, Model model, Locale locale) {
        var plan = plans.tree(planId).plan();
        var list = documents.ofPlan(planId);
        var today = LocalDate.now(clock);
        model.addAttribute("plan", plan);
        model.addAttribute("documents", list);
        model.addAttribute("names", list.stream().map(d -> d.requestedBy()).distinct()
                .collect(java.util.stream.Collectors.toMap(name -> name, people::displayName)));
        // the report to the government has a form of its own, under its own heading
        model.addAttribute("kinds", java.util.Arrays.stream(DocumentKind.values())
                .filter(kind -> kind != DocumentKind.GOVERNMENT_REPORT).toList());
        model.addAttribute("governmentKind", DocumentKind.GOVERNMENT_REPORT.code());
        model.addAttribute("documentLanguages", languages.locales());
        model.addAttribute("chosenLanguage", languages.supported(locale).toLanguageTag());
        model.addAttribute("defaultYear", DashboardFilter.defaultYear(plan, today));
        model.addAttribute("defaultQuarter", (today.getMonthValue() - 1) / 3 + 1);
        model.addAttribute("mayGenerate", office());
        model.addAttribute("running", list.stream().anyMatch(d -> !d.status().done()));
        return "documents/list";
    }

    @PostMapping("/plans/{planId}/documents")
    @PreAuthorize(WRITERS)
    String generate(@PathVariable long planId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String language, @RequestParam(required = false) String includeSubmitted,
            RedirectAttributes redirect) {
        try {
            var chosenKind = DocumentKind.parse(kind);
            var request = new DocumentRequest(chosenKind, number(year, "documents.error.year-format"),
                    chosenKind.quarterly() ? number(quarter, "documents.error.quarter") : null,
                    language(language), "true".equals(includeSubmitted));
            long id = documents.request(planId, request);
            Flash.notice(redirect, "documents.started");
            return "redirect:/documents/" + id;
        } catch (DocumentException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/plans/" + planId + "/documents";
        }
    }

    @GetMapping("/documents/{id}")
    @PreAuthorize(READERS)
    String document(@PathVariable long id, @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        var document = documents.find(id);
        model.addAttribute("document", document);
        model.addAttribute("plan", plans.tree(document.planId()).plan());
        model.addAttribute("requestedBy", people.displayName(document.requestedBy()));
        model.addAttribute("mayPublish", office());
        return htmx != null ? "documents/document :: status" : "documents/document";
    }

    @GetMapping("/documents/{id}/download.{format}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format) {
        var chosen = DocumentFormat.ofExtension(format).orElseThrow(() -> NotFoundException.of("format", format));
        var document = documents.find(id);
        var content = documents.content(id, chosen);
        return FileDownload.attachment(document.fileStem() + "." + chosen.extension(),
                        MediaType.parseMediaType(chosen.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    /**
     * The annex of a report whose detail per activity and indicator is a document of its own (issue 11). Until it is
     * there (being made, failed, or a report without annex) the address leads to the report's page, which says where
     * the annex stands.
     */
    @GetMapping("/documents/{id}/annex.{format}")
    @PreAuthorize(READERS)
    ResponseEntity<byte[]> annex(@PathVariable long id, @PathVariable String format) {
        var chosen = DocumentFormat.ofExtension(format).orElseThrow(() -> NotFoundException.of("format", format));
        var document = documents.find(id);
        if (!document.annexFinished()) {
            return ResponseEntity.status(org.springframework.http.HttpStatus.SEE_OTHER)
                    .location(org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromCurrentContextPath()
                            .path("/documents/{id}").buildAndExpand(id).toUri()).build();
        }
        var content = documents.annexContent(id, chosen);
        return FileDownload.attachment(document.annexFileStem() + "." + chosen.extension(),
                        MediaType.parseMediaType(chosen.mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(content);
    }

    /** The coordinator's office, who generate reports and open the publish step (as {@code WRITERS}). */
    private static boolean office() {
        return CurrentUser.has(Role.ME_OFFICER) || CurrentUser.has(Role.COORDINATOR);
    }

    private Locale language(String tag) {
        if (tag == null || tag.isBlank()) {
            throw DocumentException.of("documents.error.language", tag == null ? "" : tag);
        }
        var wanted = Locale.forLanguageTag(tag.strip());
        // the language in its script ("sr-Cyrl"); a tag without one ("sr") takes the first script offered
        return languages.locales().stream().filter(l -> LanguageProperties.same(l, wanted)).findFirst()
                .or(() -> languages.locales().stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst())
                .orElseThrow(() -> DocumentException.of("documents.error.language", tag == null ? "" : tag));
    }

    private static int number(String text, String messageKey) {
        if (text == null || !text.strip().matches("\\d{1,4}")) {
            throw DocumentException.of(messageKey, text == null ? "" : text);
        }
        return Integer.parseInt(text.strip());
    }
}
