package org.ariadne.strategy;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface StrategyRepository extends ListCrudRepository<Strategy, Long> {

    List<Strategy> findAllByOrderByStartYearDescTitle();

    @Query("select s.* from strategy s join strategy_plan p on p.strategy_id = s.id where p.plan_id = :planId")
    Optional<Strategy> findByPlan(long planId);
}
