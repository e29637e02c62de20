package org.ariadne.operationalplan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The operational plans, one per plan and year. */
interface OperationalPlanRecords extends ListCrudRepository<OperationalPlan, Long> {

    Optional<OperationalPlan> findByPlanIdAndPlanYear(long planId, int planYear);

    List<OperationalPlan> findByPlanIdOrderByPlanYear(long planId);
}
