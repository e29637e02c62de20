package org.ariadne.security.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.ariadne.common.UserFacingException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.security.Role;
import org.ariadne.security.UserCommand;
import org.ariadne.security.UserView;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The administrator's user form. {@code username} and {@code password} are only read when creating an account; the
 * user name cannot change afterwards and passwords are reset on their own page. {@code participantId} is read only from
 * the installation's administrator (empty: the person works across participants).
 */
public record UserForm(
        @Size(max = 100, message = "{validation.size.max}")
        @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "{user.username.characters}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.size.max}") String fullName,
        @Email(message = "{validation.email}") @Size(max = 200, message = "{validation.size.max}") String email,
        Long institutionId,
        Set<Role> roles,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate accessUntil,
        Boolean enabled,
        String password,
        Long participantId) {

    /** No ticked role sends nothing; an unticked checkbox means "no". */
    public UserForm {
        roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        enabled = Boolean.TRUE.equals(enabled);
    }

    static UserForm empty() {
        return new UserForm("", "", "", null, Set.of(), null, true, null, ParticipantScope.HOME);
    }

    static UserForm of(UserView user) {
        return new UserForm(user.username(), user.fullName(), user.email(), user.institutionId(), user.roles(),
                user.accessUntil(), user.enabled(), null, user.participantId());
    }

    /** The field a refusal of the account's rules is about, so the form shows it there; null for the whole form. */
    static String fieldOf(UserFacingException refused) {
        return switch (refused.messageKey()) {
            case "user.password.too-short", "user.password.contains-username" -> "password";
            case "user.username.taken", "user.username.required" -> "username";
            case "user.focal-point.institution-required", "user.institution.other-participant" -> "institutionId";
            case "user.evaluator.end-date-required" -> "accessUntil";
            case "user.roles.required" -> "roles";
            default -> null;
        };
    }

    UserCommand command() {
        return new UserCommand(username, fullName, email, institutionId, roles, accessUntil, enabled, password,
                participantId);
    }
}
