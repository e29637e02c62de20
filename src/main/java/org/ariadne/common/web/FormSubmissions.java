package org.ariadne.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What every edit form does with a submission. The form binds to a validated command record (Spring's data binding
 * and formatters read the values); then invalid input, a refusal of the module's rules and a newer save by someone
 * else all end on the form again, with the input as typed and every reason, and a save ends where the caller says.
 *
 * <pre>{@code
 * return forms.submission(InstitutionCommand.class, errors, model, locale).version(version)
 *         .save(() -> institutions.update(id, version, form), () -> "redirect:/institutions",
 *               failure -> page(model, failure.version()));
 * }</pre>
 */
@Component
public class FormSubmissions {

    private final ConversionService conversion;
    private final Validator validator;
    private final MessageSource messages;
    private final ConflictTexts conflicts;

    FormSubmissions(@Qualifier("mvcConversionService") ConversionService conversion,
            @Qualifier("mvcValidator") Validator validator, MessageSource messages, ConflictTexts conflicts) {
        this.conversion = conversion;
        this.validator = validator;
        this.messages = messages;
        this.conflicts = conflicts;
    }

    /**
     * @param type   the command record the form binds to
     * @param errors the binding result Spring filled (it follows the {@code @Valid @ModelAttribute} parameter)
     * @param model  the page's model, where the input as typed goes; null for forms that redirect on failure
     */
    public <C extends Record> Submission submission(Class<C> type, BindingResult errors, Model model, Locale locale) {
        return new Submission(type, errors, model, locale);
    }

    /**
     * A failure told on the next page, for forms that go back where they came from (a register's row): the refusal
     * or conflict as its own message, invalid input as {@code invalidKey} with every reason joined.
     */
    public void flash(RedirectAttributes redirect, FormFailure failure, String invalidKey) {
        var conflict = failure.conflict();
        if (conflict != null) {
            Flash.problem(redirect, conflict.messageKey(), conflicts.arguments(conflict));
        } else if (failure.refusal() != null) {
            Flash.problem(redirect, failure.refusal().messageKey(), failure.refusal().arguments());
        } else {
            Flash.problem(redirect, invalidKey, String.join(" ", failure.reasons()));
        }
    }

    /**
     * A button without input (approve, reopen, submit): does {@code action}, or tells on the next page why not (the
     * module's refusal, or who saved meanwhile, worded as on every form). Returns whether it was done, for the
     * notice of success.
     */
    public boolean perform(RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            return true;
        } catch (ConflictException conflict) {
            Flash.problem(redirect, conflict.messageKey(), conflicts.arguments(conflict));
        } catch (UserFacingException refused) {
            Flash.problem(redirect, refused.messageKey(), refused.arguments());
        }
        return false;
    }

    /**
     * A step whose refusal is shown on its own page, beside what the user wrote or chose with it (a report returned
     * with comments, a workbook confirmed after its preview, a file attached to one activity): does {@code action}
     * and ends where {@code done} says, or ends where {@code showAgain} says with every reason worded as on every
     * form (the module's refusal, or who acted meanwhile and when).
     */
    public String act(Locale locale, Runnable action, Supplier<String> done, Function<FormFailure, String> showAgain) {
        try {
            action.run();
        } catch (ConflictException conflict) {
            return showAgain.apply(new FormFailure(null, null, List.of(conflicts.text(conflict, locale)),
                    conflict.currentVersion(), conflict));
        } catch (UserFacingException refused) {
            var reasons = refused.each().stream().map(reason -> messages.getMessage(reason.messageKey(),
                    reason.arguments(), reason.messageKey(), locale)).distinct().toList();
            return showAgain.apply(new FormFailure(null, null, reasons, null, refused));
        }
        return done.get();
    }

    /** The failure as the page's problem line (the layout's), for a page that has no form field to show it by. */
    public static void problem(Model model, FormFailure failure) {
        Flash.problem(model, "form.problem", String.join(" ", failure.reasons()));
    }

    /** One submission, configured and then saved with {@link #save}. */
    public final class Submission {

        private final Class<? extends Record> type;
        private final BindingResult errors;
        private final Model model;
        private final Locale locale;
        private Integer version;
        private Function<UserFacingException, String> fieldOf = refused -> null;
        private String fieldLabels;
        private Runnable rules;

        private Submission(Class<? extends Record> type, BindingResult errors, Model model, Locale locale) {
            this.type = type;
            this.errors = errors;
            this.model = model;
            this.locale = locale;
        }

        /** The version the user saw; sent back unchanged unless someone saved meanwhile. */
        public Submission version(Integer seen) {
            this.version = seen;
            return this;
        }

        /** The form field a refusal is about (shown next to it), null for the whole form. */
        public Submission refusalsAt(Function<UserFacingException, String> field) {
            this.fieldOf = field;
            return this;
        }

        /**
         * The module's rules, checked without saving when the input is not valid yet, so that the form shows their
         * reasons with the invalid fields in one answer ("choose the institution" beside "fill this in"), not one
         * after the other. {@code rules} throws the module's refusal (with {@link UserFacingException#each()} for
         * several).
         */
        public Submission alsoChecking(Runnable rules) {
            this.rules = rules;
            return this;
        }

        /**
         * Names each invalid field in the reasons ("Comments: at most 2000 characters"), by the message
         * {@code prefix + field}; without it a reason is the message alone (for forms that show it by the field).
         */
        public Submission fieldLabels(String prefix) {
            this.fieldLabels = prefix;
            return this;
        }

        /**
         * @param save      saves the command; may throw a {@link ConflictException} or another
         *                  {@link UserFacingException}
         * @param saved     where a successful save ends (usually a redirect)
         * @param showAgain the form page again, for the failure
         */
        public String save(Runnable save, Supplier<String> saved, Function<FormFailure, String> showAgain) {
            return create(() -> {
                save.run();
                return null;
            }, nothing -> saved.get(), showAgain);
        }

        /** As {@link #save}, for a save that returns what it made (the new record's id) to where it ends. */
        public <T> String create(Supplier<T> save, Function<T, String> saved, Function<FormFailure, String> showAgain) {
            if (errors.hasErrors()) {
                var shown = keepInput();
                if (rules != null && shown == errors && errors.getTarget() != null) {
                    try {
                        rules.run();
                    } catch (ConflictException notYet) {
                        // a newer save is told when the input is valid and saved; the input comes first
                    } catch (UserFacingException refused) {
                        reject(refused, errors);
                    }
                }
                return showAgain.apply(new FormFailure(null, null, reasons(shown), version, null));
            }
            T made;
            try {
                made = save.get();
            } catch (ConflictException conflict) {
                return showAgain.apply(new FormFailure(null, null, List.of(conflicts.text(conflict, locale)),
                        conflict.currentVersion(), conflict));
            } catch (UserFacingException refused) {
                reject(refused, errors);
                return showAgain.apply(new FormFailure(null, null, reasons(errors), version, refused));
            }
            return saved.apply(made);
        }

        private void reject(UserFacingException refused, BindingResult shown) {
            for (var reason : refused.each()) {
                var field = fieldOf.apply(reason);
                if (field != null && shown.getTarget() != null) {
                    shown.rejectValue(field, reason.messageKey(), reason.arguments(), reason.messageKey());
                } else {
                    shown.reject(reason.messageKey(), reason.arguments(), reason.messageKey());
                }
            }
        }

        private List<String> reasons(BindingResult shown) {
            var reasons = new ArrayList<String>();
            for (var error : shown.getAllErrors()) {
                var message = messages.getMessage(error, locale);
                reasons.add(fieldLabels != null && error instanceof FieldError field
                        ? messages.getMessage(fieldLabels + field.getField(), null, fieldLabels + field.getField(),
                                locale) + ": " + message
                        : message);
            }
            return reasons.stream().distinct().toList();
        }

        /**
         * When a value cannot be read at all ("a lot" as an amount, "2016-13-45" as a date) Spring cannot build the
         * command record and the form would come back empty. This builds it again without the unreadable values,
         * checks it like a normal submission and keeps the original messages, so the page shows every problem at
         * once and every value as typed. Returns the binding result the page shows.
         */
        private BindingResult keepInput() {
            if (errors.getTarget() != null) {
                return errors;
            }
            var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
            var unreadable = errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
            var binder = new ServletRequestDataBinder(null, errors.getObjectName());
            binder.setTargetType(ResolvableType.forClass(type));
            binder.setConversionService(conversion);
            binder.construct(without(unreadable, ServletRequestDataBinder.valueResolver(request, binder)));
            if (binder.getTarget() == null) {
                return errors;
            }
            var rebuilt = binder.getBindingResult();
            errors.getAllErrors().forEach(rebuilt::addError);
            // an unreadable value is checked as missing; its own message ("not a number") says it better
            var checked = new BeanPropertyBindingResult(binder.getTarget(), errors.getObjectName());
            validator.validate(binder.getTarget(), checked);
            checked.getAllErrors().stream()
                    .filter(error -> !(error instanceof FieldError field && unreadable.contains(field.getField())))
                    .forEach(rebuilt::addError);
            if (model != null) {
                // the model drops the old (empty) binding result when the form is replaced; the new one goes after it
                model.addAttribute(errors.getObjectName(), binder.getTarget());
                model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), rebuilt);
            }
            return rebuilt;
        }
    }

    private static DataBinder.ValueResolver without(Set<String> unreadable, DataBinder.ValueResolver request) {
        return new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                return unreadable.contains(name) ? null : request.resolveValue(name, type);
            }

            @Override
            public Set<String> getNames() {
                return request.getNames().stream().filter(name -> !unreadable.contains(name))
                        .collect(Collectors.toSet());
            }
        };
    }
}
