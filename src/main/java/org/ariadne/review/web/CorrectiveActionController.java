package org.ariadne.review.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.ariadne.common.web.FileDownload;
import org.ariadne.common.web.Flash;
import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.review.ActionStatus;
import org.ariadne.review.ActionStatusCommand;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.CorrectiveActionView;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.Reviews;
import org.ariadne.security.CurrentUser;
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
 * The register of a plan's corrective actions, followed to closure: filters, the overdue ones marked, status changes
 * with a note, and the same list as CSV or Excel. The coordinator's office, members and evaluators read every action;
 * a focal point reads and moves on only the actions their own institution owns.
 */
@Controller
class CorrectiveActionController {

    private static final List<String> COLUMNS = List.of("review.register.activity-code", "review.register.activity",
            "review.half-year", "review.register.rating", "review.action.description", "review.action.owner",
            "review.action.due-date", "review.register.overdue", "review.register.status", "review.register.note",
            "review.register.closed-on", "review.register.updated-by", "review.register.updated-at");
    /** The way back to the register keeps its filters; anything but a plain query string is dropped. */
    private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&_\\-.%]*");

    private final Reviews reviews;
    private final ReviewEditing editing;
    private final Plans plans;
    private final Institutions institutions;
    private final ReviewScreens screens;
    private final ReviewTexts texts;
    private final FormSubmissions forms;

    CorrectiveActionController(Reviews reviews, ReviewEditing editing, Plans plans, Institutions institutions,
            ReviewScreens screens, ReviewTexts texts, FormSubmissions forms) {
        this.reviews = reviews;
        this.editing = editing;
        this.plans = plans;
        this.institutions = institutions;
        this.screens = screens;
        this.texts = texts;
        this.forms = forms;
    }

    @GetMapping("/plans/{planId}/corrective-actions")
    @PreAuthorize(Reviews.READERS_AND_OWNERS)
    String register(@PathVariable long planId, @ModelAttribute("query") ActionQuery query, BindingResult unreadable,
            Model model) {
        if (unreadable.hasErrors()) {
            query = ActionQuery.none();
            model.addAttribute("query", query);
        }
        var plan = plans.header(planId);
        var actions = reviews.correctiveActions(planId, query.filter());
        var user = CurrentUser.required();
        var names = new HashSet<String>();
        actions.forEach(action -> names.add(action.updatedBy()));
        model.addAttribute("plan", plan);
        model.addAttribute("actions", actions);
        model.addAttribute("overdueCount", actions.stream().filter(CorrectiveActionView::overdue).count());
        model.addAttribute("openCount", actions.stream().filter(action -> !action.status().isClosed()).count());
        model.addAttribute("changeable", changeable(actions));
        model.addAttribute("wholeRegister", readsEverything());
        model.addAttribute("owners", owners(user.institutionId()));
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("halves", HalfYearChoices.of(plan));
        model.addAttribute("names", screens.names(names));
        return "review/register";
    }

    @GetMapping("/plans/{planId}/corrective-actions.{format:csv|xlsx}")
    @PreAuthorize(Reviews.READERS_AND_OWNERS)
    ResponseEntity<byte[]> download(@PathVariable long planId, @PathVariable String format,
            @ModelAttribute("query") ActionQuery query, BindingResult unreadable, Locale locale) {
        return FileDownload.table(format, "corrective-actions-" + planId, texts.text("review.register.title", locale),
                COLUMNS.stream().map(key -> texts.text(key, locale)).toList(),
                table(planId, unreadable.hasErrors() ? ActionQuery.none() : query, locale));
    }

    /** A new status with a note: the M&E officer for any action, a focal point for their own institution's. */
    @PostMapping("/corrective-actions/{id}/status")
    @PreAuthorize(Reviews.ACTION_FOLLOWERS)
    String changeStatus(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String back, @Valid @ModelAttribute("statusForm") ActionStatusCommand form,
            BindingResult errors, Locale locale, RedirectAttributes redirect) {
        var action = reviews.correctiveAction(id);
        return save(ActionStatusCommand.class, errors, locale, redirect,
                () -> editing.changeActionStatus(id, version == null ? -1 : version, form),
                "review.register.status-saved", action, back);
    }

    /** What is to be done, by whom and by when: the M&E officer only. */
    @PostMapping("/corrective-actions/{id}/edit")
    @PreAuthorize(Reviews.EDITORS)
    String revise(@PathVariable long id, @RequestParam(required = false) Integer version,
            @RequestParam(required = false) String back, @Valid @ModelAttribute("actionForm") CorrectiveActionCommand form,
            BindingResult errors, Locale locale, RedirectAttributes redirect) {
        var action = reviews.correctiveAction(id);
        return save(CorrectiveActionCommand.class, errors, locale, redirect,
                () -> editing.reviseCorrectiveAction(id, version == null ? -1 : version, form),
                "review.register.action-saved", action, back);
    }

    /** Back to the register's row either way: saved, or with every reason why not. */
    private String save(Class<? extends Record> type, BindingResult errors, Locale locale, RedirectAttributes redirect,
            Runnable change, String savedKey, CorrectiveActionView action, String back) {
        return forms.submission(type, errors, null, locale).fieldLabels("review.field.").save(change, () -> {
            Flash.notice(redirect, savedKey, action.activityCode());
            return backTo(action, back);
        }, failure -> {
            forms.flash(redirect, failure, "review.register.not-saved");
            return backTo(action, back);
        });
    }

    private List<List<Object>> table(long planId, ActionQuery query, Locale locale) {
        var directory = institutions.directory();
        var actions = reviews.correctiveActions(planId, query.filter());
        var names = screens.names(new HashSet<>(actions.stream().map(CorrectiveActionView::updatedBy).toList()));
        var rows = new ArrayList<List<Object>>();
        for (var action : actions) {
            var row = new ArrayList<Object>();
            row.add(action.activityCode());
            row.add(action.activityTitle());
            row.add(action.halfYear().label());
            row.add(action.rating() == null ? null : texts.text(action.rating().messageKey(), locale));
            row.add(action.description());
            row.add(directory.nameOf(action.ownerInstitutionId()));
            row.add(action.dueDate());
            row.add(texts.text(action.overdue() ? "common.yes" : "common.no", locale));
            row.add(texts.text(action.status().messageKey(), locale));
            row.add(action.statusNote());
            row.add(action.closedOn());
            row.add(names.getOrDefault(action.updatedBy(), action.updatedBy()));
            row.add(action.updatedAt());
            rows.add(row);
        }
        return rows;
    }

    /** The ids of the shown actions the current user may move on. */
    private static Set<Long> changeable(List<CorrectiveActionView> actions) {
        var user = CurrentUser.required();
        var ids = new HashSet<Long>();
        for (var action : actions) {
            if (Reviews.mayMoveOn(user, action.ownerInstitutionId())) {
                ids.add(action.id());
            }
        }
        return ids;
    }

    private static boolean readsEverything() {
        return Reviews.mayRead(CurrentUser.required());
    }

    /** The institutions to filter by; a focal point only ever sees their own. */
    private List<InstitutionView> owners(Long ownInstitution) {
        var all = institutions.directory().all();
        return readsEverything() ? all : all.stream().filter(i -> Objects.equals(i.id(), ownInstitution)).toList();
    }

    private static String backTo(CorrectiveActionView action, String back) {
        var query = back != null && SAFE_QUERY.matcher(back).matches() && !back.isEmpty() ? "?" + back : "";
        return "redirect:/plans/" + action.planId() + "/corrective-actions" + query + "#ca-" + action.id();
    }
}
