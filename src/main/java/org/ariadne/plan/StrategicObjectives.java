package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StrategicObjectives extends ListCrudRepository<StrategicObjective, Long> {

    List<StrategicObjective> findByPlanIdOrderByPosition(long planId);

    Optional<StrategicObjective> findByPlanIdAndCode(long planId, String code);

    @Query("select coalesce(max(position), 0) from strategic_objective where plan_id = :planId")
    int maxPosition(long planId);
}
