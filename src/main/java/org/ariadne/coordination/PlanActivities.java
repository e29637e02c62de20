package org.ariadne.coordination;

import java.util.LinkedHashMap;
import java.util.Map;

import org.ariadne.plan.Plans;
import org.springframework.stereotype.Component;

/** The plans' activities by id, labelled "plan · A1.2.3 title", read through {@code plan :: api}. */
@Component
class PlanActivities {

    private final Plans plans;
    private final CoordinationParticipants participants;

    PlanActivities(Plans plans, CoordinationParticipants participants) {
        this.plans = plans;
        this.participants = participants;
    }

    /** The activities of the plans the reader may read, of their own participant only (issue 19). */
    Map<Long, ActivityChoice> all() {
        var choices = new LinkedHashMap<Long, ActivityChoice>();
        for (var plan : plans.list()) {
            if (!participants.seesPlan(plan.id())) {
                continue;
            }
            plans.tree(plan.id()).activities().forEach(activity -> choices.put(activity.id(), new ActivityChoice(
                    activity.id(), plan.title() + " · " + activity.code() + " " + activity.title())));
        }
        return choices;
    }
}
