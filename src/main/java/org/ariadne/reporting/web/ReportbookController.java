package org.ariadne.reporting.web;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.upload.UploadAlreadyConfirmedException;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.reporting.workbook.ReportWorkbooks;
import org.ariadne.reporting.workbook.WorkbookPreview;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report as a workbook: download it pre-filled, upload it filled, check every change and problem by cell,
 * then confirm or discard. Who may do what is checked by {@link ReportWorkbooks}.
 */
@Controller
@RequestMapping("/reporting/{periodId}/institutions/{institutionId}")
class ReportbookController {

    private final ReportWorkbooks workbooks;
    private final MessageSource messages;
    private final PendingUploads uploads;
    private final FormSubmissions forms;

    ReportbookController(ReportWorkbooks workbooks, MessageSource messages, PendingUploads uploads,
            FormSubmissions forms) {
        this.workbooks = workbooks;
        this.messages = messages;
        this.uploads = uploads;
        this.forms = forms;
    }

    /** Lets the browser refuse a file above the limit before sending it. */
    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return uploads.limits().maxBytes();
    }

    @GetMapping("/workbook.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long periodId, @PathVariable long institutionId, Locale locale) {
        var download = workbooks.download(periodId, institutionId, locale);
        return FileDownload.file(download.content(), download.fileName());
    }

    @GetMapping("/workbook")
    String uploadForm(@PathVariable long periodId, @PathVariable long institutionId, Model model) {
        model.addAttribute("report", workbooks.forUpload(periodId, institutionId));
        return "reporting/workbook/upload";
    }

    @PostMapping("/workbook")
    String upload(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(required = false) MultipartFile file, Model model, Locale locale) {
        // who may upload is checked before the file is looked at
        model.addAttribute("report", workbooks.forUpload(periodId, institutionId));
        if (file == null || file.isEmpty()) {
            Flash.problem(model, "spreadsheet.refused.empty");
            return "reporting/workbook/upload";
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException unreadable) {
            Flash.problem(model, "spreadsheet.refused.corrupt");
            return "reporting/workbook/upload";
        }
        var token = new String[1];
        return forms.act(locale,
                () -> token[0] = workbooks.upload(periodId, institutionId, file.getOriginalFilename(), content),
                () -> "redirect:" + base(periodId, institutionId) + "/workbook/" + token[0],
                failure -> {
                    FormSubmissions.problem(model, failure);
                    return "reporting/workbook/upload";
                });
    }

    @GetMapping("/workbook/{token}")
    String preview(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            Model model, Locale locale) {
        return showPreview(workbooks.preview(periodId, institutionId, token, locale), model, locale);
    }

    @PostMapping("/workbook/{token}/confirm")
    String confirm(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            @RequestParam(defaultValue = "false") boolean overwrite, @RequestParam(required = false) String seen,
            Model model, Locale locale, RedirectAttributes redirect) {
        return forms.act(locale, () -> {
            var confirmed = workbooks.confirm(periodId, institutionId, token, overwrite, seen, locale);
            Flash.notice(redirect, "reportbook.confirmed", confirmed.saved(), confirmed.kept());
        }, () -> "redirect:" + base(periodId, institutionId), failure -> {
            FormSubmissions.problem(model, failure);
            model.addAttribute("overwrite", overwrite);
            return showPreview(workbooks.preview(periodId, institutionId, token, locale), model, locale);
        });
    }

    @PostMapping("/workbook/{token}/cancel")
    String cancel(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            RedirectAttributes redirect) {
        workbooks.cancel(periodId, institutionId, token);
        Flash.notice(redirect, "reportbook.cancelled");
        return "redirect:" + base(periodId, institutionId) + "/workbook";
    }

    /**
     * An upload confirmed before (a double click, a second tab, the back button) goes back to the report; nothing is
     * saved twice.
     */
    @ExceptionHandler(UploadAlreadyConfirmedException.class)
    String confirmedBefore(HttpServletRequest request, RedirectAttributes redirect) {
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Flash.notice(redirect, "upload.already-confirmed");
        return "redirect:" + base(Long.parseLong(path.get("periodId")), Long.parseLong(path.get("institutionId")));
    }

    private String showPreview(WorkbookPreview preview, Model model, Locale locale) {
        model.addAttribute("preview", preview);
        model.addAttribute("report", preview.report());
        var upload = base(preview.report().period().id(), preview.report().institutionId()) + "/workbook/"
                + preview.token();
        model.addAttribute("upload", UploadPreview.of(preview.token(), preview.fingerprint(), preview.problems().stream()
                        // the cell ("F14") names the row; the report workbook has one sheet
                        .map(p -> new UploadPreview.Problem(null, 0, null, p.cell(), p.isError(),
                                messages.getMessage(p.message(), locale)))
                        .toList())
                .figure("changes", preview.changes().size(), "reportbook.preview.changes")
                .figureIfAny("conflicts", preview.conflictCount(), "reportbook.preview.conflicts")
                .nothingToDo(preview.changes().isEmpty() ? "reportbook.preview.nothing" : null)
                .confirm(upload + "/confirm", "confirm-workbook", "reportbook.preview.confirm", preview.canConfirm())
                .cancel(upload + "/cancel", "reportbook.preview.cancel"));
        return "reporting/workbook/preview";
    }

    private static String base(long periodId, long institutionId) {
        return "/reporting/" + periodId + "/institutions/" + institutionId;
    }
}
