package org.ariadne.workbook;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ariadne.common.upload.PendingUploads;
import org.ariadne.common.upload.UploadAlreadyConfirmedException;
import org.ariadne.common.upload.UploadPreview;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.plan.ImportComparison.ChangeKind;
import org.ariadne.plan.ImportComparison.ElementKind;
import org.ariadne.plan.Plans;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Upload, preview, confirm; and the workbook downloads. */
@Controller
class WorkbookController {

    private final PlanWorkbooks workbooks;
    private final Plans plans;
    private final MessageSource messages;
    private final PendingUploads uploads;
    private final FormSubmissions forms;

    WorkbookController(PlanWorkbooks workbooks, Plans plans, MessageSource messages,
            PendingUploads uploads, FormSubmissions forms) {
        this.workbooks = workbooks;
        this.plans = plans;
        this.messages = messages;
        this.uploads = uploads;
        this.forms = forms;
    }

    /** Lets the browser refuse a file above the limit before sending it. */
    @ModelAttribute("maxUploadBytes")
    long maxUploadBytes() {
        return uploads.limits().maxBytes();
    }

    // ---- export ----

    @GetMapping("/plans/{planId}/export.xlsx")
    ResponseEntity<byte[]> exportXlsx(@PathVariable long planId, Locale locale) {
        return FileDownload.file(workbooks.exportXlsx(planId, locale), fileName(planId, "xlsx"));
    }

    @GetMapping("/plans/{planId}/export.csv")
    ResponseEntity<byte[]> exportCsv(@PathVariable long planId, Locale locale) {
        return FileDownload.file(workbooks.exportCsv(planId, locale), fileName(planId, "csv"));
    }

    @GetMapping("/plans/workbook-template.xlsx")
    ResponseEntity<byte[]> emptyTemplate(Locale locale) {
        return FileDownload.file(workbooks.emptyTemplate(locale), "plan-workbook.xlsx");
    }

    private String fileName(long planId, String extension) {
        var title = FileDownload.fileStem(plans.header(planId).title(), 80);
        return (title.isEmpty() ? "plan" : title) + "." + extension;
    }

    // ---- upload ----

    @GetMapping("/plans/import")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String newPlanForm() {
        return "workbook/upload";
    }

    @GetMapping("/plans/{planId}/import")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String intoPlanForm(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.header(planId));
        return "workbook/upload";
    }

    @PostMapping("/plans/import")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String uploadNewPlan(@RequestParam(required = false) String title, @RequestParam(required = false) Integer startYear,
            @RequestParam(required = false) Integer endYear, @RequestParam(required = false) MultipartFile file,
            Model model, Locale locale) {
        model.addAttribute("title", title);
        model.addAttribute("startYear", startYear);
        model.addAttribute("endYear", endYear);
        return upload(null, title, startYear, endYear, file, model, locale);
    }

    @PostMapping("/plans/{planId}/import")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String uploadIntoPlan(@PathVariable long planId, @RequestParam(required = false) MultipartFile file, Model model,
            Locale locale) {
        model.addAttribute("plan", plans.header(planId));
        return upload(planId, null, null, null, file, model, locale);
    }

    private String upload(Long planId, String title, Integer start, Integer end, MultipartFile file, Model model,
            Locale locale) {
        byte[] content;
        try {
            content = file == null ? new byte[0] : file.getBytes();
        } catch (IOException unreadable) {
            Flash.problem(model, "spreadsheet.refused.corrupt");
            return "workbook/upload";
        }
        var token = new String[1];
        return forms.act(locale,
                () -> token[0] = workbooks.upload(planId, title, start, end,
                        file == null ? null : file.getOriginalFilename(), content),
                () -> "redirect:/imports/" + token[0],
                failure -> {
                    FormSubmissions.problem(model, failure);
                    return "workbook/upload";
                });
    }

    // ---- preview and confirm ----

    @GetMapping("/imports/{token}")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String preview(@PathVariable String token, Model model, Locale locale) {
        return showPreview(workbooks.preview(token, Map.of()), model, locale);
    }

    @PostMapping("/imports/{token}")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String previewWithDecisions(@PathVariable String token, @ModelAttribute DecisionsForm form, Model model, Locale locale) {
        return showPreview(workbooks.preview(token, form.decisions(), form.choices()), model, locale);
    }

    @PostMapping("/imports/{token}/confirm")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String confirm(@PathVariable String token, @ModelAttribute DecisionsForm form,
            @RequestParam(required = false) String seen, Model model, Locale locale, RedirectAttributes redirect) {
        var planId = new long[1];
        return forms.act(locale, () -> {
            var outcome = workbooks.confirm(token, form.decisions(), Boolean.TRUE.equals(form.removeMissing()), seen,
                    form.choices());
            Flash.notice(redirect, "workbook.import.done", outcome.added(), outcome.changed(), outcome.removed());
            planId[0] = outcome.planId();
        }, () -> "redirect:/plans/" + planId[0], failure -> {
            FormSubmissions.problem(model, failure);
            return showPreview(workbooks.preview(token, form.decisions(), form.choices()), model, locale);
        });
    }

    @PostMapping("/imports/{token}/cancel")
    @PreAuthorize("hasRole('ME_OFFICER')")
    String cancel(@PathVariable String token, RedirectAttributes redirect) {
        workbooks.cancel(token);
        Flash.notice(redirect, "workbook.import.cancelled");
        return "redirect:/plans";
    }

    /**
     * An upload confirmed before (a double click, a second tab, the back button) goes where the first confirmation
     * went; nothing is imported twice.
     */
    @ExceptionHandler(UploadAlreadyConfirmedException.class)
    String confirmedBefore(UploadAlreadyConfirmedException before, RedirectAttributes redirect) {
        Flash.notice(redirect, "upload.already-confirmed");
        return before.outcome().matches("\\d+") ? "redirect:/plans/" + before.outcome() : "redirect:/plans";
    }

    private String showPreview(ImportPreview preview, Model model, Locale locale) {
        model.addAttribute("preview", preview);
        var counts = new HashMap<String, Long>();
        for (var change : ChangeKind.values()) {
            for (var kind : ElementKind.values()) {
                counts.put(change.name() + "_" + kind.name(), preview.comparison().count(change, kind));
            }
            counts.put(change.name(), preview.comparison().count(change));
        }
        model.addAttribute("counts", counts);
        var token = "/imports/" + preview.token();
        model.addAttribute("upload", UploadPreview.of(preview.token(), preview.fingerprint(), preview.problems().stream()
                        .map(p -> new UploadPreview.Problem(p.sheet(), p.row(), p.column(), p.cell(), p.isError(),
                                messages.getMessage(p.message(), locale)))
                        .toList())
                .figure("new", counts.get("NEW"), "workbook.preview.new")
                .figure("changed", counts.get("CHANGED"), "workbook.preview.changed")
                .figure("unchanged", counts.get("UNCHANGED"), "workbook.preview.unchanged")
                .figureIfAny("missing", counts.get("NOT_IN_FILE"), "workbook.preview.missing")
                .nothingToDo(preview.comparison().isIdentical() ? "workbook.preview.identical" : null)
                .confirm(token + "/confirm", "confirm-import", "workbook.preview.confirm", preview.canConfirm())
                .cancel(token + "/cancel", "workbook.preview.cancel"));
        model.addAttribute("changes", preview.comparison().changes().stream()
                .filter(c -> c.change() != ChangeKind.UNCHANGED).toList());
        model.addAttribute("institutions", workbooks.institutionChoices(preview));
        model.addAttribute("institutionTypes", InstitutionType.values());
        var fields = new java.util.LinkedHashMap<String, String>();
        ColumnChoices.offered().forEach(column -> fields.put(column.name(), column.messageKey()));
        model.addAttribute("fields", fields);
        return "workbook/preview";
    }

    /**
     * The choices on the preview page: the sheet that holds the plan, what each unrecognised column is, what to do
     * with each unknown institution, and with missing elements.
     */
    public record DecisionsForm(List<DecisionForm> decision, Boolean removeMissing, String sheet,
            List<ColumnForm> column, List<AreaForm> area) {

        PlanWorkbooks.Choices choices() {
            var columns = new HashMap<String, String>();
            if (column != null) {
                for (var choice : column) {
                    if (choice != null && choice.key() != null && ColumnChoices.valid(choice.field())) {
                        columns.put(choice.key(), choice.field());
                    }
                }
            }
            return new PlanWorkbooks.Choices(sheet == null || sheet.isBlank() ? null : sheet, columns)
                    .withAreas(areas());
        }

        /** What each area the plan has not becomes: ADD, NONE, or MAP with the code of one of the plan's areas. */
        Map<String, UnknownArea.Decision> areas() {
            var result = new HashMap<String, UnknownArea.Decision>();
            if (area != null) {
                for (var choice : area) {
                    if (choice == null || choice.key() == null || choice.action() == null) {
                        continue;
                    }
                    switch (choice.action()) {
                        case "ADD" -> result.put(choice.key(), UnknownArea.Decision.add(choice.nameSq()));
                        case "NONE" -> result.put(choice.key(), UnknownArea.Decision.NONE);
                        case "MAP" -> {
                            if (choice.code() != null && !choice.code().isBlank()) {
                                result.put(choice.key(), UnknownArea.Decision.map(choice.code()));
                            }
                        }
                        default -> {
                            // an action the page never offers: not decided
                        }
                    }
                }
            }
            return result;
        }

        Map<String, UnknownInstitution.Decision> decisions() {
            var result = new HashMap<String, UnknownInstitution.Decision>();
            if (decision != null) {
                for (var choice : decision) {
                    if (choice == null || choice.key() == null) {
                        continue;
                    }
                    if ("map".equals(choice.action()) && choice.institutionId() != null) {
                        result.put(choice.key(), UnknownInstitution.Decision.map(choice.institutionId()));
                    } else if ("create".equals(choice.action())) {
                        result.put(choice.key(), UnknownInstitution.Decision.create(
                                choice.type() == null ? InstitutionType.OTHER : choice.type()));
                    }
                }
            }
            return result;
        }
    }

    public record DecisionForm(String key, String action, InstitutionType type, Long institutionId) {
    }

    /**
     * What a thematic area the plan does not have becomes: ADD (named in Albanian {@code nameSq}, if given), MAP (to
     * {@code code}) or NONE.
     */
    public record AreaForm(String key, String action, String code, String nameSq) {
    }

    /** What a column with an unrecognised header is: a column name, IGNORE, or blank for "not decided". */
    public record ColumnForm(String key, String field) {
    }
}
