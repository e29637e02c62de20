package org.ariadne.common.web;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-line messages shown on the next page after a redirect ("Activity saved."), in the user's language. */
public final class Flash {

    private Flash() {
    }

    public static void notice(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("noticeKey", messageKey);
        redirect.addFlashAttribute("noticeArgs", arguments);
    }

    public static void problem(RedirectAttributes redirect, String messageKey, Object... arguments) {
        redirect.addFlashAttribute("problemKey", messageKey);
        redirect.addFlashAttribute("problemArgs", arguments);
    }

    /** The same line on the page drawn now, for a step that stays on its page (an upload refused). */
    public static void problem(Model model, String messageKey, Object... arguments) {
        model.addAttribute("problemKey", messageKey);
        model.addAttribute("problemArgs", arguments);
    }
}
