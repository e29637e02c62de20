package org.ariadne.demo;

import java.io.IOException;
import java.util.Map;

import org.ariadne.common.spreadsheet.SpreadsheetRefusedException;
import org.ariadne.institutions.Institutions;
import org.ariadne.institutions.TerritorialUnitCommand;
import org.ariadne.institutions.TerritorialUnitKind;
import org.ariadne.institutions.TerritorialUnits;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.LocalPlans;
import org.ariadne.plan.PlanEditing;
import org.ariadne.workbook.WorkbookImports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Issue 19: two regions and a municipality, a regional plan of the Prizren region and a municipal plan of
 * Gjakova/Đakovica under the demo national plan, imported from their workbooks (so their elements arrive unmapped,
 * as an imported local plan does) and then mapped in part onto the national objectives; the municipal commission's
 * focal point is the local coordinator {@code local.coordinator}; a few activities carry a status.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoLocalPlans {

    static final String MUNICIPAL_PLAN = "DEMO · Municipality of Gjakova/Đakovica local action plan 2016-2019";
    static final String REGIONAL_PLAN = "DEMO · Regional action plan of the Prizren region 2016-2019";
    static final String COMMISSION = "Municipal Commission against Trafficking Gjakova/Đakovica (demo)";
    static final String SOCIAL_WORK = "Centre for Social Work Gjakova/Đakovica (demo)";
    static final String REGIONAL_POLICE = "Regional Police Directorate Prizren (demo)";

    private final TerritorialUnits units;
    private final Institutions institutions;
    private final WorkbookImports imports;
    private final PlanEditing editing;
    private final LocalPlans local;

    DemoLocalPlans(TerritorialUnits units, Institutions institutions, WorkbookImports imports, PlanEditing editing,
            LocalPlans local) {
        this.units = units;
        this.institutions = institutions;
        this.imports = imports;
        this.editing = editing;
        this.local = local;
    }

    /** The units, the local institutions' places and the two plans; returns the plans' ids (municipal, regional). */
    long[] load(long nationalPlanId) throws IOException, SpreadsheetRefusedException {
        var prizren = units.createDemo(new TerritorialUnitCommand("Prizren region (demo)", TerritorialUnitKind.REGION, null,
                "Rajoni i Prizrenit (demo)", "Prizrenski region (demo)", null));
        var gjakovaRegion = units.createDemo(new TerritorialUnitCommand("Gjakova region (demo)", TerritorialUnitKind.REGION,
                null, "Rajoni i Gjakovës (demo)", "Đakovički region (demo)", null));
        var gjakova = units.createDemo(new TerritorialUnitCommand("Gjakova/Đakovica (demo)",
                TerritorialUnitKind.MUNICIPALITY, gjakovaRegion, "Gjakova (demo)", "Đakovica (demo)", null));
        var directory = institutions.directory();
        units.assignInstitution(directory.find(COMMISSION).orElseThrow().id(), gjakova);
        units.assignInstitution(directory.find(SOCIAL_WORK).orElseThrow().id(), gjakova);
        units.assignInstitution(directory.find(REGIONAL_POLICE).orElseThrow().id(), prizren);

        long municipal = plan(MUNICIPAL_PLAN, "demo/demo-local-plan-gjakova.csv", gjakova, nationalPlanId);
        long regional = plan(REGIONAL_PLAN, "demo/demo-regional-plan-prizren.csv", prizren, nationalPlanId);

        // the municipal plan mapped but for one activity (its objective's mapping carries it in the roll-up)
        map(municipal, nationalPlanId, Map.of("SO 1.1", "SO 1.1", "SO 1.2", "SO 2.2", "A1.2.1", "SO 2.5",
                "SO 1", "SO 1", "A1.2.2", "SO 4.1"));
        // the regional plan's second objective left unmapped: its quality audit lists it
        map(regional, nationalPlanId, Map.of("SO 1", "SO 1", "SO 1.1", "SO 1.2", "A2.1.1", "SO 2.1"));
        // the statuses the local institutions' reports would have given, so that the national dashboard's roll-up
        // shows something (the local plans' quarterly reports are not written by the demo: see the issue note)
        status(municipal, "A1.1.1", ActivityStatus.STARTED);
        status(municipal, "A1.1.2", ActivityStatus.COMPLETED);
        status(municipal, "A1.2.1", ActivityStatus.STARTED);
        status(regional, "A1.1.1", ActivityStatus.CONTINUOUS);
        status(regional, "A2.1.1", ActivityStatus.NOT_STARTED);
        return new long[] {municipal, regional};
    }

    private long plan(String title, String workbook, long unitId, long nationalPlanId)
            throws IOException, SpreadsheetRefusedException {
        var content = new ClassPathResource(workbook).getContentAsByteArray();
        var planId = imports.importAsNewPlan(title, 2016, 2019, workbook.substring(5), content).planId();
        editing.markAsDemo(planId);
        local.place(planId, unitId, nationalPlanId);
        return planId;
    }

    /** Maps local elements (by code) onto national objectives (by code). */
    private void map(long planId, long nationalPlanId, Map<String, String> codes) {
        var targets = local.nationalObjectives(nationalPlanId);
        for (var mapping : local.mappings(planId)) {
            var national = codes.entrySet().stream().filter(code -> numbers(code.getKey()).equals(numbers(mapping.code())))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            if (national != null) {
                var target = targets.stream().filter(t -> numbers(t.code()).equals(numbers(national))).findFirst()
                        .orElseThrow();
                local.map(mapping.kind(), mapping.id(), target.key());
            }
        }
    }

    private void status(long planId, String code, ActivityStatus status) {
        local.mappings(planId).stream().filter(m -> m.kind() == LocalPlans.ElementKind.ACTIVITY)
                .filter(m -> numbers(m.code()).equals(numbers(code))).findFirst()
                .ifPresent(m -> editing.recordStatus(m.id(), status));
    }

    /** "SO 1.2", "1.2" and "A1.2.1" by their numbers, whatever the plan's way of writing codes. */
    private static String numbers(String code) {
        return code.replaceAll("[^0-9.]", "");
    }

    /** The institution of the local coordinator's account. */
    long commission() {
        return institutions.directory().find(COMMISSION).orElseThrow().id();
    }
}
