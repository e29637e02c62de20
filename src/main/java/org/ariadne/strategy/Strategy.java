package org.ariadne.strategy;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A strategy with its texts, its period and the action plans it holds. */
@Table("strategy")
class Strategy implements Audited {

    static final String AUDIT_TYPE = "strategy";

    @Id
    private Long id;
    @Version
    private Integer version;
    private String title;
    private StrategyKind kind;
    private String theme;
    private String vision;
    private String mission;
    private String guidingPrinciples;
    private int startYear;
    private int endYear;
    private boolean demo;
    // the participant (country or entity) whose strategy this is (issue 19 item 2); set once, when made
    private long participantId;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "strategy_id")
    private Set<StrategyPlan> plans = new LinkedHashSet<>();

    Strategy() {
    }

    static Strategy create(StrategyCommand command, boolean demo, long participantId, LocalDateTime now) {
        var strategy = new Strategy();
        strategy.demo = demo;
        strategy.participantId = participantId;
        strategy.createdAt = now;
        strategy.apply(command, now);
        return strategy;
    }

    void apply(StrategyCommand command, LocalDateTime now) {
        title = command.title().strip();
        kind = command.kind();
        theme = clean(command.theme());
        vision = clean(command.vision());
        mission = clean(command.mission());
        guidingPrinciples = clean(command.guidingPrinciples());
        startYear = command.startYear();
        endYear = command.endYear();
        updatedAt = now;
    }

    void add(long planId) {
        plans.add(new StrategyPlan(planId));
    }

    boolean remove(long planId) {
        return plans.remove(new StrategyPlan(planId));
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return title;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public Map<String, Object> auditState() {
        var state = new LinkedHashMap<String, Object>();
        state.put("title", title);
        state.put("kind", kind.name());
        state.put("theme", theme);
        state.put("vision", vision);
        state.put("mission", mission);
        state.put("guidingPrinciples", guidingPrinciples);
        state.put("startYear", startYear);
        state.put("endYear", endYear);
        state.put("plans", plans.stream().map(StrategyPlan::planId).sorted().toList());
        state.put("demo", demo);
        return state;
    }

    Long id() {
        return id;
    }

    long participantId() {
        return participantId;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }

    StrategyKind kind() {
        return kind;
    }

    String theme() {
        return theme;
    }

    String vision() {
        return vision;
    }

    String mission() {
        return mission;
    }

    String guidingPrinciples() {
        return guidingPrinciples;
    }

    int startYear() {
        return startYear;
    }

    int endYear() {
        return endYear;
    }

    boolean demo() {
        return demo;
    }

    Set<StrategyPlan> plans() {
        return plans;
    }

    /** One action plan of the strategy. */
    @Table("strategy_plan")
    record StrategyPlan(long planId) {
    }
}
