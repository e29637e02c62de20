package org.ariadne.victimdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.victimdata.linkage.MatchClass;

/**
 * An earlier case the linkage proposed as the same person when a case was registered, with its score and what the
 * officer decided: proposed, confirmed (the cases share one person) or rejected.
 */
public record MatchProposal(long caseId, long earlierCaseId, String earlierReference, String earlierPersonReference,
        LocalDate earlierIdentifiedOn, String earlierInstitution, LocalDate earlierClosedOn, BigDecimal score,
        MatchClass matchClass, Decision decision, String decidedBy, LocalDateTime decidedAt) {

    public enum Decision {
        PROPOSED, CONFIRMED, REJECTED
    }

    public boolean open() {
        return decision == Decision.PROPOSED;
    }
}
