package org.ariadne.operationalplan.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.PersonNames;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.ariadne.operationalplan.LineCommand;
import org.ariadne.operationalplan.LineDecision;
import org.ariadne.operationalplan.LineKind;
import org.ariadne.operationalplan.OperationalPlanEditing;
import org.ariadne.operationalplan.OperationalPlanException;
import org.ariadne.operationalplan.OperationalPlanFiles;
import org.ariadne.operationalplan.OperationalPlanView;
import org.ariadne.operationalplan.OperationalPlans;
import org.ariadne.plan.Plans;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.beans.factory.annotation.Value;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operational plans of a plan: the years with their state, the M&amp;E officer's draft of a year, each line's
 * decision (a form of its own, so that every refusal stands next to its field), the coordinator's approval and
 * reopening, and the downloads (Word and PDF like the annual report, Excel).
 */
@Controller
class OperationalPlanController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final OperationalPlans operationalPlans;
    private final OperationalPlanEditing editing;
    private final OperationalPlanFiles files;
    private final Plans plans;
    private final Institutions institutions;
    private final PersonNames people;
    private final FormSubmissions forms;
    private final String currency;
    /** recommendations: activities proposed for a year by other modules (operationalplan :: spi) */
    private final java.util.List<org.ariadne.operationalplan.ProposedActivities> proposed;

    OperationalPlanController(OperationalPlans operationalPlans, OperationalPlanEditing editing,
            OperationalPlanFiles files, Plans plans, Institutions institutions, PersonNames people,
            FormSubmissions forms, @Value("${ariadne.currency:EUR}") String currency,
            java.util.List<org.ariadne.operationalplan.ProposedActivities> proposed) {
        this.proposed = proposed;
        this.operationalPlans = operationalPlans;
        this.editing = editing;
        this.files = files;
        this.plans = plans;
        this.institutions = institutions;
        this.people = people;
        this.forms = forms;
        this.currency = currency;
    }

    @GetMapping("/plans/{planId}/operational-plans")
    @PreAuthorize(OperationalPlans.READERS)
    String list(@PathVariable long planId, Model model) {
        model.addAttribute("plan", plans.header(planId));
        model.addAttribute("years", operationalPlans.years(planId));
        model.addAttribute("mayDraft", CurrentUser.has(Role.ME_OFFICER));
        return "operationalplan/list";
    }

    @PostMapping("/plans/{planId}/operational-plans")
    @PreAuthorize(OperationalPlans.DRAFTERS)
    String draft(@PathVariable long planId, @RequestParam(required = false) String year, RedirectAttributes redirect) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            Flash.problem(redirect, "operationalplan.error.year", year == null ? "" : year, "", "");
            return "redirect:/plans/" + planId + "/operational-plans";
        }
        int chosen = Integer.parseInt(year.strip());
        try {
            editing.draft(planId, chosen);
            Flash.notice(redirect, "operationalplan.drafted", chosen,
                    operationalPlans.get(planId, chosen).lines().size());
            return "redirect:/plans/" + planId + "/operational-plans/" + chosen;
        } catch (OperationalPlanException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
            return "redirect:/plans/" + planId + "/operational-plans";
        }
    }

    @GetMapping("/plans/{planId}/operational-plans/{year}")
    @PreAuthorize(OperationalPlans.READERS)
    String year(@PathVariable long planId, @PathVariable int year, Model model) {
        var plan = plans.header(planId);
        if (year < plan.startYear() || year > plan.endYear()) {
            throw NotFoundException.of("operational-plan", planId + "/" + year);
        }
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        var op = operationalPlans.find(planId, year).orElse(null);
        model.addAttribute("op", op);
        model.addAttribute("mayDraft", CurrentUser.has(Role.ME_OFFICER));
        model.addAttribute("mayApprove", CurrentUser.has(Role.COORDINATOR));
        model.addAttribute("currency", currency);
        model.addAttribute("proposed", proposed.stream().flatMap(source -> source.proposals(planId, year).stream())
                .toList());
        if (op != null) {
            model.addAttribute("names", names());
            model.addAttribute("people", Map.of("drafted", people.displayName(op.draftedBy()),
                    "approved", op.approvedBy() == null ? "" : people.displayName(op.approvedBy()),
                    "reopened", op.reopenedBy() == null ? "" : people.displayName(op.reopenedBy())));
        }
        return "operationalplan/year";
    }

    @GetMapping("/plans/{planId}/operational-plans/{year}/lines/{lineId}")
    @PreAuthorize(OperationalPlans.DRAFTERS)
    String lineForm(@PathVariable long planId, @PathVariable int year, @PathVariable long lineId, Model model) {
        var line = lineModel(planId, year, lineId, model);
        model.addAttribute("version", line.version());
        model.addAttribute("form", line.toCommand());
        return "operationalplan/line";
    }

    @PostMapping("/plans/{planId}/operational-plans/{year}/lines/{lineId}")
    @PreAuthorize(OperationalPlans.DRAFTERS)
    String decide(@PathVariable long planId, @PathVariable int year, @PathVariable long lineId,
            @RequestParam(required = false) Integer version, @Valid @ModelAttribute("form") LineCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var line = lineModel(planId, year, lineId, model);
        model.addAttribute("version", version);
        return forms.submission(LineCommand.class, errors, model, locale).version(version)
                .fieldLabels("operationalplan.field.")
                .refusalsAt(refused -> refused instanceof OperationalPlanException op ? op.field() : null)
                .alsoChecking(() -> editing.check(planId, year, lineId, form))
                .save(() -> editing.decide(planId, year, lineId, version, form), () -> {
                    Flash.notice(redirect, "operationalplan.line.saved", line.code());
                    return "redirect:/plans/" + planId + "/operational-plans/" + year + "#line-" + lineId;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return showAgain(model, failure);
                });
    }

    @PostMapping("/plans/{planId}/operational-plans/{year}/approve")
    @PreAuthorize(OperationalPlans.APPROVERS)
    String approve(@PathVariable long planId, @PathVariable int year, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> editing.approve(planId, year, version))) {
            Flash.notice(redirect, "operationalplan.approved", year);
        }
        return "redirect:/plans/" + planId + "/operational-plans/" + year;
    }

    @PostMapping("/plans/{planId}/operational-plans/{year}/reopen")
    @PreAuthorize(OperationalPlans.APPROVERS)
    String reopen(@PathVariable long planId, @PathVariable int year, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> editing.reopen(planId, year, version, reason))) {
            Flash.notice(redirect, "operationalplan.reopened", year);
        }
        return "redirect:/plans/" + planId + "/operational-plans/" + year;
    }

    @GetMapping("/plans/{planId}/operational-plans/{year}/download.{format}")
    @PreAuthorize(OperationalPlans.READERS)
    ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable int year, @PathVariable String format,
            Locale locale) {
        var stem = FileDownload.fileStem(files.fileStem(year, locale), 80);
        return switch (format) {
            case "docx" -> FileDownload.file(files.docx(planId, year, locale), stem + ".docx", DOCX);
            case "pdf" -> FileDownload.file(files.pdf(planId, year, locale), stem + ".pdf", MediaType.APPLICATION_PDF);
            case "xlsx" -> FileDownload.file(files.xlsx(planId, year, locale), stem + ".xlsx");
            default -> throw NotFoundException.of("download format", format);
        };
    }

    private org.ariadne.operationalplan.LineView lineModel(long planId, int year, long lineId, Model model) {
        var plan = plans.header(planId);
        OperationalPlanView op = operationalPlans.get(planId, year);
        var line = op.line(lineId);
        model.addAttribute("plan", plan);
        model.addAttribute("year", year);
        model.addAttribute("op", op);
        model.addAttribute("line", line);
        model.addAttribute("names", names());
        model.addAttribute("currency", currency);
        model.addAttribute("decisions", line.kind() == LineKind.DUE
                ? new LineDecision[] {LineDecision.INCLUDED, LineDecision.EXCLUDED}
                : new LineDecision[] {LineDecision.ACCEPTED, LineDecision.DECLINED});
        model.addAttribute("newEndFrom", LocalDate.of(year, 1, 1));
        model.addAttribute("newEndTo", LocalDate.of(plan.endYear(), 12, 31));
        return line;
    }

    private Map<Long, String> names() {
        var names = new HashMap<Long, String>();
        institutions.directory().all().forEach(institution -> names.put(institution.id(), institution.name()));
        return names;
    }

    private static String showAgain(Model model, FormFailure failure) {
        model.addAttribute("failure", failure);
        return "operationalplan/line";
    }
}
