package org.ariadne.common.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's frame needs: the languages to switch to and links that keep the current page. */
@ControllerAdvice
class LayoutModel {

    private final LanguageProperties languages;

    LayoutModel(LanguageProperties languages) {
        this.languages = languages;
    }

    @ModelAttribute("languages")
    List<LanguageLink> languages(HttpServletRequest request, Locale current) {
        return languages.locales().stream()
                .map(locale -> new LanguageLink(locale.toLanguageTag(), LanguageProperties.nameOf(locale),
                        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                                .replaceQueryParam("lang", locale.toLanguageTag()).build().toUriString(),
                        LanguageProperties.same(locale, languages.supported(current))))
                .toList();
    }

    /** The path of the current page, so that the navigation can mark where the user is. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /**
     * The page of this site the user came from, when it is another page than this one: error and refusal pages
     * offer the way back to it (a refusal is about something the user tried from there). Null otherwise.
     */
    @ModelAttribute("backPath")
    String backPath(HttpServletRequest request) {
        return backPathOf(request);
    }

    static String backPathOf(HttpServletRequest request) {
        if (request.getHeader("Referer") == null) {
            return null;
        }
        var back = ErrorHandling.sameSiteReferer(request);
        var original = (String) request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
        var shown = (original != null ? original : request.getRequestURI()).substring(request.getContextPath().length());
        var backWithoutQuery = back.contains("?") ? back.substring(0, back.indexOf('?')) : back;
        return back.equals("/") || backWithoutQuery.equals(shown) ? null : back;
    }

    public record LanguageLink(String tag, String name, String href, boolean current) {
    }
}
