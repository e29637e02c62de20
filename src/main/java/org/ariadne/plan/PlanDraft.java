package org.ariadne.plan;

import java.util.List;
import java.util.Set;

/**
 * A whole plan as read from a workbook, before anything is saved: the elements in file order, each with the
 * row it came from (for messages), and which fields the file carried at all. Institutions are ids: the importer
 * resolves names first (new institutions get negative placeholder ids until they are created).
 */
public record PlanDraft(List<StrategicObjectiveDraft> objectives, Set<PlanField> fields, List<NewArea> newAreas) {

    public PlanDraft {
        objectives = List.copyOf(objectives);
        fields = Set.copyOf(fields);
        newAreas = newAreas == null ? List.of() : List.copyOf(newAreas);
    }

    /** A draft that adds no thematic area to the plan. */
    public PlanDraft(List<StrategicObjectiveDraft> objectives, Set<PlanField> fields) {
        this(objectives, fields, List.of());
    }

    /**
     * A thematic area the file names that the plan does not have, which the officer chose to add: objectives of the
     * draft name it by {@code placeholder} (which starts with {@link #NEW_AREA}) until it is created.
     */
    public record NewArea(String placeholder, String name, String nameSq) {

        public NewArea(String placeholder, String name) {
            this(placeholder, name, null);
        }

        /** The {@code number}-th new area of the draft: "+2 GENERAL MEASURES", at most as long as a code. */
        public static NewArea named(int number, String name) {
            var placeholder = NEW_AREA + number + " " + name.strip();
            return new NewArea(placeholder.length() > 40 ? placeholder.substring(0, 40) : placeholder, name.strip());
        }

        /** The same new area, with its name in Albanian (null for none). */
        public NewArea inAlbanian(String albanian) {
            return new NewArea(placeholder, name, albanian == null || albanian.isBlank() ? null : albanian.strip());
        }
    }

    /** How the area code of an objective in a new area begins: "+1 GENERAL MEASURES". */
    public static final String NEW_AREA = "+";

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
