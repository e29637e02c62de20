package org.ariadne.operationalplan;

import java.util.List;

/**
 * New activities another module proposes for a year of a plan (the recommendations tracker: activities proposed to
 * answer a recommendation), shown on that year's operational plan page under "Proposed from recommendations" so that
 * the officer drafting it sees them. This module only shows them: it does not know the tracker.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ProposedActivities {

    /** The activities proposed for {@code year} of plan {@code planId} that the current reader may see. */
    List<Proposal> proposals(long planId, int year);

    /**
     * One proposed activity: its title, the institution proposed to lead it (or null), what it answers ("GRETA
     * third round · § 12") and the page where it is proposed.
     */
    record Proposal(String title, String institutionName, String answers, String url) {
    }
}
