package org.ariadne.plan;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which participant (issue 19) a plan or an indicator belongs to, for the modules that work across participants (the
 * regional comparison) or must offer a person its own participant's plans only (the regional mapping).
 */
@Service
@PreAuthorize("isAuthenticated()")
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class PlanParticipants {

    private final JdbcClient jdbc;
    private final Plans plans;

    PlanParticipants(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** The participant's national plans (those of no region or municipality) the reader may read, newest first. */
    public List<PlanSummary> nationalPlansOf(long participantId) {
        Set<Long> ids = Set.copyOf(jdbc.sql("""
                        select id from action_plan where participant_id = ? and territorial_unit_id is null""")
                .param(participantId).query(Long.class).list());
        return plans.list().stream().filter(plan -> ids.contains(plan.id())).toList();
    }

    /** The participant of the plan an indicator belongs to; empty when there is no such indicator. */
    public Optional<Long> participantOfIndicator(long indicatorId) {
        return jdbc.sql("""
                        select p.participant_id from indicator i join action_plan p on p.id = i.plan_id
                        where i.id = ?""")
                .param(indicatorId).query(Long.class).optional();
    }
}
