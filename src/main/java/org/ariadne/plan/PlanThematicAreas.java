package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PlanThematicAreas extends ListCrudRepository<PlanThematicArea, Long> {

    List<PlanThematicArea> findByPlanIdOrderByPosition(long planId);

    Optional<PlanThematicArea> findByPlanIdAndCode(long planId, String code);

    @Query("select coalesce(max(position), 0) from plan_thematic_area where plan_id = :planId")
    int maxPosition(long planId);

    @Query("select count(*) from strategic_objective where plan_id = :planId and thematic_area = :code")
    int objectivesIn(long planId, String code);
}
