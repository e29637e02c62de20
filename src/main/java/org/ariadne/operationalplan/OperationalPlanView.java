package org.ariadne.operationalplan;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/** A year's operational plan with its lines, due activities first and then the carry-overs, each in plan order. */
public record OperationalPlanView(long id, int version, long planId, int year, OperationalPlanStatus status,
        String draftedBy, LocalDateTime draftedAt, String approvedBy, LocalDateTime approvedAt, String reopenedBy,
        LocalDateTime reopenedAt, String reopenReason, String updatedBy, LocalDateTime updatedAt, List<LineView> lines) {

    public List<LineView> due() {
        return lines.stream().filter(line -> line.kind() == LineKind.DUE).toList();
    }

    public List<LineView> carryOvers() {
        return lines.stream().filter(line -> line.kind() == LineKind.CARRY_OVER).toList();
    }

    /** The lines of the year's work: included due activities and accepted carry-overs. */
    public List<LineView> inTheYear() {
        return lines.stream().filter(line -> line.decision().inTheYear()).toList();
    }

    public long undecided() {
        return lines.stream().filter(line -> line.decision() == LineDecision.PROPOSED).count();
    }

    public boolean approved() {
        return status == OperationalPlanStatus.APPROVED;
    }

    /**
     * The one currency of the year's lines ({@code installation} for lines without their own), or null when they use
     * several: then {@link #totalBudget()} adds up different currencies and must not be shown.
     */
    public String currency(String installation) {
        var currencies = inTheYear().stream().map(line -> line.currency() == null ? installation : line.currency())
                .distinct().toList();
        return currencies.size() > 1 ? null : currencies.isEmpty() ? installation : currencies.get(0);
    }

    /** The year's budget over the lines of its work. */
    public BigDecimal totalBudget() {
        return inTheYear().stream().map(LineView::yearBudget).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public LineView line(long lineId) {
        return lines.stream().filter(line -> line.id() == lineId).findFirst()
                .orElseThrow(() -> OperationalPlanException.noLine(lineId));
    }
}
