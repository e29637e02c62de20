package org.ariadne.review;

import java.util.List;

import org.springframework.data.repository.ListCrudRepository;

interface CorrectiveActions extends ListCrudRepository<CorrectiveAction, Long> {

    List<CorrectiveAction> findByPlanId(long planId);

    List<CorrectiveAction> findByPlanIdAndHalfYear(long planId, String halfYear);
}
