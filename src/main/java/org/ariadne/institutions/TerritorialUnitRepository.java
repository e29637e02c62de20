package org.ariadne.institutions;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface TerritorialUnitRepository extends ListCrudRepository<TerritorialUnit, Long> {

    Optional<TerritorialUnit> findByNameKey(String nameKey);
}
