package org.ariadne.finance;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.stereotype.Component;

/**
 * Whose commitment or exchange rate an address names (issue 19): a commitment is its plan's participant's; each
 * participant's office records its own rates.
 */
@Component
class FinanceOwnership implements ParticipantOwnership {

    private final CommitmentRepository commitments;
    private final ExchangeRateRepository rates;
    private final Plans plans;

    FinanceOwnership(CommitmentRepository commitments, ExchangeRateRepository rates, Plans plans) {
        this.commitments = commitments;
        this.rates = rates;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of(
                "/commitments/{}", (id, address) -> commitments.findById(Long.parseLong(id)).map(Commitment::planId)
                        .flatMap(plans::participantOf),
                "/finance/rates/{}", (id, address) -> rates.findById(Long.parseLong(id))
                        .map(ExchangeRate::participantId));
    }
}
