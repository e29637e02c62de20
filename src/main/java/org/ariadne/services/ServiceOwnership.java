package org.ariadne.services;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.stereotype.Component;

/** Whose directory the services' addresses name (issue 19): a service is its participant's. */
@Component
class ServiceOwnership implements ParticipantOwnership {

    private final Services services;

    ServiceOwnership(Services services) {
        this.services = services;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/services/{}", (id, address) -> services.participantOf(Long.parseLong(id)));
    }
}
