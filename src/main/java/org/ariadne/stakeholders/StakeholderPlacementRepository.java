package org.ariadne.stakeholders;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface StakeholderPlacementRepository extends ListCrudRepository<Placement, Long> {

    List<Placement> findByPlanId(long planId);

    Optional<Placement> findByPlanIdAndInstitutionId(long planId, long institutionId);
}
