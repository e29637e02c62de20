package org.ariadne.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.ariadne.security.Role;
import org.ariadne.security.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The office accounts that may be an activity's responsible person: the enabled accounts of M&E officers and
 * coordinators, who collect an activity's data and rate it in the half-year review.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
@PreAuthorize("isAuthenticated()")
public class ResponsibleAccounts {

    /** One account that may be named responsible, by its sign-in name and its full name. */
    public record Account(String username, String fullName) {
    }

    private final UserAccounts accounts;

    ResponsibleAccounts(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The accounts that may be named, by full name. */
    public List<Account> choosable() {
        var byUsername = new LinkedHashMap<String, Account>();
        Stream.concat(accounts.holdersOf(Role.ME_OFFICER).stream(), accounts.holdersOf(Role.COORDINATOR).stream())
                .forEach(holder -> byUsername.putIfAbsent(holder.username(),
                        new Account(holder.username(), holder.fullName())));
        return byUsername.values().stream()
                .sorted(java.util.Comparator.comparing(Account::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** Full names by sign-in name, for showing who is responsible. */
    public Map<String, String> names() {
        var names = new LinkedHashMap<String, String>();
        choosable().forEach(account -> names.put(account.username(), account.fullName()));
        return names;
    }

    boolean mayBeResponsible(String username) {
        return choosable().stream().anyMatch(account -> account.username().equals(username));
    }
}
