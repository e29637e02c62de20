package org.ariadne.strategy;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.stereotype.Component;

/** Whose strategy an address names (issue 19): each strategy belongs to one participant. */
@Component
class StrategyOwnership implements ParticipantOwnership {

    private final StrategyRepository strategies;

    StrategyOwnership(StrategyRepository strategies) {
        this.strategies = strategies;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/strategies/{}", (id, address) -> strategies.findById(Long.parseLong(id)).map(Strategy::participantId));
    }
}
