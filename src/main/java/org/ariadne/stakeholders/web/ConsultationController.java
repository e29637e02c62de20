package org.ariadne.stakeholders.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.stakeholders.CommentView;
import org.ariadne.stakeholders.Consultations;
import org.ariadne.stakeholders.Contacts;
import org.ariadne.stakeholders.Disposition;
import org.ariadne.stakeholders.DispositionCommand;
import org.ariadne.stakeholders.ElementView;
import org.ariadne.stakeholders.OutsideCommand;
import org.ariadne.stakeholders.RoundCommand;
import org.ariadne.stakeholders.StakeholderException;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Consultation rounds on a draft plan: the plan's rounds, opening one, the round's page (the office's view with
 * invitations, links and every comment to decide; a focal point's view with the plan's elements to comment on and
 * their institution's comments), the disposition of a comment, closing, and the consultation report with its
 * downloads.
 */
@Controller
class ConsultationController {

    /** Form fields of the comments: {@code comment-<element key>}. */
    static final String COMMENT_PREFIX = "comment-";

    private final Consultations consultations;
    private final Contacts contacts;
    private final Plans plans;
    private final Institutions institutions;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    ConsultationController(Consultations consultations, Contacts contacts, Plans plans, Institutions institutions,
            FormSubmissions forms, MessageSource messages, Clock clock) {
        this.consultations = consultations;
        this.contacts = contacts;
        this.plans = plans;
        this.institutions = institutions;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans/{planId}/consultations")
    @PreAuthorize(Consultations.READERS)
    String rounds(@PathVariable long planId, Model model) {
        model.addAttribute("rounds", consultations.rounds(planId));
        model.addAttribute("plan", plans.header(planId));
        return "stakeholders/rounds";
    }

    @GetMapping("/plans/{planId}/consultations/new")
    @PreAuthorize(Consultations.OFFICE)
    String newRound(@PathVariable long planId, Model model) {
        model.addAttribute("form", RoundCommand.empty(LocalDate.now(clock)));
        return roundForm(planId, model, null);
    }

    @PostMapping("/plans/{planId}/consultations/new")
    @PreAuthorize(Consultations.OFFICE)
    String open(@PathVariable long planId, @Valid @ModelAttribute("form") RoundCommand form, BindingResult errors,
            Model model, Locale locale, RedirectAttributes redirect) {
        plans.header(planId);
        return forms.submission(RoundCommand.class, errors, model, locale).fieldLabels("stakeholders.round.field.")
                .refusalsAt(ConsultationController::field).alsoChecking(() -> consultations.check(form))
                .create(() -> consultations.open(planId, form), opened -> {
                    Flash.notice(redirect, "stakeholders.round.opened");
                    redirect.addFlashAttribute("issuedLinks", opened.links().stream()
                            .map(link -> new ShownLink(link.organisation(), link.email(), absolute(link.path())))
                            .toList());
                    return "redirect:/consultations/" + opened.id();
                }, failure -> {
                    var typed = (RoundCommand) model.getAttribute("form");
                    model.addAttribute("form", typed == null ? RoundCommand.empty(LocalDate.now(clock))
                            : typed.withBlankLines());
                    return roundForm(planId, model, failure);
                });
    }

    @GetMapping("/consultations/{id}")
    @PreAuthorize(Consultations.READERS)
    String round(@PathVariable long id, Model model) {
        return roundPage(id, model, Map.of(), null);
    }

    @PostMapping("/consultations/{id}/comments")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String comment(@PathVariable long id, @RequestParam Map<String, String> params, Model model, Locale locale,
            RedirectAttributes redirect) {
        var typed = comments(params);
        consultations.round(id);
        return forms.act(locale, () -> redirect.addFlashAttribute("sent", consultations.comment(id, typed)), () -> {
            Flash.notice(redirect, "stakeholders.comments.sent");
            return "redirect:/consultations/" + id + "#own-comments";
        }, failure -> roundPage(id, model, typed, failure));
    }

    @PostMapping("/consultations/{id}/links")
    @PreAuthorize(Consultations.OFFICE)
    String addLink(@PathVariable long id, @Valid @ModelAttribute("outside") OutsideCommand outside,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(OutsideCommand.class, errors, model, locale).fieldLabels("stakeholders.link.field.")
                .refusalsAt(ConsultationController::field)
                .create(() -> consultations.addLink(id, outside), link -> {
                    Flash.notice(redirect, "stakeholders.link.issued", link.organisation());
                    redirect.addFlashAttribute("issuedLinks", List.of(new ShownLink(link.organisation(), link.email(),
                            absolute(link.path()))));
                    return "redirect:/consultations/" + id + "#links";
                }, failure -> {
                    model.addAttribute("linkFailure", failure);
                    return roundPage(id, model, Map.of(), null);
                });
    }

    @PostMapping("/consultations/{id}/links/{linkId}/revoke")
    @PreAuthorize(Consultations.OFFICE)
    String revoke(@PathVariable long id, @PathVariable long linkId, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> consultations.revokeLink(id, linkId))) {
            Flash.notice(redirect, "stakeholders.link.revoked");
        }
        return "redirect:/consultations/" + id + "#links";
    }

    @GetMapping("/consultations/comments/{commentId}/disposition")
    @PreAuthorize(Consultations.OFFICE)
    String dispositionForm(@PathVariable long commentId, Model model) {
        var comment = consultations.comment(commentId);
        model.addAttribute("version", comment.version());
        model.addAttribute("form", comment.decided() ? comment.toCommand() : DispositionCommand.empty());
        return dispositionPage(comment, model, null);
    }

    @PostMapping("/consultations/comments/{commentId}/disposition")
    @PreAuthorize(Consultations.OFFICE)
    String dispose(@PathVariable long commentId, @RequestParam int version,
            @Valid @ModelAttribute("form") DispositionCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var comment = consultations.comment(commentId);
        model.addAttribute("version", version);
        return forms.submission(DispositionCommand.class, errors, model, locale).version(version)
                .fieldLabels("stakeholders.disposition.field.").refusalsAt(ConsultationController::field)
                .alsoChecking(() -> consultations.check(form))
                .save(() -> consultations.dispose(commentId, version, form), () -> {
                    Flash.notice(redirect, "stakeholders.disposition.saved");
                    return "redirect:/consultations/" + comment.roundId() + "#comment-" + commentId;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return dispositionPage(comment, model, failure);
                });
    }

    @PostMapping("/consultations/{id}/close")
    @PreAuthorize(Consultations.OFFICE)
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> consultations.close(id, version))) {
            Flash.notice(redirect, "stakeholders.round.closed-notice");
            return "redirect:/consultations/" + id + "/report";
        }
        return "redirect:/consultations/" + id;
    }

    @GetMapping("/consultations/{id}/report")
    @PreAuthorize(Consultations.OFFICE)
    String report(@PathVariable long id, Model model) {
        var round = consultations.round(id);
        var comments = consultations.comments(id);
        var byElement = new LinkedHashMap<ElementView, List<CommentView>>();
        for (var element : round.elements()) {
            var its = comments.stream().filter(c -> c.elementKey().equals(element.key())).toList();
            if (!its.isEmpty()) {
                byElement.put(element, its);
            }
        }
        var counts = new LinkedHashMap<String, Long>();
        for (var disposition : Disposition.values()) {
            counts.put(disposition.messageKey(), comments.stream().filter(c -> c.disposition() == disposition).count());
        }
        counts.put("stakeholders.disposition.none", comments.stream().filter(c -> !c.decided()).count());
        model.addAttribute("round", round);
        model.addAttribute("byElement", byElement);
        // an element whose comment was accepted, whole or in part, changed after the consultation
        model.addAttribute("changed", comments.stream().filter(c -> c.decided() && c.disposition() != Disposition.REJECTED)
                .map(CommentView::elementKey).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("counts", counts);
        model.addAttribute("total", comments.size());
        return "stakeholders/report";
    }

    @GetMapping("/consultations/{id}/report.{format:csv|xlsx}")
    @PreAuthorize(Consultations.OFFICE)
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format, Locale locale) {
        var round = consultations.round(id);
        var formats = Formats.of(locale);
        var header = List.of(text("stakeholders.report.column.code", locale),
                text("stakeholders.report.column.element", locale), text("stakeholders.report.column.kind", locale),
                text("stakeholders.report.column.from", locale), text("stakeholders.report.column.author", locale),
                text("stakeholders.report.column.comment", locale), text("stakeholders.report.column.submitted", locale),
                text("stakeholders.report.column.disposition", locale), text("stakeholders.disposition.field.reason", locale),
                text("stakeholders.disposition.field.note", locale));
        var rows = new ArrayList<List<?>>();
        for (var comment : consultations.comments(id)) {
            var element = round.element(comment.elementKey());
            rows.add(java.util.Arrays.asList(empty(comment.elementCode()), comment.elementTitle(),
                    element.map(e -> text(e.kind().messageKey(), locale)).orElse(""), comment.from(),
                    comment.author(), comment.text(), formats.dateTime(comment.submittedAt()),
                    comment.decided() ? text(comment.disposition().messageKey(), locale)
                            : text("stakeholders.disposition.none", locale),
                    empty(comment.reason()), empty(comment.note())));
        }
        return FileDownload.table(format, "consultation-" + id + "-" + LocalDate.now(clock),
                text("stakeholders.report.sheet", locale), header, rows);
    }

    // ---- pages ----

    private String roundPage(long id, Model model, Map<String, String> typed, FormFailure failure) {
        var round = consultations.round(id);
        model.addAttribute("round", round);
        model.addAttribute("comments", consultations.comments(id));
        model.addAttribute("typed", typed);
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        if (org.ariadne.security.CurrentUser.has(org.ariadne.security.Role.ME_OFFICER)
                || org.ariadne.security.CurrentUser.has(org.ariadne.security.Role.COORDINATOR)) {
            model.addAttribute("links", consultations.links(id));
            var recipients = new LinkedHashMap<Long, List<org.ariadne.stakeholders.ContactView>>();
            round.invited().forEach(i -> recipients.put(i.id(), contacts.recipients(i.id())));
            model.addAttribute("recipients", recipients);
            if (!model.containsAttribute("outside")) {
                model.addAttribute("outside", OutsideCommand.empty());
            }
        }
        return "stakeholders/round";
    }

    private String roundForm(long planId, Model model, FormFailure failure) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("institutions", contacts.institutionChoices().stream().filter(i -> i.active()).toList());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "stakeholders/round-form";
    }

    private String dispositionPage(CommentView comment, Model model, FormFailure failure) {
        model.addAttribute("comment", comment);
        model.addAttribute("round", consultations.round(comment.roundId()));
        model.addAttribute("dispositions", Disposition.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "stakeholders/disposition";
    }

    /** The comments of a submission, element key to text, from the {@code comment-<key>} fields. */
    static Map<String, String> comments(Map<String, String> params) {
        var typed = new LinkedHashMap<String, String>();
        params.forEach((name, value) -> {
            if (name.startsWith(COMMENT_PREFIX)) {
                typed.put(name.substring(COMMENT_PREFIX.length()), value);
            }
        });
        return typed;
    }

    private static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString();
    }

    private static String field(UserFacingException refused) {
        return refused instanceof StakeholderException stakeholder ? stakeholder.field() : null;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }

    /** A link shown once, right after it was issued. */
    record ShownLink(String organisation, String email, String url) {
    }
}
