package org.ariadne.plan.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Keeps the user's input on the form when a value cannot be read at all ("a lot" as an amount, "2016-13-45" as a
 * date). Spring then cannot build the command record and leaves the form empty; this builds it again without the
 * unreadable values, checks it like a normal submission, and keeps the original messages, so the page shows every
 * problem at once and every value as typed.
 */
@Component
class InputKeeper {

    private final ConversionService conversion;
    private final Validator validator;

    InputKeeper(@Qualifier("mvcConversionService") ConversionService conversion,
            @Qualifier("mvcValidator") Validator validator) {
        this.conversion = conversion;
        this.validator = validator;
    }

    /** Does nothing when the command could be built (the usual case). */
    void keep(Class<? extends Record> type, BindingResult errors, Model model) {
        if (errors.getTarget() != null) {
            return;
        }
        var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        var unreadable = errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        var binder = new ServletRequestDataBinder(null, errors.getObjectName());
        binder.setTargetType(ResolvableType.forClass(type));
        binder.setConversionService(conversion);
        binder.setValidator(validator);
        binder.construct(without(unreadable, ServletRequestDataBinder.valueResolver(request, binder)));
        if (binder.getTarget() == null) {
            return;
        }
        binder.validate();
        var rebuilt = binder.getBindingResult();
        errors.getAllErrors().forEach(rebuilt::addError);
        // the model drops the old (empty) binding result when the form is replaced; the new one goes in after it
        model.addAttribute(errors.getObjectName(), binder.getTarget());
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + errors.getObjectName(), rebuilt);
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
