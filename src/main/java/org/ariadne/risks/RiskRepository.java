package org.ariadne.risks;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface RiskRepository extends ListCrudRepository<Risk, Long> {

    List<Risk> findByPlanIdOrderById(long planId);
}
