package org.ariadne.security;

import org.ariadne.common.UserFacingException;

/** A refused change to a user account, with the message key the user reads. */
public final class AccountException extends UserFacingException {

    private AccountException(String key, Object... args) {
        super(key, args);
    }

    static AccountException passwordTooShort() {
        return new AccountException("user.password.too-short", PasswordPolicy.MIN_LENGTH);
    }

    static AccountException passwordContainsUsername() {
        return new AccountException("user.password.contains-username");
    }

    static AccountException usernameTaken(String username) {
        return new AccountException("user.username.taken", username);
    }

    static AccountException focalPointNeedsInstitution() {
        return new AccountException("user.focal-point.institution-required");
    }

    static AccountException evaluatorNeedsEndDate() {
        return new AccountException("user.evaluator.end-date-required");
    }

    static AccountException noRole() {
        return new AccountException("user.roles.required");
    }

    static AccountException wrongCurrentPassword() {
        return new AccountException("user.password.wrong-current");
    }

    static AccountException changedMeanwhile() {
        return new AccountException("user.changed-meanwhile");
    }

    static AccountException cannotRemoveOwnAdministration() {
        return new AccountException("user.cannot-remove-own-admin");
    }
}
