package org.ariadne.institutions;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface TerritorialUnitRepository extends ListCrudRepository<TerritorialUnit, Long> {

    /** Unit names are unique within a participant (issue 19): two countries may each have a region called North. */
    @Query("select * from territorial_unit where name_key = :nameKey and participant_id = :participant")
    Optional<TerritorialUnit> findByNameKey(String nameKey, long participant);
}
