package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface PlanVersionRepository extends ListCrudRepository<PlanVersion, Long> {

    List<PlanVersion> findByPlanIdOrderByNumber(long planId);

    Optional<PlanVersion> findByPlanIdAndNumber(long planId, int number);
}
