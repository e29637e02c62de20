package org.ariadne.stakeholders.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.ariadne.common.web.FormSubmissions;
import org.ariadne.stakeholders.Consultations;
import org.ariadne.stakeholders.LinkAnswer;
import org.ariadne.stakeholders.LinkState;
import org.ariadne.stakeholders.LinkUsedException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An outside organisation's single-use link, open to anyone who has it (no sign-in): the plan's elements with a box
 * for a comment on each, sent once. Afterwards, once its round has closed, or once the office withdrew it, the link
 * answers 410 Gone with a page saying it has been used or has expired, in the reader's language, and nothing of the
 * plan. An unknown token is not found.
 */
@Controller
class ConsultationLinkController {

    private final Consultations consultations;
    private final FormSubmissions forms;

    ConsultationLinkController(Consultations consultations, FormSubmissions forms) {
        this.consultations = consultations;
        this.forms = forms;
    }

    @GetMapping("/consult/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        var answer = consultations.answer(token);
        if (model.containsAttribute("thanks")) {
            model.addAttribute("answer", answer);
            return "stakeholders/link-thanks";
        }
        if (!answer.answers()) {
            return gone(answer.state(), answer, model, response);
        }
        return linkPage(token, answer, model, Map.of());
    }

    @PostMapping("/consult/{token}")
    String send(@PathVariable String token, @RequestParam Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect, HttpServletResponse response) {
        var typed = ConsultationController.comments(params);
        try {
            return forms.act(locale, () -> redirect.addFlashAttribute("thanks", consultations.commentByLink(token, typed)),
                    () -> "redirect:/consult/" + token, failure -> {
                        model.addAttribute("failure", failure);
                        return linkPage(token, consultations.answer(token), model, typed);
                    });
        } catch (LinkUsedException gone) {
            return gone(gone.state(), consultations.answer(token), model, response);
        } catch (OptimisticLockingFailureException twice) {
            // another submission through the same link won by a moment
            return gone(LinkState.USED, consultations.answer(token), model, response);
        }
    }

    private static String linkPage(String token, LinkAnswer answer, Model model, Map<String, String> typed) {
        model.addAttribute("token", token);
        model.addAttribute("answer", answer);
        model.addAttribute("typed", typed);
        return "stakeholders/link";
    }

    private static String gone(LinkState state, LinkAnswer answer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("state", state);
        model.addAttribute("answer", answer);
        return "stakeholders/link-gone";
    }
}
