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
    private final org.ariadne.plan.LocalPlans local;
    private final PlanQualityRules rules = new PlanQualityRules();

    PlanQuality(Plans plans, Risks risks, org.ariadne.plan.LocalPlans local) {
        this.plans = plans;
        this.risks = risks;
        this.local = local;
    }

    public QualityReport audit(long planId) {
        // a local plan's objectives are also checked for their national objective (issue 19)
        java.util.Set<String> mapped = null;
        if (local.placement(planId).local()) {
            mapped = local.mappings(planId).stream().filter(org.ariadne.plan.LocalPlans.Mapping::mapped)
                    .map(mapping -> switch (mapping.kind()) {
                        case STRATEGIC -> "S:" + mapping.id();
                        case SPECIFIC -> "P:" + mapping.id();
                        case ACTIVITY -> "A:" + mapping.id();
                    }).collect(java.util.stream.Collectors.toSet());
        }
        return rules.check(plans.tree(planId), risks.list(planId, RiskFilter.none()), mapped);
    }
}
