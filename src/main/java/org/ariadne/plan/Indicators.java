package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Indicators extends ListCrudRepository<Indicator, Long> {

    List<Indicator> findByActivityIdOrderByPosition(long activityId);

    List<Indicator> findBySpecificObjectiveIdOrderByPosition(long specificObjectiveId);

    List<Indicator> findByStrategicObjectiveIdOrderByPosition(long strategicObjectiveId);

    List<Indicator> findByPlanId(long planId);
}
