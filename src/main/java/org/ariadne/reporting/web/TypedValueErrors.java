package org.ariadne.reporting.web;

import org.springframework.beans.PropertyAccessException;
import org.springframework.util.ObjectUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;

/**
 * A value that cannot be read is named in its reason ({@code "a lot" is not a number}): the text as typed is the
 * message's argument {1}, after the field ({0}) that Spring gives every binding error.
 */
class TypedValueErrors extends DefaultBindingErrorProcessor {

    @Override
    public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
        var field = failure.getPropertyName();
        var typed = failure.getValue();
        if (ObjectUtils.isArray(typed)) {
            var several = ObjectUtils.toObjectArray(typed);
            typed = several.length == 0 ? null : several[0];
        }
        var fieldArgument = getArgumentsForBindError(result.getObjectName(), field)[0];
        var error = new FieldError(result.getObjectName(), field, typed, true,
                result.resolveMessageCodes(failure.getErrorCode(), field), new Object[] {fieldArgument, typed},
                failure.getLocalizedMessage());
        error.wrap(failure);
        result.addError(error);
    }
}
