package org.ariadne.publication.web;

import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.web.FileDownload;
import org.ariadne.publication.Portal;
import org.ariadne.publication.PortalPage;
import org.ariadne.publication.PublishedFile;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The public portal, open without sign-in: the plans with something published, a plan's page (the adopted plan,
 * a year's figures with charts and their tables, the published reports), every table as CSV or XLSX and the reports'
 * files. Everything comes from the stored snapshots. Whatever is not on the portal — never published, superseded,
 * withdrawn, or no such plan — gets the same "not found" page. Pages may be kept by browsers and proxies for a
 * minute: a withdrawal shows everywhere within that time.
 */
@Controller
class PortalController {

    static final CacheControl PUBLIC = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final Portal portal;
    private final PortalScreens screens;
    private final PortalTables tables;
    private final PortalLanguages languages;

    PortalController(Portal portal, PortalScreens screens, PortalTables tables, PortalLanguages languages) {
        this.portal = portal;
        this.screens = screens;
        this.tables = tables;
        this.languages = languages;
    }

    @GetMapping("/portal")
    String home(Model model, Locale locale, HttpServletResponse response) {
        model.addAttribute("plans", portal.plans(locale));
        cacheable(response);
        return "publication/portal-home";
    }

    @GetMapping("/portal/plans/{planId}")
    String plan(@PathVariable long planId, @RequestParam(required = false) String year, Model model, Locale locale,
            HttpServletResponse response) {
        var page = portal.page(planId);
        model.addAttribute("screen", screens.of(page, year(year), new PortalLinks.Public(planId), locale));
        cacheable(response);
        return "publication/portal-plan";
    }

    @GetMapping("/portal/plans/{planId}/tables/{name}.{format}")
    ResponseEntity<byte[]> table(@PathVariable long planId, @PathVariable String name, @PathVariable String format,
            @RequestParam(required = false) String year, Locale locale) {
        var page = portal.page(planId);
        var table = tables.find(page, name, year(year), locale).orElseThrow(() -> NotFoundException.of("table", name));
        return TableFiles.file(table, format, stem(page, name, year(year)), PUBLIC, screens.legend(locale));
    }

    @GetMapping("/portal/plans/{planId}/reports/{publicationId}.{format}")
    ResponseEntity<byte[]> report(@PathVariable long planId, @PathVariable long publicationId,
            @PathVariable String format) {
        return file(portal.reportFile(planId, publicationId, format), PUBLIC);
    }

    /** Unknown, unpublished and withdrawn alike: one page, one status, so nothing tells them apart. */
    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("languages", languages.links(request, locale));
        return "publication/portal-404";
    }

    static ResponseEntity<byte[]> file(PublishedFile file, CacheControl cache) {
        return FileDownload.attachment(file.fileName(), MediaType.parseMediaType(file.mediaType()))
                .cacheControl(cache)
                .body(file.content());
    }

    /** "National-Strategy-2024": the plan's title, with the year for the figures' tables. */
    static String stem(PortalPage page, String name, Integer year) {
        if (PortalTables.ACTIVITIES.equals(name) || PortalTables.INDICATORS.equals(name)) {
            return page.title();
        }
        return page.figures(year).map(f -> page.title() + "-" + f.snapshot().year()).orElse(page.title());
    }

    /** The public pages are the same for everyone in a language, so browsers and proxies may keep them briefly. */
    private static void cacheable(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC.getHeaderValue());
        response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
    }

    /** A year typed into the address that is not a number shows the latest year rather than an error. */
    static Integer year(String text) {
        if (text == null || !text.strip().matches("\\d{4}")) {
            return null;
        }
        return Integer.valueOf(text.strip());
    }
}
