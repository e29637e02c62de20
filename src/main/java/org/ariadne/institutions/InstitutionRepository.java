package org.ariadne.institutions;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface InstitutionRepository extends ListCrudRepository<Institution, Long> {

    /** Names are unique within a participant (issue 19): two countries may each have a Ministry of Interior. */
    @Query("select * from institution where name_key = :nameKey and participant_id = :participant")
    Optional<Institution> findByNameKey(String nameKey, long participant);

    @Query("select i.* from institution i join institution_alias a on a.institution_id = i.id"
            + " where a.alias_key = :key and i.participant_id = :participant")
    Optional<Institution> findByAliasKey(String key, long participant);

    @Query("select count(*) > 0 from institution where name_key = :nameKey and participant_id = :participant")
    boolean existsByNameKey(String nameKey, long participant);
}
