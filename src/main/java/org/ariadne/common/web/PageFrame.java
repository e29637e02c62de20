package org.ariadne.common.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * Something a module adds to every page's frame (the unread notices in the header). Implementations add it from
 * their own {@code @ModelAttribute} method; the error pages of {@link ErrorHandling}, which Spring renders without
 * those methods, call every implementation so that a refusal page keeps the same header as any other page.
 */
public interface PageFrame {

    void addTo(HttpServletRequest request, Model model);
}
