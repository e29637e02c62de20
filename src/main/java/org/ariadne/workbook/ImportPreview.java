package org.ariadne.workbook;

import java.util.List;

import org.ariadne.plan.ImportComparison;

/**
 * Everything the preview page shows: the problems of the file (by row and column), the unknown institutions and
 * what will happen to them, what the import would change in the plan, and the elements of the file that will not
 * be imported (refused, or under a refused parent) so that none disappears unnamed; the sheets the officer may
 * choose from, and the columns whose meaning the officer gives (or gave for this layout before); the thematic areas
 * the file names that the plan does not have, each with what becomes of it, and the plan's areas to map them to.
 */
public record ImportPreview(String token, String fileName, String sheet, Long planId, String planTitle, int startYear, int endYear,
        List<RowProblem> problems, List<UnknownInstitution> unknownInstitutions, ImportComparison comparison,
        List<RefusedElement> refusedElements, List<String> sheets, List<ColumnQuestion> columns,
        java.util.Map<String, String> columnChoices, List<UnknownArea> unknownAreas,
        List<org.ariadne.plan.PlanArea> planAreas) {

    public ImportPreview {
        unknownAreas = unknownAreas == null ? List.of() : List.copyOf(unknownAreas);
        planAreas = planAreas == null ? List.of() : List.copyOf(planAreas);
    }

    public ImportPreview(String token, String fileName, String sheet, Long planId, String planTitle, int startYear,
            int endYear, List<RowProblem> problems, List<UnknownInstitution> unknownInstitutions,
            ImportComparison comparison) {
        this(token, fileName, sheet, planId, planTitle, startYear, endYear, problems, unknownInstitutions, comparison,
                List.of(), List.of(), List.of(), java.util.Map.of(), List.of(), List.of());
    }

    /** True when the officer may choose which of several sheets holds the plan. */
    public boolean offersSheets() {
        return sheets.size() > 1;
    }

    public long errorCount() {
        return problems.stream().filter(RowProblem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }

    public boolean canConfirm() {
        return errorCount() == 0;
    }

    /**
     * What this preview says the import would do: the plan's changes, the unknown institutions and what becomes of
     * them, and how many problems block it. A confirmation whose preview had another fingerprint is refused.
     */
    public String fingerprint() {
        return org.ariadne.common.upload.PendingUploads.fingerprint(planId, planTitle, startYear, endYear,
                comparison.changes(), unknownInstitutions.stream().map(u -> List.of(u.key(), u.rows(),
                        String.valueOf(u.suggestion() == null ? null : u.suggestion().id()), u.decision())).toList(),
                errorCount(), sheet, new java.util.TreeMap<>(columnChoices),
                unknownAreas.stream().map(a -> List.of(a.key(), a.rows(), a.decision())).toList());
    }
}
