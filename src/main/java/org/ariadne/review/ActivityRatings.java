package org.ariadne.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface ActivityRatings extends ListCrudRepository<ActivityRating, Long> {

    List<ActivityRating> findByPlanIdAndHalfYear(long planId, String halfYear);

    List<ActivityRating> findByPlanId(long planId);

    Optional<ActivityRating> findByActivityIdAndHalfYear(long activityId, String halfYear);
}
