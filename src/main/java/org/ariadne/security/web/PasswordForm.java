package org.ariadne.security.web;

/**
 * A new password typed twice; {@code currentPassword} is asked when people change their own. Passwords are never
 * written back into a form.
 */
public record PasswordForm(String currentPassword, String newPassword, String repeatPassword) {

    static PasswordForm empty() {
        return new PasswordForm(null, null, null);
    }

    boolean repeatedCorrectly() {
        return newPassword != null && newPassword.equals(repeatPassword);
    }
}
