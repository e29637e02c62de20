package org.ariadne.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The rule for new passwords: long enough to resist guessing, not the user name. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** Why {@code password}, typed again as {@code repeated}, cannot be the new password; empty when it can. */
    static List<AccountException> refusals(String username, String password, String repeated) {
        var refusals = new ArrayList<AccountException>();
        if (password == null || password.strip().length() < MIN_LENGTH) {
            refusals.add(AccountException.passwordTooShort());
        } else if (!username.isEmpty()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            refusals.add(AccountException.passwordContainsUsername());
        }
        if (password != null && !password.equals(repeated)) {
            refusals.add(AccountException.passwordsDiffer());
        }
        return refusals;
    }
}
