package org.ariadne.victimdata;

import java.util.List;

/** A case just registered, with the earlier cases proposed as the same person (best first). */
public record Registered(long id, String reference, List<MatchProposal> proposals) {
}
