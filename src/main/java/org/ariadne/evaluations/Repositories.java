package org.ariadne.evaluations;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface EvaluationRepository extends ListCrudRepository<Evaluation, Long> {

    List<Evaluation> findAllByOrderByIdDesc();

    List<Evaluation> findByPlanIdOrderById(long planId);
}

interface TeamMemberRepository extends ListCrudRepository<TeamMember, Long> {

    List<TeamMember> findByEvaluationIdOrderById(long evaluationId);

    List<TeamMember> findByUsername(String username);

    Optional<TeamMember> findByEvaluationIdAndUsername(long evaluationId, String username);
}

interface CriterionAssessmentRepository extends ListCrudRepository<CriterionAssessment, Long> {

    List<CriterionAssessment> findByEvaluationId(long evaluationId);

    Optional<CriterionAssessment> findByEvaluationIdAndCriterion(long evaluationId, Criterion criterion);
}

interface QuestionRepository extends ListCrudRepository<Question, Long> {

    List<Question> findByEvaluationIdOrderByNumber(long evaluationId);

    @Query("select coalesce(max(number), 0) from evaluation_question where evaluation_id = :evaluationId")
    int lastNumber(long evaluationId);
}

interface StatementRepository extends ListCrudRepository<Statement, Long> {

    List<Statement> findByEvaluationIdOrderByKindAscNumberAsc(long evaluationId);

    @Query("select coalesce(max(number), 0) from evaluation_statement where evaluation_id = :evaluationId and kind = :kind")
    int lastNumber(long evaluationId, String kind);
}

interface EvaluationRecommendationRepository extends ListCrudRepository<Recommendation, Long> {

    List<Recommendation> findByEvaluationIdOrderById(long evaluationId);

    boolean existsByEvaluationIdAndReference(long evaluationId, String reference);
}

interface EvaluationFileRepository extends ListCrudRepository<EvaluationFile, Long> {
}
