package org.ariadne.security;

import java.util.Locale;

/** The rule for new passwords: long enough to resist guessing, not the user name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.strip().length() < MIN_LENGTH) {
            throw AccountException.passwordTooShort();
        }
        if (password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw AccountException.passwordContainsUsername();
        }
    }
}
