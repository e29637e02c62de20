package org.ariadne.reportingcycle.web;

import java.util.List;

import org.ariadne.common.web.Flash;
import org.ariadne.reportingcycle.Notices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notices: reminders, returned reports, submissions; newest first. */
@Controller
@PreAuthorize("isAuthenticated()")
class NoticeController {

    /** Older notices than these have long been acted on; the page stays short. */
    static final int SHOWN_AT_MOST = 200;

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.mine(SHOWN_AT_MOST).stream().map(NoticeLine::of).toList());
        return "reporting/notices/list";
    }

    @PostMapping("/notices/read")
    String markAllRead(RedirectAttributes redirect) {
        notices.markAllRead();
        Flash.notice(redirect, "notices.marked-read");
        return "redirect:/notices";
    }

    /**
     * A notice as the page shows it. Links are written by the application, but only a path inside it is ever
     * followed, never another site.
     */
    record NoticeLine(Notices.NoticeView notice, String path) {

        static NoticeLine of(Notices.NoticeView notice) {
            var link = notice.link();
            boolean inside = link != null && link.startsWith("/") && !link.startsWith("//") && !link.contains("\\");
            return new NoticeLine(notice, inside ? link.substring(1) : null);
        }

        public List<Object> arguments() {
            return notice.arguments() == null ? List.of() : List.of(notice.arguments());
        }
    }
}
