package org.ariadne.api.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.databind.DatabindException;

/**
 * The API's one error handler: every refusal as a problem detail in the caller's language, before the pages' error
 * handling (which answers with HTML) gets to it. Validation problems list each invalid value with its place in the
 * request, the code of its plan element and its indicator.
 */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

    private final Problems problems;

    ApiErrors(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(InvalidValues.class)
    ResponseEntity<ProblemDetail> invalid(InvalidValues invalid, HttpServletRequest request) {
        var locale = problems.locale(request);
        var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-values", locale,
                "api.problem.invalid-values.detail", invalid.problems().size());
        problem.setProperty("errors", invalid.problems().stream().map(p -> {
            var error = new java.util.LinkedHashMap<String, Object>();
            error.put("field", p.field());
            if (p.code() != null) {
                error.put("code", p.code());
            }
            if (p.indicatorId() != null) {
                error.put("indicatorId", p.indicatorId());
            }
            if (p.label() != null) {
                error.put("label", p.label());
            }
            error.put("detail", p.detail());
            return (Map<String, Object>) error;
        }).toList());
        return answer(problem, locale);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException conflict, HttpServletRequest request) {
        var locale = problems.locale(request);
        return answer(problems.problem(HttpStatus.CONFLICT, "conflict", locale, "api.problem.conflict.detail"), locale);
    }

    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException refused, HttpServletRequest request) {
        var locale = problems.locale(request);
        var problem = problems.problem(HttpStatus.UNPROCESSABLE_CONTENT, "refused", locale, refused.messageKey(),
                refused.arguments());
        if (refused.each().size() > 1) {
            problem.setProperty("errors", refused.each().stream().map(each -> Map.of("detail",
                    problems.text(each.messageKey(), locale, each.arguments()))).toList());
        }
        return answer(problem, locale);
    }

    @ExceptionHandler({NotFoundException.class, NoResourceFoundException.class})
    ResponseEntity<ProblemDetail> notFound(Exception missing, HttpServletRequest request) {
        var locale = problems.locale(request);
        return answer(problems.problem(HttpStatus.NOT_FOUND, "not-found", locale, "api.problem.not-found.detail"),
                locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException denied, HttpServletRequest request) {
        var locale = problems.locale(request);
        log.debug("API call refused {} {}: {}", request.getMethod(), request.getRequestURI(), denied.getMessage());
        return answer(problems.problem(HttpStatus.FORBIDDEN, "forbidden", locale, "api.problem.forbidden.detail"),
                locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        var locale = problems.locale(request);
        String field = null;
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException binding && !binding.getPath().isEmpty()) {
                field = path(binding.getPath());
                break;
            }
        }
        var problem = field == null
                ? problems.problem(HttpStatus.BAD_REQUEST, "unreadable", locale, "api.problem.unreadable.detail")
                : problems.problem(HttpStatus.BAD_REQUEST, "unreadable", locale, "api.problem.unreadable.field", field);
        if (field != null) {
            problem.setProperty("errors", List.of(Map.of("field", field, "detail",
                    problems.text("api.problem.unreadable.field", locale, field))));
        }
        return answer(problem, locale);
    }

    @ExceptionHandler({TypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception bad, HttpServletRequest request) {
        var locale = problems.locale(request);
        String name = bad instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : bad instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException mismatch
                        ? mismatch.getName() : ((TypeMismatchException) bad).getPropertyName();
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "unreadable", locale, "api.problem.unreadable.field",
                name), locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpRequestMethodNotSupportedException wrong, HttpServletRequest request) {
        var locale = problems.locale(request);
        return answer(problems.problem(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", locale,
                "api.problem.method-not-allowed.detail", wrong.getMethod()), locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpMediaTypeNotSupportedException wrong, HttpServletRequest request) {
        var locale = problems.locale(request);
        return answer(problems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", locale,
                "api.problem.unsupported-media-type.detail"), locale);
    }

    private static String path(List<? extends tools.jackson.core.JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private ResponseEntity<ProblemDetail> answer(ProblemDetail problem, Locale locale) {
        return ResponseEntity.status(problem.getStatus()).contentType(Problems.PROBLEM_JSON)
                .header("Content-Language", locale.toLanguageTag()).body(problem);
    }

}
