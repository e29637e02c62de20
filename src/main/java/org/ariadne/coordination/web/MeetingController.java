package org.ariadne.coordination.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.coordination.ActionStatus;
import org.ariadne.coordination.CoordinationException;
import org.ariadne.coordination.FollowUpActions;
import org.ariadne.coordination.FollowUpCommand;
import org.ariadne.coordination.MeetingCommand;
import org.ariadne.coordination.MeetingKind;
import org.ariadne.coordination.MeetingView;
import org.ariadne.coordination.Meetings;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
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
 * Meetings: the list (with its downloads) and each meeting's page with its invitation file, attendance table,
 * decisions, minutes and files and follow-up actions, for whoever may read it; the meeting form (with spare rows for
 * attendance and decisions, so that it works without JavaScript), file uploads and new follow-up actions for the
 * office. A form that cannot be saved comes back with every reason, each naming its field, and the input as typed.
 */
@Controller
class MeetingController {

    private static final String FORM = "coordination/meeting-form";
    private static final String FIELD = "coordination.field.";
    /** Empty attendance and decision rows the form offers besides those filled. */
    static final int SPARE_ROWS = 3;

    private final Meetings meetings;
    private final FollowUpActions actions;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    MeetingController(Meetings meetings, FollowUpActions actions, FormSubmissions forms, MessageSource messages,
            Clock clock) {
        this.meetings = meetings;
        this.actions = actions;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/meetings")
    @PreAuthorize(Meetings.READERS)
    String list(@RequestParam(required = false) String kind, @RequestParam(required = false) String year, Model model) {
        var chosenKind = Lenient.named(MeetingKind.class, kind);
        var chosenYear = Lenient.year(year);
        model.addAttribute("meetings", meetings.list(chosenKind, chosenYear));
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("kind", chosenKind);
        model.addAttribute("year", chosenYear);
        model.addAttribute("suffix", suffix(chosenKind, chosenYear));
        return "coordination/meetings";
    }

    @GetMapping("/meetings.{format:csv|xlsx}")
    @PreAuthorize(Meetings.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String year, Locale locale) {
        var formats = Formats.of(locale);
        var header = List.of(text("coordination.field.heldOn", locale), text("coordination.field.startsAt", locale),
                text("coordination.field.kind", locale), text("coordination.field.title", locale),
                text("coordination.field.place", locale), text("coordination.field.committeeId", locale),
                text("coordination.column.attendance", locale), text("coordination.column.decisions", locale),
                text("coordination.column.open-actions", locale));
        var rows = new ArrayList<List<?>>();
        for (var meeting : meetings.list(Lenient.named(MeetingKind.class, kind), Lenient.year(year))) {
            rows.add(Arrays.asList(formats.date(meeting.heldOn()), meeting.startsAt().toString(),
                    text(meeting.kind().messageKey(), locale), meeting.title(), empty(meeting.place()),
                    empty(meeting.committee()), meeting.attendance(), meeting.decisions(), meeting.openActions()));
        }
        return FileDownload.table(format, "meetings-" + LocalDate.now(clock), text("coordination.meetings.title", locale),
                header, rows);
    }

    @GetMapping("/meetings/new")
    @PreAuthorize(Meetings.OFFICE)
    String newForm(@RequestParam(required = false) String kind, Model model) {
        var chosen = Lenient.named(MeetingKind.class, kind);
        model.addAttribute("form", MeetingCommand.empty(chosen == null ? MeetingKind.NATIONAL_AUTHORITY : chosen)
                .withSpareRows(SPARE_ROWS));
        return form(model, null, null);
    }

    @PostMapping("/meetings/new")
    @PreAuthorize(Meetings.OFFICE)
    String create(@Valid @ModelAttribute("form") MeetingCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        return forms.submission(MeetingCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> meetings.check(form))
                .create(() -> meetings.create(form), id -> {
                    Flash.notice(redirect, "coordination.meeting.saved");
                    return "redirect:/meetings/" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize(Meetings.READERS)
    String show(@PathVariable long id, Model model) {
        var meeting = meetings.get(id);
        model.addAttribute("meeting", meeting);
        model.addAttribute("actions", actions.ofMeeting(id));
        model.addAttribute("today", LocalDate.now(clock));
        return "coordination/meeting";
    }

    @GetMapping("/meetings/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String editForm(@PathVariable long id, Model model) {
        var meeting = meetings.get(id);
        model.addAttribute("version", meeting.version());
        model.addAttribute("form", meeting.toCommand().withSpareRows(SPARE_ROWS));
        return form(model, meeting, null);
    }

    @PostMapping("/meetings/{id}/edit")
    @PreAuthorize(Meetings.OFFICE)
    String update(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") MeetingCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var meeting = meetings.get(id);
        model.addAttribute("version", version);
        return forms.submission(MeetingCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> meetings.check(form))
                .save(() -> meetings.update(id, version, form), () -> {
                    Flash.notice(redirect, "coordination.meeting.saved");
                    return "redirect:/meetings/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, meeting, failure);
                });
    }

    @PostMapping("/meetings/{id}/delete")
    @PreAuthorize(Meetings.OFFICE)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> meetings.delete(id, version))) {
            Flash.notice(redirect, "coordination.meeting.deleted");
            return "redirect:/meetings";
        }
        return "redirect:/meetings/" + id;
    }

    /** The invitation as an iCalendar file, to add the meeting to one's calendar. */
    @GetMapping("/meetings/{id}/invitation.ics")
    @PreAuthorize(Meetings.READERS)
    ResponseEntity<byte[]> invitation(@PathVariable long id, HttpServletRequest request) {
        var meeting = meetings.get(id);
        var content = meetings.invitation(id, request.getServerName());
        return FileDownload.file(content, FileDownload.fileStem(meeting.heldOn() + " " + meeting.title(), 80) + ".ics",
                new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/meetings/{id}/files")
    @PreAuthorize(Meetings.OFFICE)
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            RedirectAttributes redirect) throws IOException {
        var name = file == null ? null : file.getOriginalFilename();
        var content = file == null ? new byte[0] : file.getBytes();
        if (forms.perform(redirect, () -> meetings.attach(id, name, content))) {
            Flash.notice(redirect, "coordination.file.attached", name);
        }
        return "redirect:/meetings/" + id + "#files";
    }

    @GetMapping("/coordination/files/{id}")
    @PreAuthorize(Meetings.READERS)
    ResponseEntity<byte[]> file(@PathVariable long id) {
        var file = meetings.file(id);
        return FileDownload.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
    }

    @PostMapping("/coordination/files/{id}/delete")
    @PreAuthorize(Meetings.OFFICE)
    String deleteFile(@PathVariable long id, RedirectAttributes redirect) {
        var back = new String[] {"/meetings"};
        if (forms.perform(redirect, () -> back[0] = meetings.removeFile(id))) {
            Flash.notice(redirect, "coordination.file.removed");
        }
        return "redirect:" + back[0] + "#files";
    }

    @GetMapping("/meetings/{id}/actions/new")
    @PreAuthorize(Meetings.OFFICE)
    String newAction(@PathVariable long id, @RequestParam(required = false) Integer decision, Model model) {
        model.addAttribute("form", new FollowUpCommand("", decision, null, null, null, ActionStatus.OPEN, ""));
        return FollowUpActionController.form(model, meetings.get(id), null, null, actions, meetings);
    }

    @PostMapping("/meetings/{id}/actions/new")
    @PreAuthorize(Meetings.OFFICE)
    String createAction(@PathVariable long id, @Valid @ModelAttribute("form") FollowUpCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var meeting = meetings.get(id);
        return forms.submission(FollowUpCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(MeetingController::field)
                .alsoChecking(() -> actions.check(id, form))
                .create(() -> actions.create(id, form), actionId -> {
                    Flash.notice(redirect, "coordination.action.saved");
                    return "redirect:/meetings/" + id + "#action-" + actionId;
                }, failure -> FollowUpActionController.form(model, meeting, null, failure, actions, meetings));
    }

    private String form(Model model, MeetingView meeting, FormFailure failure) {
        model.addAttribute("meeting", meeting);
        model.addAttribute("kinds", MeetingKind.values());
        model.addAttribute("institutions", meetings.institutionChoices());
        if (failure != null) {
            model.addAttribute("failure", failure);
            // the rows typed come back with spare ones again
            var typed = (MeetingCommand) model.getAttribute("form");
            if (typed != null) {
                model.addAttribute("form", typed.withSpareRows(SPARE_ROWS));
            }
        }
        return FORM;
    }

    static String field(UserFacingException refused) {
        return refused instanceof CoordinationException coordination ? coordination.field() : null;
    }

    private static String suffix(MeetingKind kind, Integer year) {
        var parts = new ArrayList<String>();
        if (kind != null) {
            parts.add("kind=" + kind.name());
        }
        if (year != null) {
            parts.add("year=" + year);
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
