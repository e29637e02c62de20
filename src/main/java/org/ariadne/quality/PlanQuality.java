package org.ariadne.quality;

import org.ariadne.plan.Plans;
import org.ariadne.risks.RiskFilter;
import org.ariadne.risks.Risks;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit of a plan, for everyone who may read plans. Reads the whole plan once and checks it in memory. */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
public class PlanQuality {

    private final Plans plans;
    private final Risks risks;
    private final PlanQualityRules rules = new PlanQualityRules();

    PlanQuality(Plans plans, Risks risks) {
        this.plans = plans;
        this.risks = risks;
    }

    public QualityReport audit(long planId) {
        return rules.check(plans.tree(planId), risks.list(planId, RiskFilter.none()));
    }
}
