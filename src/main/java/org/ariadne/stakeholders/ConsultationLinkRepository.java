package org.ariadne.stakeholders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationLinkRepository extends ListCrudRepository<ConsultationLink, Long> {

    Optional<ConsultationLink> findByTokenHash(String tokenHash);

    List<ConsultationLink> findByRoundIdOrderByOrganisationAsc(long roundId);
}
