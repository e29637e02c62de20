package org.ariadne.victimdata;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface RegisterIndicatorLinkRepository extends ListCrudRepository<RegisterIndicatorLink, Long> {

    Optional<RegisterIndicatorLink> findByIndicatorId(long indicatorId);
}
