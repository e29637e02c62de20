package org.ariadne.recommendations.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.format.Formats;
import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormFailure;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.plan.Plans;
import org.ariadne.recommendations.EvidenceFile;
import org.ariadne.recommendations.FollowUpCommand;
import org.ariadne.recommendations.Priority;
import org.ariadne.recommendations.ProposalCommand;
import org.ariadne.recommendations.RecommendationCommand;
import org.ariadne.recommendations.RecommendationException;
import org.ariadne.recommendations.RecommendationStatus;
import org.ariadne.recommendations.RecommendationView;
import org.ariadne.recommendations.Recommendations;
import org.ariadne.recommendations.ResponseCommand;
import org.ariadne.recommendations.ResponseDecision;
import org.ariadne.recommendations.ResponseStatus;
import org.ariadne.recommendations.SourceCommand;
import org.ariadne.recommendations.SourceKind;
import org.ariadne.recommendations.SourceView;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
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
 * The recommendations tracker's pages: the list (by source and round or by institution, with its filters and
 * downloads), a source, a recommendation with everything about it (texts, institutions, activities and proposed
 * activities, follow-up notes, the management response), and the forms. A form that cannot be saved comes back with
 * every reason, each naming its field, and the input as typed.
 */
@Controller
class RecommendationController {

    private static final String FIELD = "recommendations.field.";

    private final Recommendations recommendations;
    private final Plans plans;
    private final FormSubmissions forms;
    private final MessageSource messages;
    private final Clock clock;

    RecommendationController(Recommendations recommendations, Plans plans, FormSubmissions forms,
            MessageSource messages, Clock clock) {
        this.recommendations = recommendations;
        this.plans = plans;
        this.forms = forms;
        this.messages = messages;
        this.clock = clock;
    }

    // ---- the tracker ----

    @GetMapping("/recommendations")
    @PreAuthorize(Recommendations.READERS)
    String list(@ModelAttribute("query") TrackerQuery query, Model model, Locale locale) {
        var filter = query.filter();
        var list = recommendations.list(filter);
        model.addAttribute("recommendations", list);
        model.addAttribute("filter", filter);
        model.addAttribute("grouping", query.grouping());
        model.addAttribute("groups", query.grouping().equals("institution") ? byInstitution(list, locale) : bySource(list));
        model.addAttribute("sources", recommendations.sources(filter.planId()));
        model.addAttribute("plans", recommendations.planChoices());
        model.addAttribute("institutions", recommendations.directory().all());
        model.addAttribute("kinds", SourceKind.values());
        model.addAttribute("statuses", RecommendationStatus.values());
        model.addAttribute("priorities", Priority.values());
        return "recommendations/list";
    }

    /** A group of the list: its heading, where it opens (a source), and its recommendations. */
    record Group(String id, String heading, String url, List<RecommendationView> recommendations) {
    }

    private static List<Group> bySource(List<RecommendationView> list) {
        var groups = new LinkedHashMap<Long, List<RecommendationView>>();
        list.forEach(view -> groups.computeIfAbsent(view.source().id(), id -> new ArrayList<>()).add(view));
        return groups.values().stream().map(views -> new Group("source-" + views.get(0).source().id(),
                views.get(0).source().label(), "/recommendations/sources/" + views.get(0).source().id(), views)).toList();
    }

    private List<Group> byInstitution(List<RecommendationView> list, Locale locale) {
        var groups = new java.util.TreeMap<String, List<RecommendationView>>(String.CASE_INSENSITIVE_ORDER);
        var ids = new java.util.HashMap<String, Long>();
        var nobody = text("recommendations.no-institution", locale);
        for (var view : list) {
            if (view.institutions().isEmpty()) {
                groups.computeIfAbsent(nobody, n -> new ArrayList<>()).add(view);
            }
            for (var institution : view.institutions()) {
                groups.computeIfAbsent(institution.name(), n -> new ArrayList<>()).add(view);
                ids.put(institution.name(), institution.id());
            }
        }
        return groups.entrySet().stream().map(entry -> new Group(
                ids.containsKey(entry.getKey()) ? "institution-" + ids.get(entry.getKey()) : "institution-none",
                entry.getKey(), null, entry.getValue())).toList();
    }

    @GetMapping("/recommendations.{format:csv|xlsx}")
    @PreAuthorize(Recommendations.READERS)
    ResponseEntity<byte[]> download(@PathVariable String format, @ModelAttribute("query") TrackerQuery query,
            Locale locale) {
        var formats = Formats.of(locale);
        var header = List.of(text(FIELD + "source", locale), text(FIELD + "paragraph", locale),
                text(FIELD + "text", locale), text(FIELD + "date", locale), text(FIELD + "priority", locale),
                text(FIELD + "institutionIds", locale), text("recommendations.column.activities", locale),
                text(FIELD + "status", locale), text(FIELD + "followUpDue", locale),
                text("recommendations.column.overdue", locale), text(FIELD + "decision", locale),
                text(FIELD + "responseStatus", locale));
        var rows = new ArrayList<List<?>>();
        for (var view : recommendations.list(query.filter())) {
            rows.add(Arrays.asList(view.source().label(), nullToEmpty(view.paragraph()), view.text(locale),
                    view.date() == null ? "" : formats.date(view.date()), text(view.priority().messageKey(), locale),
                    view.institutionNames(), view.activityCodes(), text(view.status().messageKey(), locale),
                    view.followUpDue() == null ? "" : formats.date(view.followUpDue()),
                    view.overdue() ? text("recommendations.overdue", locale) : "",
                    view.response() == null ? "" : text(view.response().decision().messageKey(), locale),
                    view.response() == null ? "" : text(view.response().status().messageKey(), locale)));
        }
        return FileDownload.table(format, "recommendations-" + LocalDate.now(clock), text("recommendations.title", locale),
                header, rows);
    }

    // ---- sources ----

    @GetMapping("/recommendations/sources/new")
    @PreAuthorize(Recommendations.EDITORS)
    String newSource(@RequestParam(required = false) Long plan, Model model) {
        model.addAttribute("form", SourceCommand.empty(plan));
        return sourceForm(model, null, null);
    }

    @PostMapping("/recommendations/sources/new")
    @PreAuthorize(Recommendations.EDITORS)
    String createSource(@Valid @ModelAttribute("form") SourceCommand form, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(SourceCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.checkSource(form))
                .create(() -> recommendations.createSource(form), id -> {
                    Flash.notice(redirect, "recommendations.source.saved");
                    return "redirect:/recommendations/sources/" + id;
                }, failure -> sourceForm(model, null, failure));
    }

    @GetMapping("/recommendations/sources/{id}")
    @PreAuthorize(Recommendations.READERS)
    String source(@PathVariable long id, Model model) {
        var source = recommendations.source(id);
        model.addAttribute("source", source);
        model.addAttribute("plan", plans.header(source.planId()));
        model.addAttribute("recommendations", recommendations.list(
                org.ariadne.recommendations.TrackerFilter.ofSource(id)));
        model.addAttribute("years", plans.header(source.planId()).years());
        return "recommendations/source";
    }

    @GetMapping("/recommendations/sources/{id}/edit")
    @PreAuthorize(Recommendations.EDITORS)
    String editSource(@PathVariable long id, Model model) {
        var source = recommendations.source(id);
        model.addAttribute("form", source.toCommand());
        model.addAttribute("version", source.version());
        return sourceForm(model, source, null);
    }

    @PostMapping("/recommendations/sources/{id}/edit")
    @PreAuthorize(Recommendations.EDITORS)
    String updateSource(@PathVariable long id, @RequestParam int version, @Valid @ModelAttribute("form") SourceCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var source = recommendations.source(id);
        model.addAttribute("version", version);
        return forms.submission(SourceCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.checkSource(form))
                .save(() -> recommendations.updateSource(id, version, form), () -> {
                    Flash.notice(redirect, "recommendations.source.saved");
                    return "redirect:/recommendations/sources/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return sourceForm(model, source, failure);
                });
    }

    private String sourceForm(Model model, SourceView source, FormFailure failure) {
        model.addAttribute("source", source);
        model.addAttribute("plans", recommendations.planChoices());
        model.addAttribute("kinds", SourceKind.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "recommendations/source-form";
    }

    // ---- recommendations ----

    @GetMapping("/recommendations/sources/{sourceId}/new")
    @PreAuthorize(Recommendations.EDITORS)
    String newRecommendation(@PathVariable long sourceId, Model model) {
        model.addAttribute("form", RecommendationCommand.empty());
        return form(model, recommendations.source(sourceId), null, null);
    }

    @PostMapping("/recommendations/sources/{sourceId}/new")
    @PreAuthorize(Recommendations.EDITORS)
    String create(@PathVariable long sourceId, @Valid @ModelAttribute("form") RecommendationCommand form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        var source = recommendations.source(sourceId);
        return forms.submission(RecommendationCommand.class, errors, model, locale).fieldLabels(FIELD)
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.check(form))
                .create(() -> recommendations.create(sourceId, form), id -> {
                    Flash.notice(redirect, "recommendations.saved");
                    return "redirect:/recommendations/" + id;
                }, failure -> form(model, source, null, failure));
    }

    @GetMapping("/recommendations/{id}")
    @PreAuthorize(Recommendations.READERS)
    String show(@PathVariable long id, Model model) {
        return page(model, id);
    }

    @GetMapping("/recommendations/{id}/edit")
    @PreAuthorize(Recommendations.EDITORS)
    String edit(@PathVariable long id, Model model) {
        var recommendation = recommendations.get(id);
        model.addAttribute("form", recommendation.toCommand());
        model.addAttribute("version", recommendation.version());
        return form(model, recommendation.source(), recommendation, null);
    }

    @PostMapping("/recommendations/{id}/edit")
    @PreAuthorize(Recommendations.EDITORS)
    String update(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("form") RecommendationCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var recommendation = recommendations.get(id);
        model.addAttribute("version", version);
        return forms.submission(RecommendationCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.check(form))
                .save(() -> recommendations.update(id, version, form), () -> {
                    Flash.notice(redirect, "recommendations.saved");
                    return "redirect:/recommendations/" + id;
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return form(model, recommendation.source(), recommendation, failure);
                });
    }

    @PostMapping("/recommendations/{id}/delete")
    @PreAuthorize(Recommendations.EDITORS)
    String delete(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        var sourceId = recommendations.get(id).source().id();
        if (forms.perform(redirect, () -> recommendations.delete(id, version))) {
            Flash.notice(redirect, "recommendations.deleted");
            return "redirect:/recommendations/sources/" + sourceId;
        }
        return "redirect:/recommendations/" + id + "/edit";
    }

    private String form(Model model, SourceView source, RecommendationView recommendation, FormFailure failure) {
        model.addAttribute("source", source);
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("institutions", recommendations.directory().all().stream().filter(i -> i.active()
                || (recommendation != null && recommendation.addressedTo(i.id()))).toList());
        model.addAttribute("priorities", Priority.values());
        model.addAttribute("statuses", RecommendationStatus.values());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "recommendations/form";
    }

    // ---- on the recommendation's page: activities, proposals, follow-up notes, the response's progress ----

    @PostMapping("/recommendations/{id}/activities")
    @PreAuthorize(Recommendations.EDITORS)
    String link(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) Long activityId,
            RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> recommendations.linkActivity(id, version, activityId))) {
            Flash.notice(redirect, "recommendations.activity.linked");
        }
        return "redirect:/recommendations/" + id + "#activities";
    }

    @PostMapping("/recommendations/{id}/activities/{activityId}/remove")
    @PreAuthorize(Recommendations.EDITORS)
    String unlink(@PathVariable long id, @PathVariable long activityId, @RequestParam int version,
            RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> recommendations.unlinkActivity(id, version, activityId))) {
            Flash.notice(redirect, "recommendations.activity.unlinked");
        }
        return "redirect:/recommendations/" + id + "#activities";
    }

    @PostMapping("/recommendations/{id}/proposals")
    @PreAuthorize(Recommendations.EDITORS)
    String propose(@PathVariable long id, @RequestParam int version,
            @Valid @ModelAttribute("proposal") ProposalCommand proposal, BindingResult errors, Model model,
            Locale locale, RedirectAttributes redirect) {
        return forms.submission(ProposalCommand.class, errors, model, locale).version(version)
                .fieldLabels("recommendations.proposal.field.")
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.checkProposal(id, proposal))
                .save(() -> recommendations.propose(id, version, proposal), () -> {
                    Flash.notice(redirect, "recommendations.proposal.saved");
                    return "redirect:/recommendations/" + id + "#activities";
                }, failure -> {
                    model.addAttribute("proposalFailure", failure);
                    return page(model, id);
                });
    }

    @PostMapping("/recommendations/{id}/proposals/{proposalId}/remove")
    @PreAuthorize(Recommendations.EDITORS)
    String withdraw(@PathVariable long id, @PathVariable long proposalId, @RequestParam int version,
            RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> recommendations.withdrawProposal(id, version, proposalId))) {
            Flash.notice(redirect, "recommendations.proposal.withdrawn");
        }
        return "redirect:/recommendations/" + id + "#activities";
    }

    @PostMapping("/recommendations/{id}/follow-ups")
    @PreAuthorize(Recommendations.NOTE_WRITERS)
    String addFollowUp(@PathVariable long id, @Valid @ModelAttribute("followUp") FollowUpCommand followUp,
            BindingResult errors, @RequestParam(required = false) MultipartFile file, Model model, Locale locale,
            RedirectAttributes redirect) {
        recommendations.get(id); // a focal point learns nothing of a recommendation not addressed to them
        EvidenceFile evidence;
        try {
            evidence = file == null || file.isEmpty() ? null
                    : new EvidenceFile(cleanName(file.getOriginalFilename()), file.getContentType(), file.getBytes());
        } catch (IOException unreadable) {
            evidence = null;
        }
        var kept = evidence;
        return forms.submission(FollowUpCommand.class, errors, model, locale).fieldLabels("recommendations.follow-up.field.")
                // the file is beside the command, not in it: its refusal is the form's
                .refusalsAt(refused -> "file".equals(field(refused)) ? null : field(refused))
                .alsoChecking(() -> recommendations.checkFollowUp(followUp, kept))
                .create(() -> recommendations.addFollowUp(id, followUp, kept), note -> {
                    Flash.notice(redirect, "recommendations.follow-up.saved");
                    return "redirect:/recommendations/" + id + "#follow-up-" + note;
                }, failure -> {
                    model.addAttribute("followUpFailure", failure);
                    return page(model, id);
                });
    }

    @GetMapping("/recommendations/follow-ups/{noteId}/file")
    @PreAuthorize(Recommendations.READERS)
    ResponseEntity<byte[]> evidence(@PathVariable long noteId) {
        var file = recommendations.evidence(noteId);
        return FileDownload.file(file.content(), file.name(),
                file.type() == null ? MediaType.APPLICATION_OCTET_STREAM : MediaType.parseMediaType(file.type()));
    }

    @PostMapping("/recommendations/follow-ups/{noteId}/delete")
    @PreAuthorize(Recommendations.EDITORS)
    String deleteFollowUp(@PathVariable long noteId, RedirectAttributes redirect) {
        var id = recommendations.recommendationOfNote(noteId);
        if (forms.perform(redirect, () -> recommendations.deleteFollowUp(noteId))) {
            Flash.notice(redirect, "recommendations.follow-up.deleted");
        }
        return "redirect:/recommendations/" + id + "#follow-ups";
    }

    // ---- the management response ----

    @GetMapping("/recommendations/{id}/response")
    @PreAuthorize(Recommendations.RESPONDERS)
    String responseForm(@PathVariable long id, Model model) {
        var recommendation = recommendations.get(id);
        model.addAttribute("form", recommendation.response() == null ? ResponseCommand.empty()
                : recommendation.response().toCommand());
        model.addAttribute("version", recommendation.response() == null ? null : recommendation.response().version());
        return responseForm(model, recommendation, null);
    }

    @PostMapping("/recommendations/{id}/response")
    @PreAuthorize(Recommendations.RESPONDERS)
    String respond(@PathVariable long id, @RequestParam(required = false) Integer version,
            @Valid @ModelAttribute("form") ResponseCommand form, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect) {
        var recommendation = recommendations.get(id);
        model.addAttribute("version", version);
        return forms.submission(ResponseCommand.class, errors, model, locale).version(version).fieldLabels(FIELD)
                .refusalsAt(RecommendationController::field)
                .alsoChecking(() -> recommendations.checkResponse(form))
                .save(() -> recommendations.respond(id, version, form), () -> {
                    Flash.notice(redirect, "recommendations.response.saved");
                    return "redirect:/recommendations/" + id + "#response";
                }, failure -> {
                    model.addAttribute("version", failure.version());
                    return responseForm(model, recommendation, failure);
                });
    }

    @PostMapping("/recommendations/{id}/response/progress")
    @PreAuthorize(Recommendations.EDITORS)
    String progress(@PathVariable long id, @RequestParam int version,
            @RequestParam(required = false) ResponseStatus responseStatus,
            @RequestParam(required = false) String closingNote, RedirectAttributes redirect) {
        if (forms.perform(redirect, () -> recommendations.progressResponse(id, version, responseStatus, closingNote))) {
            Flash.notice(redirect, "recommendations.response.progressed");
        }
        return "redirect:/recommendations/" + id + "#response";
    }

    private String responseForm(Model model, RecommendationView recommendation, FormFailure failure) {
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("decisions", ResponseDecision.values());
        model.addAttribute("responseStatuses", ResponseStatus.values());
        model.addAttribute("institutions", recommendations.directory().all().stream().filter(i -> i.active()
                || (recommendation.response() != null && Long.valueOf(i.id()).equals(recommendation.response().ownerId())))
                .toList());
        if (failure != null) {
            model.addAttribute("failure", failure);
        }
        return "recommendations/response-form";
    }

    // ---- the page ----

    private String page(Model model, long id) {
        var recommendation = recommendations.get(id);
        var user = CurrentUser.get().orElse(null);
        var plan = plans.header(recommendation.source().planId());
        model.addAttribute("recommendation", recommendation);
        model.addAttribute("plan", plan);
        model.addAttribute("activityChoices", recommendations.activityChoices(plan.id()).stream()
                .filter(a -> recommendation.activities().stream().noneMatch(l -> l.id() == a.id())).toList());
        model.addAttribute("institutions", recommendations.directory().all().stream().filter(i -> i.active()).toList());
        model.addAttribute("years", plan.years());
        model.addAttribute("responseStatuses", ResponseStatus.values());
        var thisYear = LocalDate.now(clock).getYear();
        if (!model.containsAttribute("proposal")) {
            model.addAttribute("proposal", new ProposalCommand("", null,
                    Math.min(Math.max(thisYear + 1, plan.startYear()), plan.endYear())));
        }
        if (!model.containsAttribute("followUp")) {
            model.addAttribute("followUp", FollowUpCommand.empty(thisYear));
        }
        var office = user != null && (user.has(Role.ME_OFFICER) || user.has(Role.COORDINATOR));
        model.addAttribute("mayEdit", office);
        model.addAttribute("mayReadHistory", user != null && (office || user.has(Role.MEMBER)
                || user.has(Role.EVALUATOR) || user.has(Role.ADMINISTRATOR) || user.has(Role.VICTIM_DATA_OFFICER)));
        model.addAttribute("mayRespond", user != null && user.has(Role.COORDINATOR));
        model.addAttribute("mayWriteNote", office || (user != null && user.has(Role.FOCAL_POINT)
                && recommendation.addressedTo(user.institutionId())));
        return "recommendations/recommendation";
    }

    private static String field(UserFacingException refused) {
        return refused instanceof RecommendationException recommendation ? recommendation.field() : null;
    }

    static String cleanName(String name) {
        if (name == null || name.isBlank()) {
            return "evidence";
        }
        var base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return base.isEmpty() ? "evidence" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    static Map<String, String> none() {
        return Map.of();
    }
}
