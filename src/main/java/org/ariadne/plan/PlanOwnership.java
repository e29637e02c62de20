package org.ariadne.plan;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose plan an address names (issue 19): a plan, its thematic areas, objectives, activities and indicators belong to
 * the participant of their plan.
 */
@Component
class PlanOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    PlanOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner plan = (id, address) -> ofPlan(Long.parseLong(id));
        Owner strategic = (id, address) -> ofElement("strategic_objective", id);
        Owner specific = (id, address) -> ofElement("specific_objective", id);
        Owner activity = (id, address) -> ofElement("activity", id);
        Owner indicator = (id, address) -> ofElement("indicator", id);
        return Map.of("planId", plan, "/plans/{}", plan,
                "/strategic-objectives/{}", strategic,
                "/specific-objectives/{}", specific,
                "/activities/{}", activity, "activityId", activity,
                "/indicators/{}", indicator, "indicatorId", indicator,
                "areaId", (id, address) -> ofElement("plan_thematic_area", id));
    }

    private Optional<Long> ofPlan(long planId) {
        return jdbc.sql("select participant_id from action_plan where id = ?").param(planId).query(Long.class)
                .optional();
    }

    // the table is one of the plan's own, named above, never taken from the address
    private Optional<Long> ofElement(String table, String id) {
        return jdbc.sql("select p.participant_id from " + table + " e join action_plan p on p.id = e.plan_id where e.id = ?")
                .param(Long.parseLong(id)).query(Long.class).optional();
    }
}
