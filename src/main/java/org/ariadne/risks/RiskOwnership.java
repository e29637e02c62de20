package org.ariadne.risks;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.stereotype.Component;

/** Whose risk or contingency scenario an address names (issue 19): its plan's participant's. */
@Component
class RiskOwnership implements ParticipantOwnership {

    private final RiskRepository risks;
    private final ScenarioRepository scenarios;
    private final Plans plans;

    RiskOwnership(RiskRepository risks, ScenarioRepository scenarios, Plans plans) {
        this.risks = risks;
        this.scenarios = scenarios;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "/risks/{}", (id, address) -> risks.findById(Long.parseLong(id)).map(Risk::planId)
                        .flatMap(plans::participantOf),
                "/scenarios/{}", (id, address) -> scenarios.findById(Long.parseLong(id))
                        .map(ContingencyScenario::planId).flatMap(plans::participantOf));
    }
}
