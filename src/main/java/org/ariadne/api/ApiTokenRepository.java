package org.ariadne.api;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ApiTokenRepository extends ListCrudRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    @Query("select * from api_token where user_account_id = :userAccountId order by created_at desc, id desc")
    List<ApiToken> findByOwner(long userAccountId);

    @Query("select count(*) from api_token where user_account_id = :userAccountId and revoked_at is null"
            + " and expires_on >= :today")
    int countActive(long userAccountId, java.time.LocalDate today);

    /** A use of the token, recorded without touching its version: using a token is not a change of it. */
    @Modifying
    @Query("update api_token set last_used_at = :at where id = :id")
    int recordUse(long id, LocalDateTime at);
}
