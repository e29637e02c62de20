package org.ariadne.workbook;

import java.util.Map;

import org.ariadne.plan.ImportOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a workbook in one call, through the same upload, preview and confirm steps a person goes through, for
 * trusted callers such as the demo data loader. Unknown institutions are created; any problem refuses the file.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class WorkbookImports {

    private final PlanWorkbooks workbooks;

    WorkbookImports(PlanWorkbooks workbooks) {
        this.workbooks = workbooks;
    }

    @PreAuthorize("hasRole('ME_OFFICER')")
    @Transactional
    public ImportOutcome importAsNewPlan(String title, Integer startYear, Integer endYear, String fileName,
            byte[] content) {
        var token = workbooks.upload(null, title, startYear, endYear, fileName, content);
        // a trusted caller's file names each institution as it is: names holding "and" or "," are created whole
        var decisions = new java.util.HashMap<String, UnknownInstitution.Decision>();
        for (var unknown : workbooks.preview(token, Map.of()).unknownInstitutions()) {
            decisions.put(unknown.key(), unknown.decision().create() || unknown.decision().mappedTo() != null
                    ? unknown.decision() : UnknownInstitution.Decision.create(InstitutionRole.LEAD.guessType(unknown.name())));
        }
        var preview = workbooks.preview(token, decisions);
        if (!preview.canConfirm()) {
            var first = preview.problems().stream().filter(RowProblem::isError).findFirst().orElseThrow();
            throw new IllegalArgumentException(fileName + " has " + preview.errorCount() + " problem(s), first on row "
                    + first.row() + " (" + first.column() + "): " + first.message().getDefaultMessage());
        }
        return workbooks.confirm(token, decisions, false);
    }
}
