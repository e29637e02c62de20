package org.ariadne.institutions;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    Optional<Institution> findByNameKey(String nameKey);

    @Query("select i.* from institution i join institution_alias a on a.institution_id = i.id where a.alias_key = :key")
    Optional<Institution> findByAliasKey(String key);

    boolean existsByNameKey(String nameKey);
}
