package org.ariadne.recommendations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface SourceRepository extends ListCrudRepository<RecommendationSource, Long> {

    List<RecommendationSource> findAllByOrderByPlanIdAscYearAscNameAscIdAsc();

    List<RecommendationSource> findByPlanIdOrderByYearAscNameAscIdAsc(long planId);

    Optional<RecommendationSource> findByEvaluationId(long evaluationId);
}

interface RecommendationRepository extends ListCrudRepository<Recommendation, Long> {

    List<Recommendation> findBySourceIdInOrderById(Collection<Long> sourceIds);

    Optional<Recommendation> findByEvaluationRecommendationId(long evaluationRecommendationId);

    int countBySourceId(long sourceId);
}

interface FollowUpRepository extends ListCrudRepository<FollowUpNote, Long> {

    List<FollowUpNote> findByRecommendationIdInOrderByYearDescIdDesc(Collection<Long> recommendationIds);
}

interface ResponseRepository extends ListCrudRepository<ManagementResponse, Long> {

    Optional<ManagementResponse> findByRecommendationId(long recommendationId);

    List<ManagementResponse> findByRecommendationIdIn(Collection<Long> recommendationIds);
}
