package org.ariadne.stakeholders;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface ConsultationCommentRepository extends ListCrudRepository<ConsultationComment, Long> {

    List<ConsultationComment> findByRoundIdOrderBySubmittedAtAscIdAsc(long roundId);
}
