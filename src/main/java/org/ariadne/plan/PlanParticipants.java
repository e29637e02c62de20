package org.ariadne.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which participant a plan, or a record hanging off one, belongs to (issue 19): for the modules whose records take
 * their plan's participant (evaluations, consultation rounds, register-linked indicators). Unnarrowed and free of
 * role checks on purpose: the participant guard asks it before any page runs, and a module filters its own lists
 * with it; it tells owners only, never a plan's content (but {@link #nationalPlansOf}, which reads through
 * {@link Plans} and its rules).
 */
@Service
@NamedInterface("api")
@Transactional(readOnly = true)
public class PlanParticipants {

    private final JdbcClient jdbc;
    // looked up when first needed: Plans asks the territorial scope, which the guard's answers must not wait for
    private final org.springframework.beans.factory.ObjectProvider<Plans> plans;

    PlanParticipants(JdbcClient jdbc, org.springframework.beans.factory.ObjectProvider<Plans> plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /**
     * The participant's national plans (those of no region or municipality) the reader may read, newest first: for
     * the regional comparison and the regional mapping.
     */
    public List<PlanSummary> nationalPlansOf(long participantId) {
        var ids = java.util.Set.copyOf(jdbc.sql(
                        "select id from action_plan where participant_id = ? and territorial_unit_id is null")
                .param(participantId).query(Long.class).list());
        return plans.getObject().list().stream().filter(plan -> ids.contains(plan.id())).toList();
    }

    /** The participant of the plan; empty when there is no such plan. */
    public Optional<Long> ofPlan(long planId) {
        return jdbc.sql("select participant_id from action_plan where id = ?").param(planId).query(Long.class)
                .optional();
    }

    /** The participant of the plan the indicator belongs to; empty when there is no such indicator. */
    public Optional<Long> ofIndicator(long indicatorId) {
        return jdbc.sql("select p.participant_id from indicator i join action_plan p on p.id = i.plan_id "
                + "where i.id = ?").param(indicatorId).query(Long.class).optional();
    }

    /** Every plan's participant, by plan: for a module filtering a list of its records by their plans. */
    public Map<Long, Long> byPlan() {
        var owners = new HashMap<Long, Long>();
        jdbc.sql("select id, participant_id from action_plan").query(row -> {
            owners.put(row.getLong(1), row.getLong(2));
        });
        return owners;
    }
}
