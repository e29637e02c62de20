package org.ariadne.api.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.web.LanguageProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * The API's errors as RFC 9457 problem details ({@code application/problem+json}) in the caller's language
 * ({@code Accept-Language}, one of the languages Ariadne offers): the same wording for an answer of a controller and
 * for one of the API's filters (no token, too many calls), which answer before any controller runs.
 */
@Component
class Problems {

    static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;
    private static final String TYPES = "urn:ariadne:api:problem:";

    private final MessageSource messages;
    private final LanguageProperties languages;
    private final JsonMapper json;

    Problems(MessageSource messages, LanguageProperties languages, JsonMapper json) {
        this.messages = messages;
        this.languages = languages;
        this.json = json;
    }

    /** The caller's language: from {@code Accept-Language}, the nearest Ariadne offers. */
    Locale locale(HttpServletRequest request) {
        return languages.supported(request.getLocale());
    }

    /** A problem of type {@code name}, titled {@code api.problem.<name>.title}, with a worded detail. */
    ProblemDetail problem(HttpStatus status, String name, Locale locale, String detailKey, Object... args) {
        var problem = ProblemDetail.forStatusAndDetail(status, text(detailKey, locale, args));
        problem.setType(URI.create(TYPES + name));
        problem.setTitle(text("api.problem." + name + ".title", locale));
        return problem;
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** Writes a problem from a filter, where no controller advice runs. */
    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale(request).toLanguageTag());
        json.writeValue(response.getOutputStream(), problem);
    }
}
