package org.ariadne.victimdata.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.upload.UploadAlreadyConfirmedException;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.victimdata.CaseImports;
import org.ariadne.victimdata.ImportPreview;
import org.ariadne.victimdata.ImportProblem;
import org.ariadne.victimdata.Registered;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Cases imported from an institution's workbook, for victim-data officers only: the empty template (headings in the
 * reader's language), the upload, the preview (each row a new person or a likely or possible earlier case, each problem
 * by sheet, row and cell), then confirm or cancel. The preview shows nothing that identifies a person.
 */
@Controller
@RequestMapping("/victim-data/cases/import")
@PreAuthorize("hasRole('VICTIM_DATA_OFFICER')")
class CaseImportController {

    private static final String BASE = "/victim-data/cases/import";

    private final CaseImports imports;
    private final FormSubmissions forms;
    private final MessageSource messages;

    CaseImportController(CaseImports imports, FormSubmissions forms, MessageSource messages) {
        this.imports = imports;
        this.forms = forms;
        this.messages = messages;
    }

    /** Lets the browser refuse a file above the limit before sending it. */
    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return imports.maxBytes();
    }

    @GetMapping
    String page() {
        return "victimdata/import";
    }

    /** The empty workbook to fill in: one heading row in the reader's language, nothing else. */
    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template(Locale locale) {
        return FileDownload.table("xlsx", "victim-cases-template", text("victimdata.import.sheet", locale),
                imports.templateHeadings(locale), List.of());
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
        if (file == null || file.isEmpty()) {
            Flash.problem(model, "spreadsheet.refused.empty");
            return page();
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            Flash.problem(model, "spreadsheet.refused.corrupt");
            return page();
        }
        var token = new String[1];
        return forms.act(locale, () -> token[0] = imports.upload(file.getOriginalFilename(), content),
                () -> "redirect:" + BASE + "/" + token[0], failure -> {
                    FormSubmissions.problem(model, failure);
                    return page();
                });
    }

    @GetMapping("/{token}")
    String preview(@PathVariable String token, Model model, Locale locale) {
        return showPreview(imports.preview(token), model, locale);
    }

    @PostMapping("/{token}/confirm")
    String confirm(@PathVariable String token, @RequestParam(required = false) String seen, Model model,
            Locale locale, RedirectAttributes redirect) {
        var saved = new ArrayList<Registered>();
        return forms.act(locale, () -> saved.addAll(imports.confirm(token, seen)), () -> {
            Flash.notice(redirect, "victimdata.import.saved", saved.size(),
                    saved.stream().filter(registered -> !registered.proposals().isEmpty()).count());
            return "redirect:/victim-data/cases";
        }, failure -> {
            FormSubmissions.problem(model, failure);
            return showPreview(imports.preview(token), model, locale);
        });
    }

    @PostMapping("/{token}/cancel")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        imports.cancel(token);
        Flash.notice(redirect, "victimdata.import.cancelled");
        return "redirect:" + BASE;
    }

    /** A file confirmed before (a double click, the back button) goes to the register; nothing twice. */
    @ExceptionHandler(UploadAlreadyConfirmedException.class)
    String confirmedBefore(RedirectAttributes redirect) {
        Flash.notice(redirect, "upload.already-confirmed");
        return "redirect:/victim-data/cases";
    }

    private String showPreview(ImportPreview preview, Model model, Locale locale) {
        model.addAttribute("preview", preview);
        var base = BASE + "/" + preview.token();
        model.addAttribute("upload", UploadPreview.of(preview.token(), preview.fingerprint(), preview.problems()
                        .stream().map(problem -> shown(problem, locale)).toList())
                .figure("rows", preview.rows().size(), "victimdata.import.preview.rows")
                .figure("new", preview.newPersons(), "victimdata.import.preview.new")
                .figure("matches", preview.withMatches(), "victimdata.import.preview.matches")
                .confirm(base + "/confirm", "confirm-import", "victimdata.import.preview.confirm",
                        preview.canConfirm())
                .cancel(base + "/cancel", "victimdata.import.preview.cancel"));
        return "victimdata/import-preview";
    }

    private UploadPreview.Problem shown(ImportProblem problem, Locale locale) {
        var field = problem.field() == null ? null : text("victimdata.field." + problem.field(), locale);
        var args = new ArrayList<Object>(problem.args());
        args.add(field == null ? "" : field);
        return new UploadPreview.Problem(problem.sheet(), problem.row(), field, problem.cell(), problem.error(),
                messages.getMessage(problem.key(), args.toArray(), problem.key(), locale));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
