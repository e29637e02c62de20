package org.ariadne.security;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select * from user_account order by lower(full_name)")
    List<UserAccount> findAllOrderedByName();

    boolean existsByUsername(String username);

    /**
     * A sign-in, recorded without touching the account's version: signing in is not a change of the account, so
     * neither an administrator's open form nor every open session's account check (AccountSessionCheck, which then
     * reloaded the whole account on the first request after each sign-in, slowing sign-ins under load) takes it for one.
     */
    @Modifying
    @Query("update user_account set failed_logins = 0, locked_until = null, last_login_at = :at where username = :username")
    int recordSuccessfulLogin(String username, LocalDateTime at);

    /**
     * A wrong password counted without touching the account's version: a stranger's guesses must neither make the
     * owner's sessions reload the account nor turn the administrator's open user form into a conflict.
     */
    @Modifying
    @Query("update user_account set failed_logins = failed_logins + 1 where username = :username")
    int recordFailedLogin(String username);

    /** The language the person chose for themselves: not a change to the account that others edit. */
    @Modifying
    @Query("update user_account set preferred_locale = :languageTag where username = :username")
    int preferLocale(String username, String languageTag);
}
