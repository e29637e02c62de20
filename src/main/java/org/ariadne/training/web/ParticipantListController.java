package org.ariadne.training.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.format.Formats;
import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.upload.UploadAlreadyConfirmedException;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.training.ListPreview;
import org.ariadne.training.ListProblem;
import org.ariadne.training.TrainingAccess;
import org.ariadne.training.Trainings;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A training's participant list: uploaded from a spreadsheet (checked and previewed, every problem by sheet, row,
 * cell and field, then confirmed or discarded) or typed one person a line; dropped back to counts; downloaded by the
 * office as the means of verification, and the empty template to fill in.
 */
@Controller
class ParticipantListController {

    private static final String PAGE = "training/participants";

    private final Trainings trainings;
    private final PendingUploads uploads;
    private final FormSubmissions forms;
    private final MessageSource messages;

    ParticipantListController(Trainings trainings, PendingUploads uploads, FormSubmissions forms,
            MessageSource messages) {
        this.trainings = trainings;
        this.uploads = uploads;
        this.forms = forms;
        this.messages = messages;
    }

    /** Lets the browser refuse a file above the limit before sending it. */
    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return uploads.limits().maxBytes();
    }

    @GetMapping("/trainings/{id}/participants")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String page(@PathVariable long id, Model model) {
        return page(id, model, null, List.of(), null);
    }

    @PostMapping("/trainings/{id}/participants/upload")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale) {
        if (file == null || file.isEmpty()) {
            Flash.problem(model, "spreadsheet.refused.empty");
            return page(id, model, null, List.of(), null);
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            Flash.problem(model, "spreadsheet.refused.corrupt");
            return page(id, model, null, List.of(), null);
        }
        var token = new String[1];
        return forms.act(locale, () -> token[0] = trainings.upload(id, file.getOriginalFilename(), content),
                () -> "redirect:/trainings/" + id + "/participants/upload/" + token[0], failure -> {
                    FormSubmissions.problem(model, failure);
                    return page(id, model, null, List.of(), null);
                });
    }

    @GetMapping("/trainings/{id}/participants/upload/{token}")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String preview(@PathVariable long id, @PathVariable String token, Model model, Locale locale) {
        return showPreview(trainings.preview(id, token), model, locale);
    }

    @PostMapping("/trainings/{id}/participants/upload/{token}/confirm")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String confirm(@PathVariable long id, @PathVariable String token, @RequestParam(required = false) String seen,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.act(locale, () -> Flash.notice(redirect, "training.list.saved", trainings.confirm(id, token, seen)),
                () -> "redirect:/trainings/" + id, failure -> {
                    FormSubmissions.problem(model, failure);
                    return showPreview(trainings.preview(id, token), model, locale);
                });
    }

    @PostMapping("/trainings/{id}/participants/upload/{token}/cancel")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String cancel(@PathVariable long id, @PathVariable String token, RedirectAttributes redirect) {
        trainings.cancel(id, token);
        Flash.notice(redirect, "training.list.cancelled");
        return "redirect:/trainings/" + id + "/participants";
    }

    @PostMapping("/trainings/{id}/participants/typed")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String typed(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String list,
            Model model, Locale locale, RedirectAttributes redirect) {
        var problems = new ArrayList<ListProblem>();
        return forms.act(locale, () -> problems.addAll(trainings.typeList(id, version, list)), () -> {
            if (!problems.isEmpty()) {
                return page(id, model, list, problems, locale);
            }
            Flash.notice(redirect, "training.list.typed");
            return "redirect:/trainings/" + id;
        }, failure -> {
            FormSubmissions.problem(model, failure);
            return page(id, model, list, List.of(), locale);
        });
    }

    @PostMapping("/trainings/{id}/participants/drop")
    @PreAuthorize(TrainingAccess.RECORDERS)
    String drop(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> trainings.dropList(id, version))) {
            Flash.notice(redirect, "training.list.dropped");
        }
        return "redirect:/trainings/" + id;
    }

    /** The list as a workbook, the means of verification: the office only. */
    @GetMapping("/trainings/{id}/participants.xlsx")
    @PreAuthorize(TrainingAccess.OFFICE)
    ResponseEntity<byte[]> download(@PathVariable long id, Locale locale) {
        var training = trainings.participantList(id);
        var formats = Formats.of(locale);
        var rows = new ArrayList<List<?>>();
        for (var person : training.participants()) {
            rows.add(Arrays.asList(person.name(), person.institutionName(), nullToEmpty(person.role()),
                    text(person.sex().messageKey(), locale),
                    person.preScore() == null ? "" : person.preScore(), person.postScore() == null ? "" : person.postScore()));
        }
        return FileDownload.table("xlsx", FileDownload.fileStem(training.module(), 60) + "-"
                        + training.startsOn() + "-participants", text("training.list.sheet", locale),
                header(locale), rows);
    }

    /** The empty list to fill in: the heading row in the reader's language. */
    @GetMapping("/trainings/participants-template.xlsx")
    @PreAuthorize(TrainingAccess.RECORDERS)
    ResponseEntity<byte[]> template(Locale locale) {
        return FileDownload.table("xlsx", "participants-template", text("training.list.sheet", locale),
                header(locale), List.of());
    }

    /** An upload confirmed before (a double click, the back button) goes back to the training; nothing twice. */
    @ExceptionHandler(UploadAlreadyConfirmedException.class)
    String confirmedBefore(HttpServletRequest request, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Flash.notice(redirect, "upload.already-confirmed");
        return "redirect:/trainings/" + Long.parseLong(path.get("id"));
    }

    private List<String> header(Locale locale) {
        return List.of(text("training.list.column.name", locale), text("training.list.column.institution", locale),
                text("training.list.column.role", locale), text("training.list.column.sex", locale),
                text("training.list.column.preScore", locale), text("training.list.column.postScore", locale));
    }

    private String page(long id, Model model, String typed, List<ListProblem> problems, Locale locale) {
        model.addAttribute("training", trainings.get(id));
        model.addAttribute("typed", typed == null ? "" : typed);
        model.addAttribute("problems", problems.stream().map(p -> new Shown(p.row(), field(p.field(), locale),
                text(p.key(), locale, p.args()))).toList());
        return PAGE;
    }

    private String showPreview(ListPreview preview, Model model, Locale locale) {
        model.addAttribute("preview", preview);
        var base = "/trainings/" + preview.trainingId() + "/participants/upload/" + preview.token();
        model.addAttribute("upload", UploadPreview.of(preview.token(), preview.fingerprint(), preview.problems().stream()
                        .map(p -> new UploadPreview.Problem(p.sheet(), p.row(), field(p.field(), locale), p.cell(),
                                p.error(), text(p.key(), locale, p.args())))
                        .toList())
                .figure("participants", preview.participants().size(), "training.list.preview.participants")
                .figure("women", preview.women(), "training.list.preview.women")
                .figure("men", preview.men(), "training.list.preview.men")
                .confirm(base + "/confirm", "confirm-list", "training.list.preview.confirm", preview.canConfirm())
                .cancel(base + "/cancel", "training.list.preview.cancel"));
        return "training/preview";
    }

    /** A problem of a typed list: its line, its field and what to do. */
    record Shown(int line, String field, String text) {
    }

    private String field(String field, Locale locale) {
        return field == null ? null : text("training.list.column." + field, locale);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale == null ? Locale.ENGLISH : locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
