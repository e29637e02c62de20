package org.ariadne.security;

import java.util.List;

import org.ariadne.common.UserFacingException;

/**
 * A refused change to a user account, with the message key the user reads; where several rules refuse, one
 * exception holds every reason ({@link #each()}).
 */
public final class AccountException extends UserFacingException {

    private AccountException(String key, Object... args) {
        super(key, args);
    }

    private AccountException(List<AccountException> each) {
        super(each);
    }

    /** Throws every refusal at once; nothing when the list is empty. */
    static void refuseAll(List<AccountException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new AccountException(refusals);
        }
    }

    static AccountException usernameRequired() {
        return new AccountException("user.username.required");
    }

    static AccountException currentPasswordRequired() {
        return new AccountException("user.password.current-required");
    }

    static AccountException passwordsDiffer() {
        return new AccountException("user.password.mismatch");
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

    static AccountException institutionOfOtherParticipant() {
        return new AccountException("user.institution.other-participant");
    }

    static AccountException mappingNeedsOwnInstitution() {
        return new AccountException("oidc.mapping.institution.required");
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

    static AccountException cannotRemoveOwnAdministration() {
        return new AccountException("user.cannot-remove-own-admin");
    }

    static AccountException mappingValueRequired() {
        return new AccountException("oidc.mapping.value.required");
    }

    static AccountException mappingTaken(String value) {
        return new AccountException("oidc.mapping.value.taken", value);
    }
}
