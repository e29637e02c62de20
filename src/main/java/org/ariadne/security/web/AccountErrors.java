package org.ariadne.security.web;

import org.ariadne.common.UserFacingException;
import org.springframework.validation.BindingResult;

/**
 * Puts a refused account change next to the field it is about, in the reader's language, so the form can be
 * corrected without retyping; refusals about the whole account go to the top of the form.
 */
final class AccountErrors {

    private AccountErrors() {
    }

    static void show(UserFacingException refused, BindingResult errors, String passwordField) {
        var field = fieldOf(refused, passwordField);
        if (field == null) {
            errors.reject(refused.messageKey(), refused.arguments(), refused.messageKey());
        } else {
            errors.rejectValue(field, refused.messageKey(), refused.arguments(), refused.messageKey());
        }
    }

    /** The form field a refusal is about ({@code passwordField} for the password's rules), null for the whole form. */
    static String fieldOf(UserFacingException refused, String passwordField) {
        return switch (refused.messageKey()) {
            case "user.password.too-short", "user.password.contains-username" -> passwordField;
            case "user.password.wrong-current" -> "currentPassword";
            case "user.username.taken" -> "username";
            case "user.focal-point.institution-required" -> "institutionId";
            case "user.roles.required" -> "roles";
            default -> null;
        };
    }
}
