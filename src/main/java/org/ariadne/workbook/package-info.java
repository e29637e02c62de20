/**
 * The plan workbook: export a plan to XLSX or CSV and bring a workbook (or the same table as CSV) back in, with a
 * preview of every problem by row and column and of every change, nothing saved until the user confirms, then
 * all or nothing. The layout is documented in the README and is exactly the one export writes. Hostile files
 * are refused by {@code common.spreadsheet} before anything is parsed. Front door: the named interface
 * {@code workbook :: api}, {@link org.ariadne.workbook.WorkbookImports}, which imports a workbook in one call.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Plan workbook",
        allowedDependencies = {"common", "plan :: api", "plan :: changes", "institutions", "audit"})
package org.ariadne.workbook;
