package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Activities extends ListCrudRepository<Activity, Long> {

    List<Activity> findBySpecificObjectiveIdOrderByPosition(long specificObjectiveId);

    List<Activity> findByPlanId(long planId);

    Optional<Activity> findByPlanIdAndCode(long planId, String code);

    @Query("select coalesce(max(position), 0) from activity where specific_objective_id = :parentId")
    int maxPosition(long parentId);
}
