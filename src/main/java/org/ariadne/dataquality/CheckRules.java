package org.ariadne.dataquality;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

interface CheckRules extends ListCrudRepository<CheckRule, Long> {

    List<CheckRule> findByPlanId(long planId);

    Optional<CheckRule> findByPlanIdAndScopeKeyAndKind(long planId, String scopeKey, CheckKind kind);
}
