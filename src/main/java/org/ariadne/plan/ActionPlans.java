package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ActionPlans extends ListCrudRepository<ActionPlan, Long> {
}
