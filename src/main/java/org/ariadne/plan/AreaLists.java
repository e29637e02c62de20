package org.ariadne.plan;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.text.NameKey;
import org.springframework.stereotype.Component;

/** Keeps each plan's list of thematic areas: the defaults of a new plan, and areas added by hand or by an import. */
@Component
class AreaLists {

    private final PlanThematicAreas areas;
    private final AuditTrail trail;

    AreaLists(PlanThematicAreas areas, AuditTrail trail) {
        this.areas = areas;
        this.trail = trail;
    }

    List<PlanArea> of(long planId) {
        return areas.findByPlanIdOrderByPosition(planId).stream().map(PlanThematicArea::view).toList();
    }

    /** A new plan starts with the six usual areas, which the office then renames, removes or adds to. */
    void createDefaults(long planId) {
        for (var area : ThematicArea.values()) {
            var saved = areas.save(PlanThematicArea.create(planId, area.name(), area.englishName(),
                    area.albanianName(), area.ordinal() + 1));
            trail.recordCreated(saved);
        }
    }

    /** Adds an area at the end of the plan's list, with a code made from its name. */
    PlanArea add(long planId, String name, String nameSq) {
        var existing = areas.findByPlanIdOrderByPosition(planId);
        for (var area : existing) {
            if (area.view().isCalled(name) || (nameSq != null && !nameSq.isBlank() && area.view().isCalled(nameSq))) {
                throw PlanException.duplicateArea(name);
            }
        }
        var taken = new HashSet<String>();
        existing.forEach(area -> taken.add(area.code()));
        var saved = areas.save(PlanThematicArea.create(planId, codeFor(name, taken), name, nameSq,
                areas.maxPosition(planId) + 1));
        trail.recordCreated(saved);
        return saved.view();
    }

    /** "Identification and referral" is IDENTIFICATION_AND_REFERRAL; a code already taken gets a number. */
    static String codeFor(String name, java.util.Set<String> taken) {
        var base = NameKey.of(name).toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_|_$", "");
        if (base.isEmpty()) {
            base = "AREA";
        }
        if (base.length() > 34) {
            base = base.substring(0, 34);
        }
        var code = base;
        for (int n = 2; taken.contains(code); n++) {
            code = base + "_" + n;
        }
        return code;
    }

    /** The codes of a plan's areas, to check an objective names one of them. */
    List<String> codes(long planId) {
        var codes = new ArrayList<String>();
        areas.findByPlanIdOrderByPosition(planId).forEach(area -> codes.add(area.code()));
        return codes;
    }
}
