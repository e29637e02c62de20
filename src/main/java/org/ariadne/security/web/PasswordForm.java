package org.ariadne.security.web;

import org.ariadne.common.UserFacingException;

/**
 * A new password typed twice; {@code currentPassword} is asked when people change their own. Passwords are never
 * written back into a form.
 */
public record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }

    /** The field a refusal of the password rules is about, so the form shows it there; null for the whole form. */
    static String fieldOf(UserFacingException refused) {
        return switch (refused.messageKey()) {
            case "user.password.too-short", "user.password.contains-username" -> "newPassword";
            case "user.password.mismatch" -> "repeatPassword";
            case "user.password.wrong-current", "user.password.current-required" -> "currentPassword";
            default -> null;
        };
    }
}
