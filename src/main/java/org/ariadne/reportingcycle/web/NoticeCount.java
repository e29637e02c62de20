package org.ariadne.reportingcycle.web;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.reportingcycle.Notices;
import org.ariadne.security.CurrentUser;
import org.ariadne.common.web.PageFrame;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The number of unread notices for the badge in the page header ({@code unreadNotices}), for signed-in people only.
 * One count query, and only for requests that render a whole page: not for form posts (they redirect), nor for
 * htmx requests that replace part of a page (the header stays as it was).
 */
@ControllerAdvice
class NoticeCount implements PageFrame {

    static final String ATTRIBUTE = "unreadNotices";

    private final Notices notices;

    NoticeCount(Notices notices) {
        this.notices = notices;
    }

    @ModelAttribute
    void unreadNotices(HttpServletRequest request, Model model) {
        addTo(request, model);
    }

    @Override
    public void addTo(HttpServletRequest request, Model model) {
        if (!"GET".equals(request.getMethod()) || CurrentUser.get().isEmpty()) {
            return;
        }
        if ("true".equals(request.getHeader("HX-Request")) && !"true".equals(request.getHeader("HX-Boosted"))) {
            return;
        }
        model.addAttribute(ATTRIBUTE, notices.unread());
    }
}
