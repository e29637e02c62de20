package org.ariadne.risks;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ScenarioRepository extends ListCrudRepository<ContingencyScenario, Long> {

    List<ContingencyScenario> findByPlanIdOrderById(long planId);

    boolean existsByPlanId(long planId);
}
