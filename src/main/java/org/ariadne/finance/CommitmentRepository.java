package org.ariadne.finance;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CommitmentRepository extends ListCrudRepository<Commitment, Long> {

    List<Commitment> findByPlanIdOrderById(long planId);
}
