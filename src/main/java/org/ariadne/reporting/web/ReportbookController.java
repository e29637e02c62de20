package org.ariadne.reporting.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.Flash;
import org.ariadne.reporting.workbook.ReportWorkbooks;
import org.ariadne.reporting.workbook.UploadLimits;
import org.ariadne.reporting.workbook.WorkbookPreview;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The report as a workbook: download it pre-filled, upload it filled, check every change and problem by cell,
 * then confirm or discard. Who may do what is checked by {@link ReportWorkbooks}.
 */
@Controller
@RequestMapping("/reporting/{periodId}/institutions/{institutionId}")
class ReportbookController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportWorkbooks workbooks;
    private final MessageSource messages;
    private final UploadLimits limits;

    ReportbookController(ReportWorkbooks workbooks, MessageSource messages, UploadLimits limits) {
        this.workbooks = workbooks;
        this.messages = messages;
        this.limits = limits;
    }

    /** Lets the browser refuse a file above the limit before sending it. */
    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return limits.maxBytes();
    }

    @GetMapping("/workbook.xlsx")
    ResponseEntity<byte[]> download(@PathVariable long periodId, @PathVariable long institutionId, Locale locale) {
        var download = workbooks.download(periodId, institutionId, locale);
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(download.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(download.content());
    }

    @GetMapping("/workbook")
    String uploadForm(@PathVariable long periodId, @PathVariable long institutionId, Model model) {
        model.addAttribute("report", workbooks.forUpload(periodId, institutionId));
        return "reporting/workbook/upload";
    }

    @PostMapping("/workbook")
    String upload(@PathVariable long periodId, @PathVariable long institutionId,
            @RequestParam(required = false) MultipartFile file, Model model) {
        // who may upload is checked before the file is looked at
        model.addAttribute("report", workbooks.forUpload(periodId, institutionId));
        try {
            if (file == null || file.isEmpty()) {
                return refused(model, "spreadsheet.refused.empty");
            }
            var token = workbooks.upload(periodId, institutionId, file.getOriginalFilename(), file.getBytes());
            return "redirect:" + base(periodId, institutionId) + "/workbook/" + token;
        } catch (UserFacingException refusal) {
            return refused(model, refusal.messageKey(), refusal.arguments());
        } catch (IOException unreadable) {
            return refused(model, "spreadsheet.refused.corrupt");
        }
    }

    private static String refused(Model model, String key, Object... arguments) {
        model.addAttribute("problemKey", key);
        model.addAttribute("problemArgs", arguments);
        return "reporting/workbook/upload";
    }

    @GetMapping("/workbook/{token}")
    String preview(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            Model model, Locale locale) {
        return showPreview(workbooks.preview(periodId, institutionId, token, locale), model, locale);
    }

    @PostMapping("/workbook/{token}/confirm")
    String confirm(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            @RequestParam(defaultValue = "false") boolean overwrite, Model model, Locale locale,
            RedirectAttributes redirect) {
        try {
            var confirmed = workbooks.confirm(periodId, institutionId, token, overwrite, locale);
            Flash.notice(redirect, "reportbook.confirmed", confirmed.saved(), confirmed.kept());
            return "redirect:" + base(periodId, institutionId);
        } catch (UserFacingException refusal) {
            model.addAttribute("problemKey", refusal.messageKey());
            model.addAttribute("problemArgs", refusal.arguments());
            model.addAttribute("overwrite", overwrite);
            return showPreview(workbooks.preview(periodId, institutionId, token, locale), model, locale);
        }
    }

    @PostMapping("/workbook/{token}/cancel")
    String cancel(@PathVariable long periodId, @PathVariable long institutionId, @PathVariable String token,
            RedirectAttributes redirect) {
        workbooks.cancel(periodId, institutionId, token);
        Flash.notice(redirect, "reportbook.cancelled");
        return "redirect:" + base(periodId, institutionId) + "/workbook";
    }

    private String showPreview(WorkbookPreview preview, Model model, Locale locale) {
        model.addAttribute("preview", preview);
        model.addAttribute("report", preview.report());
        model.addAttribute("problems", preview.problems().stream()
                .map(p -> new ProblemLine(p.cell(), p.isError(), messages.getMessage(p.message(), locale))).toList());
        return "reporting/workbook/preview";
    }

    private static String base(long periodId, long institutionId) {
        return "/reporting/" + periodId + "/institutions/" + institutionId;
    }

    /** A problem as the preview shows it, already in the user's language. */
    public record ProblemLine(String cell, boolean error, String text) {
    }
}
