package org.ariadne.common.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingPathVariableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last line of error handling for all modules: a missing record is a 404 page, a refusal the user can act on
 * is shown with its reason, a file over the container limit sends the user back to the form with a message.
 * Modules handle their own refusals first where they can keep the user's input on screen.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final LayoutModel layout;
    private final java.util.List<PageFrame> frames;

    ErrorHandling(LayoutModel layout, java.util.List<PageFrame> frames) {
        this.layout = layout;
        this.frames = frames;
    }

    /**
     * Exception handlers do not get the @ModelAttribute methods, so the frame's attributes are added here: the
     * languages, the modules' parts of the header (unread notices) and the way back to where the user was.
     */
    private void frame(HttpServletRequest request, Model model) {
        model.addAttribute("languages", layout.languages(request, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("currentPath", layout.currentPath(request));
        model.addAttribute("backPath", layout.backPath(request));
        frames.forEach(frame -> frame.addTo(request, model));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        frame(request, model);
        log.debug("Not found: {}", exception.getMessage());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        return "error/404";
    }

    /**
     * A parameter of the address that cannot be read as its type ({@code year=abc}, {@code submitted=maybe}), a
     * required one that is missing, or a query record that cannot be bound: the user's (or a hand-edited link's)
     * mistake, answered with a 400 page that names the parameter and the value, never with the server error page.
     */
    @ExceptionHandler({TypeMismatchException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MissingPathVariableException.class, BindException.class, ConversionFailedException.class})
    String badRequest(Exception exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.debug("Unreadable request {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        frame(request, model);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("status", 400);
        model.addAttribute("problems", Unreadable.of(exception));
        return "error/400";
    }

    /** One thing the request could not read, as a message for the 400 page. */
    record Unreadable(String messageKey, Object[] arguments) {

        private static final int SHOWN_VALUE_LENGTH = 80;

        static java.util.List<Unreadable> of(Exception exception) {
            if (exception instanceof BindException binding) {
                var problems = binding.getFieldErrors().stream()
                        .map(error -> value(error.getField(), error.getRejectedValue())).distinct().toList();
                return problems.isEmpty() ? java.util.List.of(other()) : problems;
            }
            if (exception instanceof MethodArgumentTypeMismatchException mismatch) {
                return java.util.List.of(value(mismatch.getName(), mismatch.getValue()));
            }
            if (exception instanceof TypeMismatchException mismatch && mismatch.getPropertyName() != null) {
                return java.util.List.of(value(mismatch.getPropertyName(), mismatch.getValue()));
            }
            if (exception instanceof MissingServletRequestParameterException missing) {
                return java.util.List.of(new Unreadable("error.400.missing", new Object[] {missing.getParameterName()}));
            }
            if (exception instanceof MissingServletRequestPartException missing) {
                return java.util.List.of(new Unreadable("error.400.missing", new Object[] {missing.getRequestPartName()}));
            }
            if (exception instanceof MissingPathVariableException missing) {
                return java.util.List.of(new Unreadable("error.400.missing", new Object[] {missing.getVariableName()}));
            }
            return java.util.List.of(other());
        }

        private static Unreadable value(String name, Object value) {
            var shown = value instanceof Object[] values ? String.join(", ", java.util.Arrays.stream(values)
                    .map(String::valueOf).toList()) : String.valueOf(value);
            if (shown.length() > SHOWN_VALUE_LENGTH) {
                shown = shown.substring(0, SHOWN_VALUE_LENGTH) + "…";
            }
            return new Unreadable("error.400.value", new Object[] {name, shown});
        }

        private static Unreadable other() {
            return new Unreadable("error.400.other", new Object[0]);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Unreadable that && messageKey.equals(that.messageKey)
                    && java.util.Arrays.equals(arguments, that.arguments);
        }

        @Override
        public int hashCode() {
            return 31 * messageKey.hashCode() + java.util.Arrays.hashCode(arguments);
        }

        @Override
        public String toString() {
            return messageKey + java.util.Arrays.toString(arguments);
        }
    }

    @ExceptionHandler(UserFacingException.class)
    String refused(UserFacingException exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        frame(request, model);
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("messageKey", exception.messageKey());
        model.addAttribute("messageArguments", exception.arguments());
        return "error/refused";
    }

    /**
     * The database cannot be reached (a lost connection, a server restarting): the transaction was rolled back, so
     * nothing is half-saved. The user is told so and asked to try again; an autosave gets the same in a short form.
     */
    @ExceptionHandler({org.springframework.dao.DataAccessResourceFailureException.class,
            org.springframework.dao.TransientDataAccessException.class,
            org.springframework.transaction.CannotCreateTransactionException.class})
    String databaseUnavailable(Exception exception, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), exception.getMessage());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        if ("true".equals(request.getHeader("HX-Request"))) {
            return "error/database :: short";
        }
        frame(request, model);
        return "error/database";
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    String uploadTooLarge(HttpServletRequest request, RedirectAttributes redirect) {
        Flash.problem(redirect, "upload.too-large");
        return "redirect:" + sameSiteReferer(request);
    }

    /** Back to the page the upload came from, never to another site. */
    static String sameSiteReferer(HttpServletRequest request) {
        var referer = request.getHeader("Referer");
        if (referer == null) {
            return "/";
        }
        try {
            var uri = URI.create(referer);
            if (uri.getHost() != null && !uri.getHost().equalsIgnoreCase(request.getServerName())) {
                return "/";
            }
            var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            var contextPath = request.getContextPath();
            if (!contextPath.isEmpty() && path.startsWith(contextPath)) {
                path = path.substring(contextPath.length());
            }
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException malformed) {
            return "/";
        }
    }
}
