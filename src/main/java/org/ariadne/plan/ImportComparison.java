package org.ariadne.plan;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What an import would do, shown before anything is saved: every problem by row (and field), and every element
 * that would be added, changed, left as it is, or that the plan has but the file does not.
 */
public record ImportComparison(List<Problem> problems, List<ElementChange> changes) {

    public boolean canApply() {
        return problems.isEmpty();
    }

    public long count(ChangeKind change, ElementKind kind) {
        return changes.stream().filter(c -> c.change() == change && c.kind() == kind).count();
    }

    public long count(ChangeKind change) {
        return changes.stream().filter(c -> c.change() == change).count();
    }

    /** True when importing would change nothing at all (the file is the plan). */
    public boolean isIdentical() {
        return problems.isEmpty() && changes.stream().allMatch(c -> c.change() == ChangeKind.UNCHANGED);
    }

    public enum ChangeKind {
        NEW, CHANGED, UNCHANGED, NOT_IN_FILE
    }

    public enum ElementKind {
        STRATEGIC_OBJECTIVE, SPECIFIC_OBJECTIVE, ACTIVITY, INDICATOR
    }

    /** One element and what would happen to it; {@code fields} names the changed fields. */
    public record ElementChange(ChangeKind change, ElementKind kind, String label, int row, List<String> fields) {
    }

    /** A reason the import cannot go ahead, at a row of the file and, where known, a field. */
    public record Problem(int row, PlanField field, MessageSourceResolvable message) {
    }
}
