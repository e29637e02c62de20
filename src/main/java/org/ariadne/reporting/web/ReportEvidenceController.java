package org.ariadne.reporting.web;

import java.io.IOException;
import java.util.Locale;

import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.reporting.ProgressReports;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evidence files of a report (means of verification): upload to an activity, download, remove. The service
 * recognises the type from the content and checks who may see or change the report the file belongs to.
 */
@Controller
@PreAuthorize("isAuthenticated()")
class ReportEvidenceController {

    private final ProgressReports reports;
    private final ReportPageModel pages;
    private final FormSubmissions forms;

    ReportEvidenceController(ProgressReports reports, ReportPageModel pages, FormSubmissions forms) {
        this.reports = reports;
        this.pages = pages;
        this.forms = forms;
    }

    @PostMapping("/reporting/{periodId}/institutions/{institutionId}/evidence")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String upload(@PathVariable long periodId, @PathVariable long institutionId, @RequestParam long activityId,
            @RequestParam(value = "file", required = false) MultipartFile file, Locale locale,
            RedirectAttributes redirect) throws IOException {
        var name = file == null ? null : file.getOriginalFilename();
        var content = file == null ? new byte[0] : file.getBytes();
        var page = "redirect:/reporting/" + periodId + "/institutions/" + institutionId + "#e-" + activityId;
        return forms.act(locale, () -> reports.attach(periodId, institutionId, activityId, name, content),
                () -> back(redirect, activityId, pages.text("reporting.report.evidence.attached", locale,
                        name == null ? "" : name), false, page),
                failure -> back(redirect, activityId, String.join(" ", failure.reasons()), true, page));
    }

    /** Always saved, never shown in the browser: the type was recognised from the content at upload. */
    @GetMapping("/reporting/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable long id) {
        var file = reports.download(id);
        return FileDownload.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
    }

    /**
     * Removes a file. {@code periodId}, {@code institutionId} and {@code activityId} only say which page to go
     * back to; whether the user may remove the file is decided from the file's own report.
     */
    @PostMapping("/reporting/evidence/{id}/delete")
    @PreAuthorize("hasRole('FOCAL_POINT')")
    String delete(@PathVariable long id, @RequestParam long periodId, @RequestParam long institutionId,
            @RequestParam long activityId, Locale locale, RedirectAttributes redirect) {
        var page = "redirect:/reporting/" + periodId + "/institutions/" + institutionId + "#e-" + activityId;
        return forms.act(locale, () -> reports.removeEvidence(id),
                () -> back(redirect, activityId, pages.text("reporting.report.evidence.removed", locale), false, page),
                failure -> back(redirect, activityId, String.join(" ", failure.reasons()), true, page));
    }

    /** Back to the activity's evidence on the report page, with the outcome told there. */
    private static String back(RedirectAttributes redirect, long activityId, String message, boolean problem,
            String page) {
        redirect.addFlashAttribute("blockAnchor", "e-" + activityId);
        redirect.addFlashAttribute("blockMessage", message);
        redirect.addFlashAttribute("blockProblem", problem);
        return page;
    }
}
