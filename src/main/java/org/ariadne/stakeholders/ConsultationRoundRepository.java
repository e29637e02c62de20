package org.ariadne.stakeholders;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationRoundRepository extends ListCrudRepository<ConsultationRound, Long> {

    List<ConsultationRound> findByPlanIdOrderByOpensOnDescIdDesc(long planId);
}
