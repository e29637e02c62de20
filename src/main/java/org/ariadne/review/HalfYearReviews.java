package org.ariadne.review;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface HalfYearReviews extends ListCrudRepository<HalfYearReview, Long> {

    Optional<HalfYearReview> findByPlanIdAndHalfYear(long planId, String halfYear);

    List<HalfYearReview> findByPlanId(long planId);
}
