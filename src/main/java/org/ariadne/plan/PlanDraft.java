package org.ariadne.plan;

import java.util.List;
import java.util.Set;

/**
 * A whole plan as read from a workbook, before anything is saved: the elements in file order, each with the
 * row it came from (for messages), and which fields the file carried at all. Institutions are ids: the importer
 * resolves names first (new institutions get negative placeholder ids until they are created).
 */
public record PlanDraft(List<StrategicObjectiveDraft> objectives, Set<PlanField> fields) {

    public PlanDraft {
        objectives = List.copyOf(objectives);
        fields = Set.copyOf(fields);
    }

    public record StrategicObjectiveDraft(int row, StrategicObjectiveCommand objective, List<IndicatorDraft> indicators,
            List<SpecificObjectiveDraft> specificObjectives) {
    }

    public record SpecificObjectiveDraft(int row, SpecificObjectiveCommand objective, List<IndicatorDraft> indicators,
            List<ActivityDraft> activities) {
    }

    public record ActivityDraft(int row, ActivityCommand activity, List<IndicatorDraft> indicators) {
    }

    public record IndicatorDraft(int row, IndicatorCommand indicator) {
    }
}
