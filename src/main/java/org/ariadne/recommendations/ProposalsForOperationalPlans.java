package org.ariadne.recommendations;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.operationalplan.ProposedActivities;
import org.springframework.stereotype.Component;

/** The activities proposed in the tracker for a year of a plan, for that year's operational plan page. */
@Component
class ProposalsForOperationalPlans implements ProposedActivities {

    private final Recommendations recommendations;

    ProposalsForOperationalPlans(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public List<Proposal> proposals(long planId, int year) {
        var proposals = new ArrayList<Proposal>();
        var filter = new TrackerFilter(planId, null, null, null, null, null, false, false, null);
        for (var view : recommendations.list(filter)) {
            for (var proposed : view.proposals()) {
                if (proposed.year() == year) {
                    proposals.add(new Proposal(proposed.title(), proposed.institutionName(),
                            view.source().label() + (view.paragraph() == null ? "" : " · " + view.paragraph()),
                            "/recommendations/" + view.id()));
                }
            }
        }
        return proposals;
    }
}
