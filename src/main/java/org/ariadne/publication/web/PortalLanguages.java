package org.ariadne.publication.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.web.LanguageProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch of the portal's frame, for the pages an exception handler renders (which do not get the
 * frame's model attributes): the same links as on every other page, keeping the current address.
 */
@Component
class PortalLanguages {

    private final LanguageProperties languages;

    PortalLanguages(LanguageProperties languages) {
        this.languages = languages;
    }

    List<Link> links(HttpServletRequest request, Locale current) {
        return languages.locales().stream()
                .map(locale -> new Link(locale.toLanguageTag(), LanguageProperties.nameOf(locale),
                        UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                                .replaceQueryParam("lang", locale.toLanguageTag()).build().toUriString(),
                        LanguageProperties.same(locale, languages.supported(current))))
                .toList();
    }

    record Link(String tag, String name, String href, boolean current) {
    }
}
