package org.ariadne.regional;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.stereotype.Component;

/** A regional indicator belongs to the regional body, not to a participant: its address names no one's record. */
@Component
class RegionalOwnership implements ParticipantOwnership {

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/regional/indicators/{}", (id, address) -> Optional.empty());
    }
}
