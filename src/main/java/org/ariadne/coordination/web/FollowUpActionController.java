package org.ariadne.coordination.web;

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
import org.ariadne.coordination.ActionFilter;
import org.ariadne.coordination.ActionStatus;
import org.ariadne.coordination.ActionUpdateCommand;
import org.ariadne.coordination.FollowUpActions;
import org.ariadne.coordination.FollowUpCommand;
import org.ariadne.coordination.FollowUpView;
import org.ariadne.coordination.MeetingKind;
import org.ariadne.coordination.MeetingView;
import org.ariadne.coordination.Meetings;
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

/**
 * The register of follow-up actions across meetings: filters (owner, status, overdue, kind of meeting), downloads,
 * the office's form, and the status form by which the owner's focal point (or the office) moves an action on and
 * closes it with a note.
 */
@Controller
class FollowUpActionController {

    private static final String FIELD = "coordination.field.";

    private final FollowUpActions actions;
    private final Meetings meetings;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpActionController(FollowUpActions actions, Meetings meetings, FormSubmissions forms,
            MessageSource messages, Clock clock) {
        this.actions = actions;
        this.meetings = meetings;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/follow-up-actions")
    @PreAuthorize(Meetings.READERS)
    String register(@RequestParam(required = false) String owner, @RequestParam(required = false) String status,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String kind, Model model) {
        var filter = filter(owner, status, overdue, kind);
        model.addAttribute("actions", actions.register(filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("owners", meetings.institutionChoices());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("suffix", suffix(filter));
        return "coordination/actions";
    }

    @GetMapping("/follow-up-actions.{format:csv|xlsx}")
    @PreAuthorize(Meetings.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status, @RequestParam(required = false) String overdue,
            @RequestParam(required = false) String kind, Locale locale) {
        var formats = Formats.of(locale);
        var today = LocalDate.now(clock);
        var header = List.of(text("coordination.field.description", locale), text("coordination.column.meeting", locale),
                text("coordination.field.decisionNumber", locale), text("coordination.field.ownerId", locale),
                text("coordination.field.dueOn", locale), text("coordination.field.status", locale),
                text("coordination.column.overdue", locale), text("coordination.field.activityId", locale),
                text("coordination.field.closingNote", locale), text("coordination.column.closed-on", locale));
        var rows = new ArrayList<List<?>>();
        for (var action : actions.register(filter(owner, status, overdue, kind))) {
            rows.add(Arrays.asList(action.description(), formats.date(action.meetingHeldOn()) + " " + action.meetingTitle(),
                    action.decisionNumber() == null ? "" : action.decisionNumber(), action.ownerName(),
                    formats.date(action.dueOn()), text(action.status().messageKey(), locale),
                    action.overdue(today) ? text("common.yes", locale) : "", empty(action.activityLabel()),
                    empty(action.closingNote()), action.closedOn() == null ? "" : formats.date(action.closedOn())));
        }
        return FileDownload.table(format, "follow-up-actions-" + today, text("coordination.actions.title", locale),
                header, rows);
    }

    @GetMapping("/follow-up-actions/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String editForm(@PathVariable long id, Model model) {
        var action = actions.get(id);
        model.addAttribute("version", action.version());
        model.addAttribute("form", action.toCommand());
        return form(model, meetings.get(action.meetingId()), action, null, actions, meetings);
    }

    @PostMapping("/follow-up-actions/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") FollowUpCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var action = actions.get(id);
        model.addAttribute("version", version);
        return forms.submission(FollowUpCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> actions.check(action.meetingId(), form))
                .save(() -> actions.update(id, version, form), () -> {
                    Flash.notice(redirect, "coordination.action.saved");
                    return "redirect:/meetings/" + action.meetingId() + "#action-" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, meetings.get(action.meetingId()), action, failure, actions, meetings);
                });
    }

    @PostMapping("/follow-up-actions/{id}/delete")
    @PreAuthorize(Meetings.OFFICE)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        var action = actions.get(id);
        if (forms.perform(redirect, () -> actions.delete(id, version))) {
            Flash.notice(redirect, "coordination.action.deleted");
            return "redirect:/meetings/" + action.meetingId() + "#actions";
        }
        return "redirect:/follow-up-actions/" + id + "/edit";
    }

    /**
     * Moves an action on (in progress) or closes it (done, with a closing note), from the register or the meeting's
     * page; back there with the outcome, or with the reason it was refused.
     */
    @PostMapping("/follow-up-actions/{id}/status")
    @PreAuthorize(Meetings.READERS)
    String status(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String status,
            @RequestParam(required = false) String closingNote, @RequestParam(required = false) String back,
            RedirectAttributes redirect) {
        var action = actions.get(id);
        if (!actions.mayUpdate(id)) {
            // a reader who is neither the office nor the owner's focal point (a member) may look, not change
            throw new org.springframework.security.access.AccessDeniedException("not the owner of action " + id);
        }
        var chosen = Lenient.named(ActionStatus.class, status);
        if (chosen == null) {
            Flash.problem(redirect, "coordination.refused.status");
        } else if (forms.perform(redirect, () -> actions.updateStatus(id, version,
                new ActionUpdateCommand(chosen, closingNote)))) {
            Flash.notice(redirect, chosen == ActionStatus.DONE ? "coordination.action.closed"
                    : "coordination.action.status-saved");
        }
        var target = "meeting".equals(back) ? "/meetings/" + action.meetingId() : "/follow-up-actions";
        return "redirect:" + target + "#action-" + id;
    }

    static String form(Model model, MeetingView meeting, FollowUpView action, FormFailure failure,
            FollowUpActions actions, Meetings meetings) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("action", action);
        model.addAttribute("owners", meetings.institutionChoices());
        model.addAttribute("activities", actions.activityChoices());
        model.addAttribute("statuses", ActionStatus.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "coordination/action-form";
    }

    private static ActionFilter filter(String owner, String status, String overdue, String kind) {
        return new ActionFilter(Lenient.number(owner), Lenient.named(ActionStatus.class, status),
                "true".equals(overdue), Lenient.named(MeetingKind.class, kind), null);
    }

    private static String suffix(ActionFilter filter) {
        var parts = new ArrayList<String>();
        if (filter.ownerId() != null) {
            parts.add("owner=" + filter.ownerId());
        }
        if (filter.status() != null) {
            parts.add("status=" + filter.status().name());
        }
        if (filter.overdue()) {
            parts.add("overdue=true");
        }
        if (filter.kind() != null) {
            parts.add("kind=" + filter.kind().name());
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String empty(String text) {
        return text == null ? "" : text;
    }
}
