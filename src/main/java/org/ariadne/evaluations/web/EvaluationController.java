package org.ariadne.evaluations.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.UserFacingException;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.evaluations.AssessmentCommand;
import org.ariadne.evaluations.Criterion;
import org.ariadne.evaluations.EvaluationCommand;
import org.ariadne.evaluations.EvaluationException;
import org.ariadne.evaluations.EvaluationKind;
import org.ariadne.evaluations.EvaluationStatus;
import org.ariadne.evaluations.EvaluationView;
import org.ariadne.evaluations.Evaluations;
import org.ariadne.evaluations.FileKind;
import org.ariadne.evaluations.Priority;
import org.ariadne.evaluations.QuestionCommand;
import org.ariadne.evaluations.Rating;
import org.ariadne.evaluations.RecommendationCommand;
import org.ariadne.evaluations.StatementCommand;
import org.ariadne.evaluations.StatementKind;
import org.ariadne.evaluations.TeamCommand;
import org.ariadne.evaluations.WindowCommand;
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
 * The evaluation pages: the list, the evaluation page (summary, team and windows, terms of reference, the criteria
 * matrix with ratings, questions, evidence, findings, conclusions, recommendations, files), a form for each change and
 * the matrix download. Thin: who may open which evaluation (an evaluator only theirs, inside the window) is the
 * facade's rule, so every page answers 403 outside it; a form that cannot be saved comes back with every reason and
 * the input as typed.
 */
@Controller
class EvaluationController {

    private static final String FIELD = "evaluations.field.";

    private final Evaluations evaluations;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    EvaluationController(Evaluations evaluations, FormSubmissions forms, MessageSource messages, Clock clock) {
        this.evaluations = evaluations;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- reading ----

    @GetMapping("/evaluations")
    @PreAuthorize(Evaluations.READERS)
    String list(Model model) {
        model.addAttribute("evaluations", evaluations.list());
        return "evaluations/list";
    }

    @GetMapping("/evaluations/{evaluationId}")
    @PreAuthorize(Evaluations.READERS)
    String page(@PathVariable long evaluationId, Model model) {
        var evaluation = evaluations.get(evaluationId);
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("fileKinds", evaluation.may().manage() ? FileKind.values()
                : new FileKind[] {FileKind.REPORT, FileKind.EVIDENCE});
        return "evaluations/evaluation";
    }

    @GetMapping("/evaluations/{evaluationId}/matrix.{format:csv|xlsx}")
    @PreAuthorize(Evaluations.READERS)
    ResponseEntity<byte[]> matrix(@PathVariable long evaluationId, @PathVariable String format, Locale locale) {
        var evaluation = evaluations.get(evaluationId);
        var header = List.of(text("evaluations.column.criterion", locale), text("evaluations.column.question", locale),
                text("evaluations.column.judgement", locale), text("evaluations.column.rating", locale),
                text("evaluations.column.evidence", locale));
        var rows = new ArrayList<List<?>>();
        for (var row : evaluations.matrix(evaluationId)) {
            rows.add(List.of(text(row.criterion().messageKey(), locale), row.question(),
                    row.judgement() == null ? "" : row.judgement(),
                    row.rating() == null ? "" : text(row.rating().messageKey(), locale), row.evidence()));
        }
        return FileDownload.table(format, FileDownload.fileStem(evaluation.title(), 60) + "-matrix-"
                + LocalDate.now(clock), text("evaluations.matrix.title", locale), header, rows);
    }

    @GetMapping("/evaluations/{evaluationId}/files/{fileId}")
    @PreAuthorize(Evaluations.READERS)
    ResponseEntity<byte[]> file(@PathVariable long evaluationId, @PathVariable long fileId) {
        var file = evaluations.file(evaluationId, fileId);
        return FileDownload.file(file.content(), file.fileName(), MediaType.parseMediaType(file.contentType()));
    }

    // ---- the evaluation itself (the office) ----

    @GetMapping("/evaluations/new")
    @PreAuthorize(Evaluations.OFFICE)
    String newForm(@RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("form", EvaluationCommand.empty(plan));
        return form(model, null, null);
    }

    @PostMapping("/evaluations/new")
    @PreAuthorize(Evaluations.OFFICE)
    String create(@Valid @ModelAttribute("form") EvaluationCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(EvaluationCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .alsoChecking(() -> evaluations.check(form))
                .create(() -> evaluations.create(form), id -> {
                    Flash.notice(redirect, "evaluations.saved");
                    return "redirect:/evaluations/" + id;
                }, failure -> form(model, null, failure));
    }

    @GetMapping("/evaluations/{evaluationId}/edit")
    @PreAuthorize(Evaluations.OFFICE)
    String editForm(@PathVariable long evaluationId, Model model) {
        var evaluation = evaluations.get(evaluationId);
        model.addAttribute("version", evaluation.version());
        model.addAttribute("form", evaluation.toCommand());
        return form(model, evaluation, null);
    }

    @PostMapping("/evaluations/{evaluationId}/edit")
    @PreAuthorize(Evaluations.OFFICE)
    String update(@PathVariable long evaluationId, @RequestParam int version,
            @Valid @ModelAttribute("form") EvaluationCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var evaluation = evaluations.get(evaluationId);
        model.addAttribute("version", version);
        return forms.submission(EvaluationCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .save(() -> evaluations.update(evaluationId, version, form), () -> {
                    Flash.notice(redirect, "evaluations.saved");
                    return "redirect:/evaluations/" + evaluationId;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, evaluation, failure);
                });
    }

    @PostMapping("/evaluations/{evaluationId}/status")
    @PreAuthorize(Evaluations.STATUS)
    String status(@PathVariable long evaluationId, @RequestParam int version,
            @RequestParam(required = false) String status, RedirectAttributes redirect) {
        var target = parse(status);
        if (forms.perform(redirect, () -> evaluations.moveTo(evaluationId, version, target))) {
            Flash.notice(redirect, "evaluations.status-changed");
        }
        return "redirect:/evaluations/" + evaluationId + "#status";
    }

    // ---- the team (the office) ----

    @GetMapping("/evaluations/{evaluationId}/team/new")
    @PreAuthorize(Evaluations.OFFICE)
    String teamForm(@PathVariable long evaluationId, Model model) {
        var today = LocalDate.now(clock);
        model.addAttribute("form", new TeamCommand("", today, today.plusMonths(3)));
        return teamPage(model, evaluationId, null, null);
    }

    @PostMapping("/evaluations/{evaluationId}/team/new")
    @PreAuthorize(Evaluations.OFFICE)
    String assign(@PathVariable long evaluationId, @Valid @ModelAttribute("form") TeamCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(TeamCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .alsoChecking(() -> evaluations.checkAssignment(evaluationId, form))
                .create(() -> evaluations.assign(evaluationId, form), id -> {
                    Flash.notice(redirect, "evaluations.team.assigned");
                    return "redirect:/evaluations/" + evaluationId + "#team";
                }, failure -> teamPage(model, evaluationId, null, failure));
    }

    @GetMapping("/evaluations/{evaluationId}/team/{memberId}/edit")
    @PreAuthorize(Evaluations.OFFICE)
    String windowForm(@PathVariable long evaluationId, @PathVariable long memberId, Model model) {
        var member = evaluations.teamMember(evaluationId, memberId);
        model.addAttribute("version", member.version());
        model.addAttribute("form", new WindowCommand(member.accessFrom(), member.accessUntil()));
        return teamPage(model, evaluationId, member, null);
    }

    @PostMapping("/evaluations/{evaluationId}/team/{memberId}/edit")
    @PreAuthorize(Evaluations.OFFICE)
    String changeWindow(@PathVariable long evaluationId, @PathVariable long memberId, @RequestParam int version,
            @Valid @ModelAttribute("form") WindowCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var member = evaluations.teamMember(evaluationId, memberId);
        model.addAttribute("version", version);
        return forms.submission(WindowCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .save(() -> evaluations.changeWindow(evaluationId, memberId, version, form), () -> {
                    Flash.notice(redirect, "evaluations.team.window-changed");
                    return "redirect:/evaluations/" + evaluationId + "#team";
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return teamPage(model, evaluationId, member, failure);
                });
    }

    // ---- the content (the team inside its window, and the officer) ----

    @GetMapping("/evaluations/{evaluationId}/questions/new")
    @PreAuthorize(Evaluations.WORKERS)
    String questionForm(@PathVariable long evaluationId, @RequestParam(required = false) String criterion,
            Model model) {
        model.addAttribute("form", new QuestionCommand(Criterion.ofCode(criterion).orElse(null), ""));
        return simplePage(model, evaluationId, "evaluations/question-form", null);
    }

    @PostMapping("/evaluations/{evaluationId}/questions/new")
    @PreAuthorize(Evaluations.WORKERS)
    String ask(@PathVariable long evaluationId, @Valid @ModelAttribute("form") QuestionCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(QuestionCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .create(() -> evaluations.ask(evaluationId, form), id -> {
                    Flash.notice(redirect, "evaluations.question.saved");
                    return "redirect:/evaluations/" + evaluationId + "#criterion-" + form.criterion().code();
                }, failure -> simplePage(model, evaluationId, "evaluations/question-form", failure));
    }

    @GetMapping("/evaluations/{evaluationId}/criteria/{criterion}")
    @PreAuthorize(Evaluations.WORKERS)
    String criterionForm(@PathVariable long evaluationId, @PathVariable String criterion, Model model) {
        var chosen = criterion(criterion);
        var evaluation = evaluations.get(evaluationId);
        var row = evaluation.criterion(chosen);
        model.addAttribute("version", row.version());
        model.addAttribute("form", new AssessmentCommand(row.judgement(), row.rating(), row.evidenceReferences()));
        return criterionPage(model, evaluationId, chosen, null);
    }

    @PostMapping("/evaluations/{evaluationId}/criteria/{criterion}")
    @PreAuthorize(Evaluations.WORKERS)
    String assess(@PathVariable long evaluationId, @PathVariable String criterion, @RequestParam int version,
            @Valid @ModelAttribute("form") AssessmentCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var chosen = criterion(criterion);
        model.addAttribute("version", version);
        return forms.submission(AssessmentCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .alsoChecking(() -> evaluations.checkAssessment(evaluationId, form))
                .save(() -> evaluations.assess(evaluationId, chosen, version, form), () -> {
                    Flash.notice(redirect, "evaluations.criterion.saved");
                    return "redirect:/evaluations/" + evaluationId + "#criterion-" + chosen.code();
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return criterionPage(model, evaluationId, chosen, failure);
                });
    }

    @GetMapping("/evaluations/{evaluationId}/statements/new")
    @PreAuthorize(Evaluations.WORKERS)
    String statementForm(@PathVariable long evaluationId, @RequestParam(required = false) StatementKind kind,
            Model model) {
        model.addAttribute("form", new StatementCommand(kind == null ? StatementKind.FINDING : kind, "", null));
        return simplePage(model, evaluationId, "evaluations/statement-form", null);
    }

    @PostMapping("/evaluations/{evaluationId}/statements/new")
    @PreAuthorize(Evaluations.WORKERS)
    String state(@PathVariable long evaluationId, @Valid @ModelAttribute("form") StatementCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(StatementCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .create(() -> evaluations.state(evaluationId, form), id -> {
                    Flash.notice(redirect, "evaluations.statement.saved");
                    return "redirect:/evaluations/" + evaluationId + "#" + (form.kind() == StatementKind.FINDING
                            ? "findings" : "conclusions");
                }, failure -> simplePage(model, evaluationId, "evaluations/statement-form", failure));
    }

    @GetMapping("/evaluations/{evaluationId}/recommendations/new")
    @PreAuthorize(Evaluations.WORKERS)
    String recommendationForm(@PathVariable long evaluationId, Model model, Locale locale) {
        evaluations.get(evaluationId);
        var empty = RecommendationCommand.empty(evaluations.nextReference(evaluationId));
        model.addAttribute("form", new RecommendationCommand(empty.reference(), "", locale.getLanguage(), null,
                Priority.MEDIUM));
        return simplePage(model, evaluationId, "evaluations/recommendation-form", null);
    }

    @PostMapping("/evaluations/{evaluationId}/recommendations/new")
    @PreAuthorize(Evaluations.WORKERS)
    String recommend(@PathVariable long evaluationId, @Valid @ModelAttribute("form") RecommendationCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        return forms.submission(RecommendationCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(EvaluationController::field)
                .alsoChecking(() -> evaluations.checkRecommendation(evaluationId, form))
                .create(() -> evaluations.recommend(evaluationId, form), id -> {
                    Flash.notice(redirect, "evaluations.recommendation.saved");
                    return "redirect:/evaluations/" + evaluationId + "#recommendation-" + id;
                }, failure -> simplePage(model, evaluationId, "evaluations/recommendation-form", failure));
    }

    /** A file of the evaluation; a refused one is told on the evaluation page, naming what is wrong with it. */
    @PostMapping("/evaluations/{evaluationId}/files")
    @PreAuthorize(Evaluations.WORKERS)
    String attach(@PathVariable long evaluationId, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String criterion,
            RedirectAttributes redirect) throws IOException {
        var fileKind = fileKind(kind);
        var content = file == null ? new byte[0] : file.getBytes();
        var name = file == null ? null : file.getOriginalFilename();
        if (forms.perform(redirect, () -> evaluations.attach(evaluationId, fileKind,
                Criterion.ofCode(criterion).orElse(null), name, content))) {
            Flash.notice(redirect, "evaluations.file.saved");
        }
        return "redirect:/evaluations/" + evaluationId + "#files";
    }

    // ---- inside ----

    private String form(Model model, EvaluationView evaluation, FormFailure failure) {
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("plans", evaluations.planChoices());
        var planId = evaluation != null ? Long.valueOf(evaluation.planId())
                : model.getAttribute("form") instanceof EvaluationCommand command ? command.planId() : null;
        model.addAttribute("parts", planId == null ? List.of() : safeParts(planId));
        model.addAttribute("kinds", EvaluationKind.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "evaluations/form";
    }

    private List<?> safeParts(long planId) {
        try {
            return evaluations.partChoices(planId);
        } catch (NotFoundException gone) {
            return List.of();
        }
    }

    private String teamPage(Model model, long evaluationId, EvaluationView.Member member, FormFailure failure) {
        model.addAttribute("evaluation", evaluations.get(evaluationId));
        model.addAttribute("member", member);
        model.addAttribute("evaluators", evaluations.evaluatorChoices());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "evaluations/team-form";
    }

    private String simplePage(Model model, long evaluationId, String template, FormFailure failure) {
        model.addAttribute("evaluation", evaluations.get(evaluationId));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("kinds", StatementKind.values());
        model.addAttribute("priorities", Priority.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return template;
    }

    private String criterionPage(Model model, long evaluationId, Criterion criterion, FormFailure failure) {
        model.addAttribute("evaluation", evaluations.get(evaluationId));
        model.addAttribute("criterion", criterion);
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("choices", evaluations.evidenceChoices(evaluationId));
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "evaluations/criterion-form";
    }

    private static Criterion criterion(String code) {
        return Criterion.ofCode(code).orElseThrow(() -> NotFoundException.of("criterion", code));
    }

    private static EvaluationStatus parse(String status) {
        try {
            return status == null ? null : EvaluationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static FileKind fileKind(String kind) {
        try {
            return kind == null ? FileKind.EVIDENCE : FileKind.valueOf(kind.strip());
        } catch (IllegalArgumentException unknown) {
            return FileKind.EVIDENCE;
        }
    }

    private static String field(UserFacingException refused) {
        return refused instanceof EvaluationException evaluation ? evaluation.field() : null;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
