package org.ariadne.coordination.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.coordination.AgreementCommand;
import org.ariadne.coordination.AgreementKind;
import org.ariadne.coordination.AgreementStatus;
import org.ariadne.coordination.AgreementView;
import org.ariadne.coordination.Agreements;
import org.ariadne.coordination.FollowUpActions;
import org.ariadne.coordination.Meetings;
import org.ariadne.coordination.NoteCommand;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Agreements and MoUs: the list (filters: status as it stands today, expiring soon) with its downloads, each
 * agreement's page with parties, obligations, documents, yearly notes and activities, and the office's forms.
 */
@Controller
class AgreementController {

    private static final String FORM = "coordination/agreement-form";
    private static final String FIELD = "coordination.field.";

    private final Agreements agreements;
    private final Meetings meetings;
    private final FollowUpActions actions;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    AgreementController(Agreements agreements, Meetings meetings, FollowUpActions actions, FormSubmissions forms,
            MessageSource messages, Clock clock) {
        this.agreements = agreements;
        this.meetings = meetings;
        this.actions = actions;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/agreements")
    @PreAuthorize(Agreements.READERS)
    String list(@RequestParam(required = false) String status, @RequestParam(required = false) String expiring,
            Model model) {
        var chosen = Lenient.named(AgreementStatus.class, status);
        var soon = "true".equals(expiring);
        model.addAttribute("agreements", agreements.list(chosen, soon));
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("status", chosen);
        model.addAttribute("expiring", soon);
        model.addAttribute("days", agreements.renewalNoticeDays());
        model.addAttribute("today", LocalDate.now(clock));
        var parts = new ArrayList<String>();
        if (chosen != null) {
            parts.add("status=" + chosen.name());
        }
        if (soon) {
            parts.add("expiring=true");
        }
        model.addAttribute("suffix", parts.isEmpty() ? "" : "?" + String.join("&", parts));
        return "coordination/agreements";
    }

    @GetMapping("/agreements.{format:csv|xlsx}")
    @PreAuthorize(Agreements.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String status,
            @RequestParam(required = false) String expiring, Locale locale) {
        var formats = Formats.of(locale);
        var today = LocalDate.now(clock);
        var header = List.of(text("coordination.field.title", locale), text("coordination.field.kind", locale),
                text("coordination.column.parties", locale), text("coordination.field.signedOn", locale),
                text("coordination.field.expiresOn", locale), text("coordination.field.status", locale),
                text("coordination.field.scope", locale));
        var rows = new ArrayList<List<?>>();
        for (var agreement : agreements.list(Lenient.named(AgreementStatus.class, status), "true".equals(expiring))) {
            rows.add(Arrays.asList(agreement.title(), text(agreement.kind().messageKey(), locale),
                    agreement.partyNames(), agreement.signedOn() == null ? "" : formats.date(agreement.signedOn()),
                    agreement.expiresOn() == null ? "" : formats.date(agreement.expiresOn()),
                    text(agreement.effectiveStatus(today).messageKey(), locale),
                    agreement.scope() == null ? "" : agreement.scope()));
        }
        return FileDownload.table(format, "agreements-" + today, text("coordination.agreements.title", locale), header,
                rows);
    }

    @GetMapping("/agreements/new")
    @PreAuthorize(Meetings.OFFICE)
    String newForm(Model model) {
        model.addAttribute("form", AgreementCommand.empty().withSpareRows(3));
        return form(model, null, null);
    }

    @PostMapping("/agreements/new")
    @PreAuthorize(Meetings.OFFICE)
    String create(@Valid @ModelAttribute("form") AgreementCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(AgreementCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> agreements.check(form))
                .create(() -> agreements.create(form), id -> {
                    Flash.notice(redirect, "coordination.agreement.saved");
                    return "redirect:/agreements/" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/agreements/{id}")
    @PreAuthorize(Agreements.READERS)
    String show(@PathVariable long id, Model model) {
        model.addAttribute("agreement", agreements.get(id));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("days", agreements.renewalNoticeDays());
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "coordination/agreement";
    }

    @GetMapping("/agreements/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String editForm(@PathVariable long id, Model model) {
        var agreement = agreements.get(id);
        model.addAttribute("version", agreement.version());
        model.addAttribute("form", agreement.toCommand().withSpareRows(2));
        return form(model, agreement, null);
    }

    @PostMapping("/agreements/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") AgreementCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var agreement = agreements.get(id);
        model.addAttribute("version", version);
        return forms.submission(AgreementCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> agreements.check(form))
                .save(() -> agreements.update(id, version, form), () -> {
                    Flash.notice(redirect, "coordination.agreement.saved");
                    return "redirect:/agreements/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, agreement, failure);
                });
    }

    @PostMapping("/agreements/{id}/delete")
    @PreAuthorize(Meetings.OFFICE)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> agreements.delete(id, version))) {
            Flash.notice(redirect, "coordination.agreement.deleted");
            return "redirect:/agreements";
        }
        return "redirect:/agreements/" + id;
    }

    /** The implementation note of a year; an empty note removes the year's. */
    @PostMapping("/agreements/{id}/notes")
    @PreAuthorize(Meetings.OFFICE)
    String note(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String year,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        var chosen = Lenient.year(year);
        if (forms.perform(redirect, () -> agreements.note(id, version, new NoteCommand(chosen, note)))) {
            Flash.notice(redirect, "coordination.agreement.note-saved", chosen);
        }
        return "redirect:/agreements/" + id + "#notes";
    }

    @PostMapping("/agreements/{id}/files")
    @PreAuthorize(Meetings.OFFICE)
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        var name = file == null ? null : file.getOriginalFilename();
        var content = file == null ? new byte[0] : file.getBytes();
        if (forms.perform(redirect, () -> agreements.attach(id, name, content))) {
            Flash.notice(redirect, "coordination.file.attached", name);
        }
        return "redirect:/agreements/" + id + "#files";
    }

    private String form(Model model, AgreementView agreement, FormFailure failure) {
        model.addAttribute("agreement", agreement);
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("statuses", AgreementStatus.values());
        model.addAttribute("institutions", meetings.institutionChoices());
        model.addAttribute("activities", actions.activityChoices());
        if (failure != null) {
            model.addAttribute("failure", failure);
            var typed = (AgreementCommand) model.getAttribute("form");
            if (typed != null) {
                model.addAttribute("form", typed.withSpareRows(2));
            }
        }
        return FORM;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
