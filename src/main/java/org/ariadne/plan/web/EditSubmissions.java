package org.ariadne.plan.web;

import java.util.Locale;
import java.util.function.IntFunction;
import java.util.function.Supplier;

import org.ariadne.common.ConflictException;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * What every edit form of the plan does with a submission: invalid input, a refusal of the plan's rules and a
 * newer save by someone else all end on the form again with the user's input kept; a save ends where
 * {@code saved} says.
 */
@Component
class EditSubmissions {

    private final InputKeeper inputKeeper;
    private final Conflicts conflicts;
    private final Institutions institutions;

    EditSubmissions(InputKeeper inputKeeper, Conflicts conflicts, Institutions institutions) {
        this.inputKeeper = inputKeeper;
        this.conflicts = conflicts;
        this.institutions = institutions;
    }

    /**
     * @param nowSaved the element as it is saved now, shown under the fields that differ after a conflict
     * @param showForm the form page for a version: the one submitted, or after a conflict the one saved now
     */
    <C extends Record> String update(Class<C> type, C form, BindingResult errors, Model model, Locale locale,
            int version, String conflictKey, Supplier<C> nowSaved, IntFunction<String> showForm, Runnable save,
            Supplier<String> saved) {
        if (errors.hasErrors()) {
            inputKeeper.keep(type, errors, model);
            return showForm.apply(version);
        }
        try {
            save.run();
        } catch (ConflictException conflict) {
            model.addAttribute("conflict", conflicts.notice(conflict, conflictKey, form, nowSaved.get(),
                    institutions.directory(), locale));
            return showForm.apply(conflict.currentVersion());
        } catch (PlanException refused) {
            Refusals.show(errors, refused);
            return showForm.apply(version);
        }
        return saved.get();
    }
}
