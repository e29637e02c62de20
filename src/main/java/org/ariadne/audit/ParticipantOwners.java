package org.ariadne.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The owners of the records the trail writes about, asked of the modules that answer the participant guard (issue 19),
 * so that the trail needs neither their tables nor their facades: the key of a plan is {@code planId}, of an
 * institution {@code institutionId}, and so on. A key nobody answers has no owner.
 */
@Component
class ParticipantOwners {

    /** The guard's key that finds the owner of each type of element that is a root of its own. */
    static final Map<String, String> ROOTS = Map.of("plan", "planId", "institution", "institutionId",
            "territorial-unit", "/territorial-units/{}", "holiday", "/reporting/holidays/{}", "user", "/admin/users/{}");

    // looked up at the first use: the answers are other modules' beans, and the trail is needed before they are made
    private final ObjectProvider<ParticipantOwnership> modules;
    private volatile Map<String, ParticipantOwnership.Owner> owners;

    ParticipantOwners(ObjectProvider<ParticipantOwnership> modules) {
        this.modules = modules;
    }

    /** The participant owning the record the key names; empty when nobody answers or there is no such record. */
    Optional<Long> of(String key, long id) {
        var owner = owners().get(key);
        if (owner == null) {
            return Optional.empty();
        }
        return owner.of(Long.toString(id), Map.of());
    }

    /** The participant owning an element of the type (a plan, an institution ...); empty for other types. */
    Optional<Long> ofElement(String entityType, Long entityId) {
        var key = ROOTS.get(entityType);
        return key == null || entityId == null ? Optional.empty() : of(key, entityId);
    }

    private Map<String, ParticipantOwnership.Owner> owners() {
        if (owners == null) {
            var all = new HashMap<String, ParticipantOwnership.Owner>();
            modules.orderedStream().forEach(module -> all.putAll(module.owners()));
            owners = all;
        }
        return owners;
    }
}
