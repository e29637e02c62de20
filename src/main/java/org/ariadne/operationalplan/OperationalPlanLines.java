package org.ariadne.operationalplan;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

/** The lines of the operational plans. */
interface OperationalPlanLines extends ListCrudRepository<OperationalPlanLine, Long> {

    List<OperationalPlanLine> findByOperationalPlanIdOrderByPosition(long operationalPlanId);
}
