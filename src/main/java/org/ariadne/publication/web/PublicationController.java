package org.ariadne.publication.web;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.web.Flash;
import org.ariadne.publication.PublicationException;
import org.ariadne.publication.PublicationKind;
import org.ariadne.publication.PublicationSubject;
import org.ariadne.publication.PublicationView;
import org.ariadne.publication.Publishing;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The publish step of the coordinator's office, under the plan: what is public now and what can be published; a
 * preview that is the portal page itself, rendered from the snapshot that publishing would save, with a banner; the
 * publish button (the coordinator's only) that sends back the fingerprint of what was previewed; withdrawal with a
 * reason. The coordinator and the M&amp;E officers open these pages; anyone else is refused.
 */
@Controller
class PublicationController {

    private static final String OFFICE = "hasAnyRole('COORDINATOR', 'ME_OFFICER')";
    /** The preview shows what is not public yet: nobody may keep a copy of it. */
    private static final CacheControl PRIVATE = CacheControl.noStore().cachePrivate();

    private final Publishing publishing;
    private final PortalScreens screens;
    private final PortalTables tables;
    private final PersonNames people;

    PublicationController(Publishing publishing, PortalScreens screens, PortalTables tables, PersonNames people) {
        this.publishing = publishing;
        this.screens = screens;
        this.tables = tables;
        this.people = people;
    }

    @GetMapping("/plans/{planId}/publication")
    @PreAuthorize(OFFICE)
    String overview(@PathVariable long planId, Model model) {
        var overview = publishing.overview(planId);
        model.addAttribute("overview", overview);
        model.addAttribute("plan", overview.plan());
        model.addAttribute("names", names(overview.history()));
        model.addAttribute("mayPublish", CurrentUser.has(Role.COORDINATOR));
        return "publication/office";
    }

    @GetMapping("/plans/{planId}/publication/preview")
    @PreAuthorize(OFFICE)
    String preview(@PathVariable long planId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String document,
            @RequestParam(required = false) String show, Model model, Locale locale, HttpServletResponse response) {
        var subject = subject(kind, year, document);
        var preview = publishing.preview(planId, subject);
        var shown = PortalController.year(show) != null ? PortalController.year(show) : subject.year();
        model.addAttribute("preview", preview);
        model.addAttribute("screen", screens.of(preview.page(), shown, new PortalLinks.Preview(planId, subject), locale));
        model.addAttribute("mayPublish", CurrentUser.has(Role.COORDINATOR));
        response.setHeader(HttpHeaders.CACHE_CONTROL, PRIVATE.getHeaderValue());
        return "publication/portal-plan";
    }

    @GetMapping("/plans/{planId}/publication/preview/tables/{name}.{format}")
    @PreAuthorize(OFFICE)
    ResponseEntity<byte[]> previewTable(@PathVariable long planId, @PathVariable String name,
            @PathVariable String format, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String document,
            @RequestParam(required = false) String show, Locale locale) {
        var subject = subject(kind, year, document);
        var page = publishing.preview(planId, subject).page();
        var shown = PortalController.year(show);
        var table = tables.find(page, name, shown, locale).orElseThrow(() -> NotFoundException.of("table", name));
        return TableFiles.file(table, format, PortalController.stem(page, name, shown), PRIVATE, screens.legend(locale));
    }

    @GetMapping("/plans/{planId}/publication/preview/documents/{documentId}.{format}")
    @PreAuthorize(OFFICE)
    ResponseEntity<byte[]> previewDocument(@PathVariable long planId, @PathVariable long documentId,
            @PathVariable String format) {
        return PortalController.file(publishing.previewFile(planId, documentId, format), PRIVATE);
    }

    /** Publishes what was previewed; if it changed since, shows the new preview to check instead. */
    @PostMapping("/plans/{planId}/publication")
    @PreAuthorize("hasRole('COORDINATOR')")
    String publish(@PathVariable long planId, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, @RequestParam(required = false) String document,
            @RequestParam(required = false) String fingerprint,
            @RequestParam(defaultValue = "false") boolean confirmUnaccepted, RedirectAttributes redirect) {
        var subject = subject(kind, year, document);
        try {
            var outcome = publishing.publish(planId, subject, fingerprint == null ? "" : fingerprint, confirmUnaccepted);
            Flash.notice(redirect, outcome.published() ? "publication.published" : "publication.already-public");
            return "redirect:/plans/" + planId + "/publication";
        } catch (PublicationException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
            if ("publication.error.stale".equals(refused.messageKey())
                    || "publication.error.unaccepted-not-confirmed".equals(refused.messageKey())) {
                return "redirect:" + new PortalLinks.Preview(planId, subject).preview();
            }
            return "redirect:/plans/" + planId + "/publication";
        }
    }

    @PostMapping("/plans/{planId}/publication/{publicationId}/withdraw")
    @PreAuthorize("hasRole('COORDINATOR')")
    String withdraw(@PathVariable long planId, @PathVariable long publicationId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            publishing.withdraw(planId, publicationId, reason);
            Flash.notice(redirect, "publication.withdrawn");
        } catch (PublicationException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
        }
        return "redirect:/plans/" + planId + "/publication";
    }

    /**
     * The subject of a preview or publication from the request: the year only for figures, the document only for a
     * report. A request that names neither properly asks for nothing that exists.
     */
    static PublicationSubject subject(String kind, String year, String document) {
        var chosen = java.util.Arrays.stream(PublicationKind.values()).filter(k -> k.name().equals(kind)).findFirst()
                .orElseThrow(() -> NotFoundException.of("publication kind", kind));
        return switch (chosen) {
            case PLAN -> PublicationSubject.plan();
            case FIGURES -> PublicationSubject.figures(Math.toIntExact(number(year)));
            case REPORT -> PublicationSubject.report(number(document));
        };
    }

    private static long number(String text) {
        if (text == null || !text.strip().matches("\\d{1,9}")) {
            throw NotFoundException.of("publication subject", text);
        }
        return Long.parseLong(text.strip());
    }

    /** Who published and withdrew, by the names colleagues know them by. */
    private Map<String, String> names(java.util.List<PublicationView> history) {
        var usernames = new HashSet<String>();
        history.forEach(item -> {
            usernames.add(item.publishedBy());
            if (item.endedBy() != null) {
                usernames.add(item.endedBy());
            }
        });
        return usernames.stream().collect(Collectors.toMap(name -> name, people::displayName));
    }
}
