package org.ariadne.training;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface IndicatorLinkRepository extends ListCrudRepository<IndicatorLink, Long> {

    Optional<IndicatorLink> findByIndicatorId(long indicatorId);
}
