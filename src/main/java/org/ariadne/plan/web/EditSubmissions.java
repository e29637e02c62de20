package org.ariadne.plan.web;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.LongFunction;
import java.util.function.Supplier;

import org.ariadne.common.web.FormSubmissions;
import org.ariadne.institutions.Institutions;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The plan's edit forms on the common {@link FormSubmissions}: a refusal goes next to the field it is about
 * ({@link Refusals}), and after a conflict the page also shows, under each field that differs, the value saved now
 * ({@link Conflicts}).
 */
@Component
class EditSubmissions {

    private final FormSubmissions forms;
    private final Conflicts conflicts;
    private final Institutions institutions;

    EditSubmissions(FormSubmissions forms, Conflicts conflicts, Institutions institutions) {
        this.forms = forms;
        this.conflicts = conflicts;
        this.institutions = institutions;
    }

    /** A new element: {@code saved} gets its id; {@code showForm} is the empty form page again. */
    <C extends Record> String create(Class<C> type, BindingResult errors, Model model, Supplier<Long> save,
            LongFunction<String> saved, Supplier<String> showForm) {
        return forms.submission(type, errors, model, Locale.ROOT).refusalsAt(Refusals::fieldOf)
                .create(save, id -> saved.apply(id), failure -> showForm.get());
    }

    /**
     * @param nowSaved the element as it is saved now, shown under the fields that differ after a conflict
     * @param showForm the form page for a version: the one submitted, or after a conflict the one saved now
     */
    <C extends Record> String update(Class<C> type, C form, BindingResult errors, Model model, Locale locale,
            int version, String conflictKey, Supplier<C> nowSaved, IntFunction<String> showForm, Runnable save,
            Supplier<String> saved) {
        return forms.submission(type, errors, model, locale).version(version).refusalsAt(Refusals::fieldOf)
                .save(save, saved, failure -> {
                    if (failure.conflict() != null) {
                        model.addAttribute("conflict", conflicts.notice(failure.conflict(), conflictKey, form,
                                nowSaved.get(), institutions.directory(), locale));
                    }
                    return showForm.apply(failure.version());
                });
    }
}
