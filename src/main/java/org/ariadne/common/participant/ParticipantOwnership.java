package org.ariadne.common.participant;

import java.util.Map;
import java.util.Optional;

/**
 * A module's answer to "which participant owns the record this address names?" (issue 19). {@link ParticipantGuard}
 * asks it for every address a person of one participant opens, before the page or the API call runs, and answers 404
 * when the record belongs to another participant; so isolation does not depend on every controller remembering it.
 *
 * <p>Each module declares the keys it answers for. A key is the name of an address's variable ({@code planId},
 * {@code institutionId}), or, for the generic names {@code id}, {@code ownerId} and {@code parentId}, the address up to
 * that variable with every variable written {@code {}} ({@code /meetings/{}}, {@code /plans/{}/areas/{}}). The
 * {@link Owner} gives the owning participant, or empty when there is no such record (the page then answers 404
 * itself).
 */
public interface ParticipantOwnership {

    /** The keys this module answers for, each with how to find the owner. */
    Map<String, Owner> owners();

    /** Finds the participant owning the record the variable names. */
    @FunctionalInterface
    interface Owner {

        /**
         * @param id the variable's value, as written in the address (not necessarily a number)
         * @param address all the address's variables, for a record named by two ({@code {entityType}/{entityId}})
         */
        Optional<Long> of(String id, Map<String, String> address);
    }
}
