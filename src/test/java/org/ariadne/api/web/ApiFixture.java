package org.ariadne.api.web;

import java.time.LocalDate;
import java.util.EnumSet;

import org.ariadne.api.ApiTokenCommand;
import org.ariadne.api.ApiTokens;
import org.ariadne.api.TokenScope;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.UserAccounts;
import org.ariadne.security.UserCommand;
import org.ariadne.support.Unique;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The reporting plan of {@link ReportingFixture} with real accounts (a token belongs to an account that exists): a
 * focal point of the police and one of the shelter, an M&E officer and a member, and a way to make their tokens.
 */
final class ApiFixture {

    final ReportingFixture plan;
    final PeriodView period;
    final String policeFocal;
    final String shelterFocal;
    final String officer;
    final String member;

    private final UserAccounts accounts;
    private final ApiTokens tokens;

    ApiFixture(PlanEditing editing, Institutions institutions, ReportingSchedules schedules, UserAccounts accounts,
            ApiTokens tokens) {
        this.accounts = accounts;
        this.tokens = tokens;
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        policeFocal = account("police", plan.police, Role.FOCAL_POINT);
        shelterFocal = account("shelter", plan.shelter, Role.FOCAL_POINT);
        officer = account("officer", null, Role.ME_OFFICER);
        member = account("member", null, Role.MEMBER);
    }

    /** One more account (an evaluator's access runs three more months). */
    String account(String prefix, Long institution, Role role) {
        var username = Unique.username("api-" + prefix);
        accounts.createAtStartUp(new UserCommand(username, "Api " + prefix, username + "@test.invalid", institution,
                EnumSet.of(role), role == Role.EVALUATOR ? LocalDate.now().plusMonths(3) : null, true,
                "Api-test-password-2026"));
        return username;
    }

    SignedInUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** A new token of the account, made as that person makes it on their account page. */
    String token(String username, TokenScope scope) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            return tokens.create(new ApiTokenCommand("test " + scope, scope, LocalDate.now().plusDays(30))).token();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    /** Runs {@code work} signed in as the account, as its pages would. */
    void as(String username, Runnable work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        var user = user(username);
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        try {
            work.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
