package org.ariadne.plan;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.ariadne.common.CacheSettings;
import org.ariadne.common.NotFoundException;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a whole plan in nine plain queries (no per-element round trips), however large the plan. Whole plans are
 * cached, because every report page, save and dashboard reads the plan it belongs to: a plan changes rarely and is
 * read all the time. A change to a plan evicts that plan alone, once the change is committed.
 */
@Component
class PlanReader {

    private final JdbcClient jdbc;
    private final Cache trees;

    PlanReader(JdbcClient jdbc, CacheManager caches) {
        this.jdbc = jdbc;
        this.trees = Objects.requireNonNull(caches.getCache(CacheSettings.PLAN_TREES));
    }

    /** The activities (not dropped) {@code username} is responsible for, by plan and code. */
    List<WorklistEntry> responsibleFor(String username) {
        return jdbc.sql("""
                        select a.plan_id, p.title as plan_title, a.id, a.code, a.title, a.status, a.status_as_of
                        from activity a join action_plan p on p.id = a.plan_id
                        where a.responsible_username = ? and a.dropped = false
                        order by p.start_year desc, p.id, a.code""")
                .param(username)
                .query((row, n) -> {
                    var asOf = row.getDate("status_as_of");
                    return new WorklistEntry(row.getLong("plan_id"), row.getString("plan_title"), row.getLong("id"),
                            row.getString("code"), row.getString("title"),
                            enumOrNull(ActivityStatus.class, row.getString("status")),
                            asOf == null ? null : asOf.toLocalDate());
                })
                .list();
    }

    List<PlanSummary> summaries() {
        return jdbc.sql("""
                        select p.id, p.title, p.start_year, p.end_year, p.status, p.demo,
                               (select count(*) from strategic_objective s where s.plan_id = p.id) as strategic,
                               (select count(*) from specific_objective s where s.plan_id = p.id) as specific,
                               (select count(*) from activity a where a.plan_id = p.id) as activities,
                               (select count(*) from indicator i where i.plan_id = p.id) as indicators
                        from action_plan p
                        order by p.start_year desc, p.title""")
                .query((row, index) -> new PlanSummary(row.getLong("id"), row.getString("title"), row.getInt("start_year"),
                        row.getInt("end_year"), PlanStatus.valueOf(row.getString("status")), row.getBoolean("demo"),
                        row.getInt("strategic"), row.getInt("specific"), row.getInt("activities"), row.getInt("indicators")))
                .list();
    }

    Optional<PlanHeader> header(long planId) {
        return jdbc.sql("select * from action_plan where id = ?").param(planId)
                .query((row, index) -> new PlanHeader(row.getLong("id"), row.getInt("version"), row.getString("title"),
                        row.getString("vision"), row.getString("mission"), row.getString("guiding_principles"),
                        row.getInt("start_year"), row.getInt("end_year"), PlanStatus.valueOf(row.getString("status")),
                        row.getBoolean("demo")))
                .optional();
    }

    /** The plan an element belongs to. */
    Optional<Long> planOf(String table, long id) {
        if (!List.of("strategic_objective", "specific_objective", "activity", "indicator").contains(table)) {
            throw new IllegalArgumentException(table);
        }
        return jdbc.sql("select plan_id from " + table + " where id = ?").param(id).query(Long.class).optional();
    }

    PlanTree tree(long planId) {
        return trees.get(planId, () -> read(planId));
    }

    @EventListener
    void on(PlanChanged changed) {
        trees.evict(changed.planId());
    }

    private PlanTree read(long planId) {
        var header = header(planId).orElseThrow(() -> NotFoundException.of("plan", planId));
        var indicators = indicators(planId);
        var byActivity = new HashMap<Long, List<IndicatorView>>();
        var bySpecific = new HashMap<Long, List<IndicatorView>>();
        var byStrategic = new HashMap<Long, List<IndicatorView>>();
        for (var indicator : indicators) {
            var target = switch (indicator.owner().kind()) {
                case ACTIVITY -> byActivity;
                case SPECIFIC_OBJECTIVE -> bySpecific;
                case STRATEGIC_OBJECTIVE -> byStrategic;
            };
            target.computeIfAbsent(indicator.owner().id(), key -> new ArrayList<>()).add(indicator);
        }
        var supporting = supportingInstitutions(planId);
        var budgets = budgetLines(planId);
        var activitiesBySpecific = new HashMap<Long, List<ActivityView>>();
        jdbc.sql("select * from activity where plan_id = ? order by position, id").param(planId)
                .query((row, index) -> activity(row, supporting, budgets, byActivity))
                .list()
                .forEach(activity -> activitiesBySpecific.computeIfAbsent(activity.specificObjectiveId(),
                        key -> new ArrayList<>()).add(activity));
        var specificByStrategic = new HashMap<Long, List<SpecificObjectiveNode>>();
        jdbc.sql("select * from specific_objective where plan_id = ? order by position, id").param(planId)
                .query((row, index) -> new SpecificObjectiveNode(row.getLong("id"), row.getInt("version"),
                        row.getLong("strategic_objective_id"), row.getString("code"), row.getString("title"),
                        row.getString("description"), byOwner(bySpecific, row.getLong("id")),
                        byOwner(activitiesBySpecific, row.getLong("id"))))
                .list()
                .forEach(objective -> specificByStrategic.computeIfAbsent(objective.strategicObjectiveId(),
                        key -> new ArrayList<>()).add(objective));
        var objectives = jdbc.sql("select * from strategic_objective where plan_id = ? order by position, id").param(planId)
                .query((row, index) -> new StrategicObjectiveNode(row.getLong("id"), row.getInt("version"),
                        row.getString("code"), row.getString("title"), row.getString("description"),
                        row.getString("thematic_area"), byOwner(byStrategic, row.getLong("id")),
                        byOwner(specificByStrategic, row.getLong("id"))))
                .list();
        return new PlanTree(header, objectives, areas(planId));
    }

    List<PlanArea> areas(long planId) {
        return jdbc.sql("select * from plan_thematic_area where plan_id = ? order by position, id").param(planId)
                .query((row, index) -> new PlanArea(row.getLong("id"), row.getInt("version"), row.getString("code"),
                        row.getString("name"), row.getString("name_sq"), row.getInt("position")))
                .list();
    }

    private static <T> List<T> byOwner(Map<Long, List<T>> grouped, long id) {
        return List.copyOf(grouped.getOrDefault(id, List.of()));
    }

    private ActivityView activity(ResultSet row, Map<Long, List<Long>> supporting, Map<Long, List<BudgetLineView>> budgets,
            Map<Long, List<IndicatorView>> indicators) throws SQLException {
        long id = row.getLong("id");
        var start = row.getDate("start_date");
        var end = row.getDate("end_date");
        return new ActivityView(id, row.getInt("version"), row.getLong("specific_objective_id"), row.getString("code"),
                row.getString("title"), row.getString("description"), row.getString("expected_result"),
                nullableLong(row, "lead_institution_id"), List.copyOf(supporting.getOrDefault(id, List.of())),
                row.getString("responsible_person"), start == null ? null : start.toLocalDate(),
                end == null ? null : end.toLocalDate(), row.getBoolean("continuous"),
                enumOrNull(Frequency.class, row.getString("frequency")), row.getString("means_of_verification"),
                row.getString("assumptions"), row.getString("risks"),
                enumOrNull(ActivityStatus.class, row.getString("status")),
                List.copyOf(budgets.getOrDefault(id, List.of())), byOwner(indicators, id),
                row.getBoolean("dropped"), row.getString("responsible_username"));
    }

    private Map<Long, List<Long>> supportingInstitutions(long planId) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql("""
                        select s.activity_id, s.institution_id from activity_supporting_institution s
                        join activity a on a.id = s.activity_id where a.plan_id = ? order by s.activity_id, s.institution_id""")
                .param(planId)
                .query(row -> {
                    result.computeIfAbsent(row.getLong(1), key -> new ArrayList<>()).add(row.getLong(2));
                });
        return result;
    }

    private Map<Long, List<BudgetLineView>> budgetLines(long planId) {
        var result = new HashMap<Long, List<BudgetLineView>>();
        jdbc.sql("""
                        select b.* from budget_line b join activity a on a.id = b.activity_id
                        where a.plan_id = ? order by b.activity_id, b.line_index""")
                .param(planId)
                .query(row -> {
                    result.computeIfAbsent(row.getLong("activity_id"), key -> new ArrayList<>()).add(new BudgetLineView(
                            nullableInt(row, "budget_year"), FundingSourceKind.valueOf(row.getString("source_kind")),
                            nullableLong(row, "source_institution_id"), row.getBigDecimal("planned_amount"),
                            row.getBigDecimal("secured_amount"), row.getString("currency")));
                });
        return result;
    }

    private List<IndicatorView> indicators(long planId) {
        var targets = new HashMap<Long, TreeMap<Integer, BigDecimal>>();
        jdbc.sql("""
                        select t.indicator_id, t.target_year, t.target_value from indicator_target t
                        join indicator i on i.id = t.indicator_id where i.plan_id = ?""")
                .param(planId)
                .query(row -> {
                    targets.computeIfAbsent(row.getLong(1), key -> new TreeMap<>()).put(row.getInt(2), row.getBigDecimal(3));
                });
        var dimensions = new HashMap<Long, Set<Disaggregation>>();
        jdbc.sql("""
                        select d.indicator_id, d.dimension from indicator_disaggregation d
                        join indicator i on i.id = d.indicator_id where i.plan_id = ?""")
                .param(planId)
                .query(row -> {
                    dimensions.computeIfAbsent(row.getLong(1), key -> EnumSet.noneOf(Disaggregation.class))
                            .add(Disaggregation.valueOf(row.getString(2)));
                });
        return jdbc.sql("select * from indicator where plan_id = ? order by position, id").param(planId)
                .query((row, index) -> {
                    long id = row.getLong("id");
                    return new IndicatorView(id, row.getInt("version"), owner(row), row.getString("name"),
                            ResultLevel.valueOf(row.getString("result_level")),
                            IndicatorType.valueOf(row.getString("indicator_type")), row.getString("unit"),
                            Direction.valueOf(row.getString("direction")), row.getString("numerator"),
                            row.getString("denominator"), row.getBigDecimal("scale_min"), row.getBigDecimal("scale_max"),
                            row.getBigDecimal("baseline_value"), nullableInt(row, "baseline_year"),
                            row.getString("baseline_source"), row.getBigDecimal("target_value"),
                            nullableInt(row, "target_year"),
                            java.util.Collections.unmodifiableSortedMap(targets.getOrDefault(id, new TreeMap<>())),
                            Set.copyOf(dimensions.getOrDefault(id, EnumSet.noneOf(Disaggregation.class))),
                            row.getString("data_source"), row.getString("means_of_verification"),
                            enumOrNull(Frequency.class, row.getString("frequency")),
                            nullableLong(row, "responsible_institution_id"),
                            enumOrNull(Aggregation.class, row.getString("aggregation")));
                })
                .list();
    }

    private static IndicatorOwner owner(ResultSet row) throws SQLException {
        var activity = nullableLong(row, "activity_id");
        if (activity != null) {
            return IndicatorOwner.activity(activity);
        }
        var specific = nullableLong(row, "specific_objective_id");
        if (specific != null) {
            return IndicatorOwner.specificObjective(specific);
        }
        return IndicatorOwner.strategicObjective(row.getLong("strategic_objective_id"));
    }

    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? null : value;
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

}
