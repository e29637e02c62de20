package org.ariadne.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.text.NameKey;
import org.ariadne.plan.PlanArea;
import org.ariadne.plan.PlanDraft;
import org.ariadne.plan.ThematicArea;

/**
 * The thematic areas of the plan a file goes into, and what the officer chose for areas the file names that the
 * plan does not have. A name is the plan's area when it is one of the area's names (English, Albanian, its code) or
 * a word for one of the six usual areas that the plan has ("Parandalimi", "Превенција"); any other name is a choice
 * on the preview ({@link UnknownArea}), never an error.
 */
final class AreaChoices {

    private final List<PlanArea> areas;
    private final Map<String, UnknownArea.Decision> decisions;
    private final Vocabulary vocabulary;
    private final Map<String, Unknown> unknown = new LinkedHashMap<>();

    AreaChoices(List<PlanArea> areas, Map<String, UnknownArea.Decision> decisions, Vocabulary vocabulary) {
        this.areas = List.copyOf(areas);
        this.decisions = decisions == null ? Map.of() : Map.copyOf(decisions);
        this.vocabulary = vocabulary;
    }

    /** The six areas a new plan starts with, and no choices yet. */
    static AreaChoices defaults(Vocabulary vocabulary) {
        return new AreaChoices(defaultAreas(), Map.of(), vocabulary);
    }

    static List<PlanArea> defaultAreas() {
        var list = new ArrayList<PlanArea>();
        for (var area : ThematicArea.values()) {
            list.add(new PlanArea(0, 0, area.name(), area.englishName(), area.albanianName(), area.ordinal() + 1));
        }
        return list;
    }

    List<PlanArea> areas() {
        return areas;
    }

    /** The same areas and choices, with nothing read yet: one per reading of the file. */
    AreaChoices fresh() {
        return new AreaChoices(areas, decisions, vocabulary);
    }

    /** What a written area resolves to: the plan's area code (or a new area's placeholder), and how it was found. */
    record Resolved(String code, String label, boolean known, UnknownArea.Decision decision) {
    }

    /**
     * The area a cell or section names; an unknown name is recorded (with its row) for the preview and resolved as
     * the officer chose, by default as a new area of the plan.
     */
    Resolved resolve(String written, int row) {
        var name = written.strip();
        for (var area : areas) {
            if (area.isCalled(name)) {
                return new Resolved(area.code(), area.name(), true, null);
            }
        }
        var usual = vocabulary.choice(ThematicArea.class, name);
        if (usual.isPresent()) {
            var area = area(usual.get().name());
            if (area != null) {
                return new Resolved(area.code(), area.name(), true, null);
            }
        }
        var key = NameKey.of(name);
        var item = unknown.computeIfAbsent(key, k -> new Unknown(name, unknown.size() + 1));
        if (!item.rows.contains(row)) {
            item.rows.add(row);
        }
        var decision = decision(key);
        return switch (decision.action()) {
            case ADD -> new Resolved(item.placeholder.placeholder(), name, false, decision);
            case MAP -> new Resolved(decision.mappedTo(), area(decision.mappedTo()).name(), false, decision);
            case NONE -> new Resolved(null, name, false, decision);
        };
    }

    /** A usual area a title names by its words ("Parandalimi i trafikimit"), when the plan has it. */
    PlanArea usual(ThematicArea guessed) {
        return guessed == null ? null : area(guessed.name());
    }

    private UnknownArea.Decision decision(String key) {
        var chosen = decisions.get(key);
        if (chosen == null || (chosen.action() == UnknownArea.Action.MAP && area(chosen.mappedTo()) == null)) {
            // the file's own pillar becomes an area of the plan unless the officer says otherwise
            return UnknownArea.Decision.ADD;
        }
        return chosen;
    }

    private PlanArea area(String code) {
        return code == null ? null : areas.stream().filter(a -> a.code().equals(code)).findFirst().orElse(null);
    }

    /** The names the file uses that the plan does not have, in file order, with the officer's choice. */
    List<UnknownArea> unknown() {
        return unknown.entrySet().stream().map(entry -> new UnknownArea(entry.getValue().name, entry.getKey(),
                entry.getValue().rows, decision(entry.getKey()))).toList();
    }

    /** The areas to add to the plan: the unknown names the officer left as "add". */
    List<PlanDraft.NewArea> newAreas() {
        return unknown.entrySet().stream().filter(entry -> decision(entry.getKey()).action() == UnknownArea.Action.ADD)
                .map(entry -> entry.getValue().placeholder.inAlbanian(decision(entry.getKey()).nameSq())).toList();
    }

    private static final class Unknown {
        final String name;
        final PlanDraft.NewArea placeholder;
        final List<Integer> rows = new ArrayList<>();

        Unknown(String name, int number) {
            this.name = name;
            this.placeholder = PlanDraft.NewArea.named(number, name);
        }
    }
}
