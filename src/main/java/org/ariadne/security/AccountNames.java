package org.ariadne.security;

import org.ariadne.common.PersonNames;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Full names of account holders for pages that show who did something. */
@Component
class AccountNames implements PersonNames {

    private final UserAccountRepository accounts;

    AccountNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public String displayName(String username) {
        if (username == null) {
            return null;
        }
        return accounts.findByUsername(UserAccounts.normalise(username)).map(UserAccount::fullName).orElse(username);
    }
}
