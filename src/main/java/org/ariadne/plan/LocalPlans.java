package org.ariadne.plan;

import java.util.List;
import java.util.Optional;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Local and regional plans (issue 19): the territorial unit a plan belongs to and the national plan it follows, and
 * for each of its strategic objectives, specific objectives and activities the national objective (strategic or
 * specific) it contributes to. A national plan has neither unit nor national plan.
 */
@Service
@PreAuthorize("isAuthenticated()")
@org.springframework.modulith.NamedInterface("api")
public class LocalPlans {

    /** A local element: its kind, as the audit trail names it. */
    public enum ElementKind {
        STRATEGIC("strategic_objective", PlanEditing.STRATEGIC),
        SPECIFIC("specific_objective", PlanEditing.SPECIFIC),
        ACTIVITY("activity", PlanEditing.ACTIVITY);

        private final String table;
        private final String auditType;

        ElementKind(String table, String auditType) {
            this.table = table;
            this.auditType = auditType;
        }
    }

    /** Where a plan sits: its unit and national plan, both empty for a national plan. */
    public record Placement(long planId, Long unitId, String unitName, Long nationalPlanId, String nationalPlanTitle) {
        public boolean local() {
            return unitId != null;
        }
    }

    /** A plan of a unit that follows a national plan. */
    public record LocalPlan(long planId, String title, long unitId, String unitName) {
    }

    /** A national objective a local element can map onto: "S" strategic or "P" specific, its id, code and title. */
    public record NationalObjective(String kind, long id, String code, String title) {
        /** The value a form sends for it ("S:12"). */
        public String key() {
            return kind + ":" + id;
        }
    }

    /** A local element and the national objective it maps onto ({@code target} null while unmapped). */
    public record Mapping(ElementKind kind, long id, String code, String title, NationalObjective target) {
        public boolean mapped() {
            return target != null;
        }
    }

    /**
     * What one local plan contributes to one national objective: its activities that map onto it (an activity's own
     * mapping, else its specific objective's, else its strategic objective's), counted by status; {@code delayed} are
     * those past their end date and not completed.
     */
    public record Contribution(NationalObjective objective, LocalPlan plan, int activities, int completed, int underWay,
            int notStarted, int notReported, int delayed) {

        /** Activities neither completed nor delayed. */
        public int onTrack() {
            return activities - completed - delayed;
        }
    }

    private final JdbcClient jdbc;
    private final TerritorialScope scope;
    private final AuditTrail trail;
    private final org.ariadne.institutions.TerritorialUnits units;

    LocalPlans(JdbcClient jdbc, TerritorialScope scope, AuditTrail trail, org.ariadne.institutions.TerritorialUnits units) {
        this.units = units;
        this.jdbc = jdbc;
        this.scope = scope;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public Placement placement(long planId) {
        scope.requireReadable(planId);
        var names = unitNames();
        return jdbc.sql("""
                select p.id, p.territorial_unit_id, p.national_plan_id, n.title as national_title
                from action_plan p left join action_plan n on n.id = p.national_plan_id where p.id = ?""").param(planId)
                .query((row, index) -> {
                    var unit = row.getObject(2, Long.class);
                    return new Placement(row.getLong(1), unit, unit == null ? null : names.get(unit),
                            row.getObject(3, Long.class), row.getString(4));
                })
                .optional().orElseThrow(() -> NotFoundException.of("plan", planId));
    }

    /** The plans that belong to a unit and follow this national plan, by unit. */
    @Transactional(readOnly = true)
    public List<LocalPlan> localPlansOf(long nationalPlanId) {
        var names = unitNames();
        return jdbc.sql("""
                select p.id, p.title, p.territorial_unit_id from action_plan p
                where p.national_plan_id = ? and p.territorial_unit_id is not null""").param(nationalPlanId)
                .query((row, index) -> new LocalPlan(row.getLong(1), row.getString(2), row.getLong(3),
                        names.get(row.getLong(3))))
                .list().stream().filter(plan -> scope.reads(plan.planId()))
                .sorted(java.util.Comparator.comparing(LocalPlan::unitName).thenComparing(LocalPlan::title)).toList();
    }

    /** The national plans a local plan may follow (its participant's plans without a unit, other than itself). */
    @Transactional(readOnly = true)
    public List<PlanSummary> nationalPlans(long planId) {
        // the same participant's national plans only (issue 19 item 2)
        var national = jdbc.sql("""
                select n.id from action_plan n where n.territorial_unit_id is null and n.id <> ?
                and n.participant_id = (select p.participant_id from action_plan p where p.id = ?)""")
                .param(planId).param(planId).query(Long.class).set();
        return jdbc.sql("select id, title, start_year, end_year, status, demo from action_plan order by start_year desc, title")
                .query((row, index) -> new PlanSummary(row.getLong(1), row.getString(2), row.getInt(3), row.getInt(4),
                        PlanStatus.valueOf(row.getString(5)), row.getBoolean(6), 0, 0, 0, 0))
                .list().stream().filter(plan -> national.contains(plan.id())).toList();
    }

    /**
     * Makes the plan a local plan of the unit following the national plan ({@code unitId} null: a national plan
     * again). The national office decides this; the change goes to the trail.
     */
    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public void place(long planId, Long unitId, Long nationalPlanId) {
        var before = placement(planId);
        var national = unitId == null ? null : nationalPlanId;
        // a national plan of the same participant only (issue 19 item 2): a posted id of another's is not one
        if (national != null && (national == planId || jdbc.sql("""
                select count(*) from action_plan n where n.id = ? and n.territorial_unit_id is null
                and n.participant_id = (select p.participant_id from action_plan p where p.id = ?)""")
                .param(national).param(planId).query(Integer.class).single() == 0)) {
            throw PlanException.notANationalPlan();
        }
        jdbc.sql("update action_plan set territorial_unit_id = ?, national_plan_id = ? where id = ?").param(unitId)
                .param(national).param(planId).update();
        var after = placement(planId);
        var title = jdbc.sql("select title from action_plan where id = ?").param(planId).query(String.class).single();
        trail.record(AuditRecord.updated(PlanEditing.PLAN, planId, title, planId,
                AuditRecord.state("territorialUnit", before.unitName(), "nationalPlan", before.nationalPlanTitle()),
                AuditRecord.state("territorialUnit", after.unitName(), "nationalPlan", after.nationalPlanTitle())));
    }

    /** The national plan's objectives, strategic ones each followed by its specific ones, in plan order. */
    @Transactional(readOnly = true)
    public List<NationalObjective> nationalObjectives(long nationalPlanId) {
        var strategic = jdbc.sql("select id, code, title from strategic_objective where plan_id = ? order by position, id")
                .param(nationalPlanId)
                .query((row, index) -> new NationalObjective("S", row.getLong(1), row.getString(2), row.getString(3))).list();
        var specific = jdbc.sql("""
                select s.id, s.code, s.title, s.strategic_objective_id from specific_objective s
                where s.plan_id = ? order by s.position, s.id""").param(nationalPlanId)
                .query((row, index) -> new Object[] {new NationalObjective("P", row.getLong(1), row.getString(2),
                        row.getString(3)), row.getLong(4)}).list();
        var ordered = new java.util.ArrayList<NationalObjective>();
        for (var objective : strategic) {
            ordered.add(objective);
            specific.stream().filter(row -> (long) row[1] == objective.id()).map(row -> (NationalObjective) row[0])
                    .forEach(ordered::add);
        }
        return ordered;
    }

    /** Every strategic objective, specific objective and activity of the local plan with its national objective. */
    @Transactional(readOnly = true)
    public List<Mapping> mappings(long planId) {
        var placement = placement(planId);
        var targets = new java.util.HashMap<String, NationalObjective>();
        if (placement.nationalPlanId() != null) {
            nationalObjectives(placement.nationalPlanId()).forEach(target -> targets.put(target.key(), target));
        }
        var all = new java.util.ArrayList<Mapping>();
        for (var kind : ElementKind.values()) {
            all.addAll(jdbc.sql("select id, code, title, national_strategic_id, national_specific_id from " + kind.table
                    + " where plan_id = ?").param(planId)
                    .query((row, index) -> new Mapping(kind, row.getLong(1), row.getString(2), row.getString(3),
                            target(targets, (Long) row.getObject(4, Long.class), (Long) row.getObject(5, Long.class))))
                    .list());
        }
        all.sort(LocalPlans::byCode);
        return all;
    }

    /**
     * The local contribution to each national objective of the plan, per local plan, in the national plan's order;
     * with {@code unitId}, the plans of that unit and the units below it only. Local plans the reader may not read
     * are left out.
     */
    @Transactional(readOnly = true)
    public List<Contribution> contributions(long nationalPlanId, java.util.Set<Long> units, java.time.LocalDate today) {
        var targets = nationalObjectives(nationalPlanId);
        var byKey = new java.util.HashMap<String, NationalObjective>();
        targets.forEach(target -> byKey.put(target.key(), target));
        var plansById = new java.util.HashMap<Long, LocalPlan>();
        localPlansOf(nationalPlanId).stream().filter(plan -> units == null || units.contains(plan.unitId()))
                .forEach(plan -> plansById.put(plan.planId(), plan));
        var counts = new java.util.LinkedHashMap<String, int[]>();
        if (!plansById.isEmpty()) {
            jdbc.sql("""
                    select a.plan_id, a.status, a.end_date,
                           a.national_specific_id, a.national_strategic_id,
                           sp.national_specific_id, sp.national_strategic_id,
                           st.national_specific_id, st.national_strategic_id
                    from activity a join specific_objective sp on sp.id = a.specific_objective_id
                    join strategic_objective st on st.id = sp.strategic_objective_id
                    join action_plan p on p.id = a.plan_id where p.national_plan_id = ?""").param(nationalPlanId)
                    .query(row -> {
                        if (!plansById.containsKey(row.getLong(1))) {
                            return;
                        }
                        String key = null;
                        for (int column = 4; column <= 8 && key == null; column += 2) {
                            var specific = row.getObject(column, Long.class);
                            var strategic = row.getObject(column + 1, Long.class);
                            key = specific != null ? "P:" + specific : strategic != null ? "S:" + strategic : null;
                        }
                        if (key == null || !byKey.containsKey(key)) {
                            return;
                        }
                        var status = row.getString(2);
                        var end = row.getObject(3, java.time.LocalDate.class);
                        var tally = counts.computeIfAbsent(key + "@" + row.getLong(1), k -> new int[6]);
                        tally[0]++;
                        if ("COMPLETED".equals(status)) {
                            tally[1]++;
                        } else if ("STARTED".equals(status) || "CONTINUOUS".equals(status)) {
                            tally[2]++;
                        } else if ("NOT_STARTED".equals(status)) {
                            tally[3]++;
                        } else {
                            tally[4]++;
                        }
                        if (!"COMPLETED".equals(status) && end != null && end.isBefore(today)) {
                            tally[5]++;
                        }
                    });
        }
        var contributions = new java.util.ArrayList<Contribution>();
        for (var target : targets) {
            plansById.values().stream().sorted(java.util.Comparator.comparing(LocalPlan::unitName).thenComparing(LocalPlan::title))
                    .forEach(plan -> {
                        var tally = counts.get(target.key() + "@" + plan.planId());
                        if (tally != null) {
                            contributions.add(new Contribution(target, plan, tally[0], tally[1], tally[2], tally[3],
                                    tally[4], tally[5]));
                        }
                    });
        }
        return contributions;
    }

    /** The local elements not yet mapped onto a national objective; empty for a national plan. */
    @Transactional(readOnly = true)
    public List<Mapping> unmapped(long planId) {
        return placement(planId).local() ? mappings(planId).stream().filter(mapping -> !mapping.mapped()).toList()
                : List.of();
    }

    /**
     * Maps a local element onto a national objective of the plan's national plan ({@code targetKey} "S:12", "P:34",
     * or empty to unmap). Only who manages the local plan may; the change goes to the trail.
     */
    @Transactional
    public void map(ElementKind kind, long elementId, String targetKey) {
        var planId = jdbc.sql("select plan_id from " + kind.table + " where id = ?").param(elementId).query(Long.class)
                .optional().orElseThrow(() -> NotFoundException.of(kind.table, elementId));
        scope.requireReadable(planId);
        if (!scope.manages(planId)) {
            throw new AccessDeniedException("mapping the elements of plan " + planId);
        }
        var placement = placement(planId);
        var before = mappings(planId).stream().filter(m -> m.kind() == kind && m.id() == elementId).findFirst().orElseThrow();
        NationalObjective target = null;
        if (targetKey != null && !targetKey.isBlank()) {
            target = placement.nationalPlanId() == null ? null
                    : nationalObjectives(placement.nationalPlanId()).stream().filter(t -> t.key().equals(targetKey))
                            .findFirst().orElse(null);
            if (target == null) {
                throw PlanException.notANationalObjective(before.code());
            }
        }
        jdbc.sql("update " + kind.table + " set national_strategic_id = ?, national_specific_id = ? where id = ?")
                .param(target != null && target.kind().equals("S") ? target.id() : null)
                .param(target != null && target.kind().equals("P") ? target.id() : null).param(elementId).update();
        trail.record(AuditRecord.updated(kind.auditType, elementId, before.code() + " " + before.title(), planId,
                AuditRecord.state("nationalObjective", label(before.target())),
                AuditRecord.state("nationalObjective", label(target))));
    }

    /** The regions' and municipalities' names, by id (from the institutions module, which keeps them). */
    private java.util.Map<Long, String> unitNames() {
        var names = new java.util.HashMap<Long, String>();
        units.list().forEach(unit -> names.put(unit.id(), unit.name()));
        return names;
    }

    /** In plan order: 1, 1.1, 1.1.1, 1.1.2, 1.2, 2 (codes compared number by number). */
    private static int byCode(Mapping a, Mapping b) {
        var left = PlanCode.parse(a.code()).map(PlanCode::numbers).orElse(List.of());
        var right = PlanCode.parse(b.code()).map(PlanCode::numbers).orElse(List.of());
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            int order = Integer.compare(left.get(i), right.get(i));
            if (order != 0) {
                return order;
            }
        }
        return left.size() != right.size() ? Integer.compare(left.size(), right.size()) : a.code().compareTo(b.code());
    }

    private static String label(NationalObjective objective) {
        return objective == null ? null : objective.code() + " " + objective.title();
    }

    private static NationalObjective target(java.util.Map<String, NationalObjective> targets, Long strategic, Long specific) {
        return Optional.ofNullable(specific).map(id -> targets.get("P:" + id))
                .or(() -> Optional.ofNullable(strategic).map(id -> targets.get("S:" + id))).orElse(null);
    }
}
