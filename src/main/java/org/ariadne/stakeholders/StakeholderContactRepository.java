package org.ariadne.stakeholders;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface StakeholderContactRepository extends ListCrudRepository<Contact, Long> {

    List<Contact> findByInstitutionIdOrderByNameAsc(long institutionId);

    List<Contact> findAllByOrderByNameAsc();

    List<Contact> findAllByParticipantIdOrderByNameAsc(long participantId);
}
