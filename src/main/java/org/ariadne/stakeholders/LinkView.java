package org.ariadne.stakeholders;

import java.time.LocalDateTime;

/** An outside organisation's link as the office sees it: never its token, only where it stands. */
public record LinkView(long id, int version, long roundId, String organisation, String email, LinkState state,
        LocalDateTime usedAt, LocalDateTime createdAt) {

    public boolean revocable() {
        return state == LinkState.ISSUED;
    }
}
