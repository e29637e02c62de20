package org.ariadne.reportingcycle.web;

import java.util.List;

import org.ariadne.common.web.Flash;
import org.ariadne.reportingcycle.Notices;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's notices: reminders, returned reports, submissions; newest first. */
@Controller
@PreAuthorize("isAuthenticated()")
class NoticeController {

    /** Notices on one page: a deadline day's reminders and submissions fit, and the page stays light. */
    static final int PER_PAGE = 25;

    private final Notices notices;

    NoticeController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/notices")
    String list(@RequestParam(defaultValue = "1") String page, @RequestParam(required = false) String unread,
            Model model) {
        var shown = notices.page(pageNumber(page), PER_PAGE, "true".equals(unread));
        model.addAttribute("page", shown);
        model.addAttribute("notices", shown.notices().stream().map(NoticeLine::of).toList());
        return "reporting/notices/list";
    }

    /** Marks one notice read and goes back to the page it was on, with its filter. */
    @PostMapping("/notices/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "1") String page,
            @RequestParam(required = false) String unread) {
        notices.markRead(id);
        return "redirect:/notices?page=" + pageNumber(page) + ("true".equals(unread) ? "&unread=true" : "")
                + "#notice-list";
    }

    /** A page number as typed into the address: anything that is not a positive number is the first page. */
    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page.strip()));
        } catch (RuntimeException notANumber) {
            return 1;
        }
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
