package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface SpecificObjectives extends ListCrudRepository<SpecificObjective, Long> {

    List<SpecificObjective> findByStrategicObjectiveIdOrderByPosition(long strategicObjectiveId);

    List<SpecificObjective> findByPlanId(long planId);

    Optional<SpecificObjective> findByPlanIdAndCode(long planId, String code);

    @Query("select coalesce(max(position), 0) from specific_objective where strategic_objective_id = :parentId")
    int maxPosition(long parentId);
}
