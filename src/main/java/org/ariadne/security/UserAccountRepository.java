package org.ariadne.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserAccountRepository extends ListCrudRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    @Query("select * from user_account order by lower(full_name)")
    List<UserAccount> findAllOrderedByName();

    boolean existsByUsername(String username);
}
