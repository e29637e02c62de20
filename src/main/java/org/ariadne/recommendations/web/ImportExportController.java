package org.ariadne.recommendations.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.upload.UploadAlreadyConfirmedException;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.plan.Plans;
import org.ariadne.recommendations.FollowUpExport;
import org.ariadne.recommendations.RecommendationImports;
import org.ariadne.recommendations.Recommendations;
import org.ariadne.recommendations.SourceKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recommendations from a workbook or CSV file (upload, preview with every problem by sheet, row, cell and field,
 * confirm into a source chosen or created on the preview), and the follow-up of a source for a year as the Word
 * table of a GRETA questionnaire answer.
 */
@Controller
class ImportExportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final RecommendationImports imports;
    private final Recommendations recommendations;
    private final FollowUpExport export;
    private final PendingUploads uploads;
    private final Plans plans;
    private final FormSubmissions forms;
    private final Clock clock;

    ImportExportController(RecommendationImports imports, Recommendations recommendations, FollowUpExport export,
            PendingUploads uploads, Plans plans, FormSubmissions forms, Clock clock) {
        this.imports = imports;
        this.recommendations = recommendations;
        this.export = export;
        this.uploads = uploads;
        this.plans = plans;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/recommendations/import")
    @PreAuthorize(Recommendations.EDITORS)
    String uploadForm(Model model) {
        model.addAttribute("maxUploadBytes", uploads.limits().maxBytes());
        return "recommendations/import";
    }

    @PostMapping("/recommendations/import")
    @PreAuthorize(Recommendations.EDITORS)
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String language,
            Model model, Locale locale) {
        model.addAttribute("maxUploadBytes", uploads.limits().maxBytes());
        if (file == null || file.isEmpty()) {
            Flash.problem(model, "spreadsheet.refused.empty");
            return "recommendations/import";
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            Flash.problem(model, "spreadsheet.refused.corrupt");
            return "recommendations/import";
        }
        var token = new String[1];
        return forms.act(locale, () -> token[0] = imports.upload(file.getOriginalFilename(), content, language),
                () -> "redirect:/recommendations/import/" + token[0], failure -> {
                    FormSubmissions.problem(model, failure);
                    return "recommendations/import";
                });
    }

    @GetMapping("/recommendations/import/{token}")
    @PreAuthorize(Recommendations.EDITORS)
    String preview(@PathVariable String token, Model model, Locale locale) {
        return showPreview(token, model, locale, null);
    }

    @PostMapping("/recommendations/import/{token}/confirm")
    @PreAuthorize(Recommendations.EDITORS)
    String confirm(@PathVariable String token, @RequestParam(required = false) String seen,
            @RequestParam(required = false) String sourceId, @RequestParam(required = false) String planId,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String name,
            @RequestParam(required = false) String round, @RequestParam(required = false) String year,
            Model model, Locale locale, RedirectAttributes redirect) {
        var target = new RecommendationImports.Target(number(sourceId), number(planId), kind(kind), name, round,
                number(year) == null ? null : number(year).intValue());
        var saved = new int[1];
        return forms.act(locale, () -> saved[0] = imports.confirm(token, seen, target, locale), () -> {
            Flash.notice(redirect, "recommendations.import.confirmed", saved[0]);
            return "redirect:/recommendations";
        }, failure -> {
            FormSubmissions.problem(model, failure);
            return showPreview(token, model, locale, target);
        });
    }

    @PostMapping("/recommendations/import/{token}/cancel")
    @PreAuthorize(Recommendations.EDITORS)
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        imports.cancel(token);
        Flash.notice(redirect, "recommendations.import.cancelled");
        return "redirect:/recommendations/import";
    }

    /** An upload confirmed before (a double click, a second tab): nothing is imported twice. */
    @ExceptionHandler(UploadAlreadyConfirmedException.class)
    String confirmedBefore(RedirectAttributes redirect) {
        Flash.notice(redirect, "upload.already-confirmed");
        return "redirect:/recommendations";
    }

    private String showPreview(String token, Model model, Locale locale, RecommendationImports.Target target) {
        var preview = imports.preview(token, locale);
        var base = "/recommendations/import/" + token;
        model.addAttribute("preview", preview);
        model.addAttribute("target", target);
        model.addAttribute("sources", recommendations.sources(null));
        model.addAttribute("plans", recommendations.planChoices());
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("upload", UploadPreview.of(token, preview.fingerprint(), preview.problems())
                .figure("rows", preview.rows().size(), "recommendations.import.rows")
                .nothingToDo(preview.rows().isEmpty() ? "recommendations.import.nothing" : null)
                .confirm(base + "/confirm", "confirm-import", "recommendations.import.confirm", preview.canConfirm())
                .cancel(base + "/cancel", "recommendations.import.cancel"));
        return "recommendations/preview";
    }

    // ---- the Word export ----

    @GetMapping("/recommendations/export")
    @PreAuthorize(Recommendations.READERS)
    String exportForm(@RequestParam(required = false) Long source, Model model) {
        model.addAttribute("sources", recommendations.sources(null));
        model.addAttribute("chosen", source);
        model.addAttribute("thisYear", LocalDate.now(clock).getYear());
        return "recommendations/export";
    }

    @GetMapping("/recommendations/export.docx")
    @PreAuthorize(Recommendations.READERS)
    ResponseEntity<byte[]> exportDocx(@RequestParam long source, @RequestParam int year,
            @RequestParam(defaultValue = "en") String language) {
        var chosen = List.of("en", "sq", "sr", "mk").contains(language) ? language : "en";
        var label = recommendations.source(source).label();
        return FileDownload.file(export.docx(source, year, Locale.forLanguageTag(chosen)),
                FileDownload.fileStem(label, 60) + "-follow-up-" + year + "-" + chosen + ".docx", DOCX);
    }

    private static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    private static SourceKind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : SourceKind.valueOf(value.strip());
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
