package org.ariadne.common.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
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

    ErrorHandling(LayoutModel layout) {
        this.layout = layout;
    }

    /** Exception handlers do not get the @ModelAttribute methods, so the frame's attributes are added here. */
    private void frame(HttpServletRequest request, Model model) {
        model.addAttribute("languages", layout.languages(request, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("currentPath", layout.currentPath(request));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException exception, HttpServletRequest request, HttpServletResponse response, Model model) {
        frame(request, model);
        log.debug("Not found: {}", exception.getMessage());
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", 404);
        return "error/404";
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
