package org.ariadne.services;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface SupportServiceRepository extends ListCrudRepository<SupportService, Long> {

    List<SupportService> findAllByOrderByServiceTypeAscNameAsc();

    List<SupportService> findAllByParticipantIdOrderByServiceTypeAscNameAsc(long participantId);
}
