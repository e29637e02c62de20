package org.ariadne.security;

import java.util.List;

import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * People (user accounts) for the search box, by name, user name or e-mail: for the administrator only, who manages
 * them; everybody else finds no one here (accounts are not a directory).
 */
@Component
class PeopleSearchSource implements SearchSource {

    private final UserAccounts accounts;
    private final MessageSource messages;

    PeopleSearchSource(UserAccounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.people";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        if (!CurrentUser.has(Role.ADMINISTRATOR)) {
            return List.of();
        }
        return accounts.list().stream()
                .map(user -> {
                    var rank = terms.rank(null, user.fullName(), user.username(), user.email());
                    var roles = String.join(", ", user.roles().stream()
                            .map(role -> messages.getMessage(role.messageKey(), null, role.name(), terms.locale()))
                            .toList());
                    return new SearchHit(user.username(), user.fullName(), roles, "/admin/users/" + user.id(), rank);
                })
                .filter(hit -> hit.rank() > SearchTerms.NO_MATCH)
                .sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
