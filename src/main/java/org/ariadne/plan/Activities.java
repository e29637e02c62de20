package org.ariadne.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

interface Activities extends ListCrudRepository<Activity, Long> {

    List<Activity> findBySpecificObjectiveIdOrderByPosition(long specificObjectiveId);

    List<Activity> findByPlanId(long planId);

    /**
     * The activities, each row locked until the transaction ends, so that two accepted reports recorded at once
     * read each other's status instead of both reading the old one and one of them failing on the version (and its
     * status being lost until a restart). In id order, so that two such writers never wait on each other.
     */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<Activity> findByIdInOrderById(Collection<Long> ids);

    Optional<Activity> findByPlanIdAndCode(long planId, String code);

    @Query("select coalesce(max(position), 0) from activity where specific_objective_id = :parentId")
    int maxPosition(long parentId);
}
