/**
 * Reports generated from the data: the annual implementation report and the quarterly summary, structured like the
 * plan (summary, status of every activity, indicator progress, budget planned vs spent, achievements, problems,
 * ratings and corrective actions, recommendations), and the yearly report to the government (the National
 * Rapporteur's report: the plan's progress, then the parts other modules write through
 * {@link org.ariadne.documents.GovernmentReportPart}, then the next steps), as an editable Word document (DOCX) and as
 * PDF with the charts, page numbers and a table of contents, in the language chosen. Generation runs in the background
 * with its progress on the page. Public surface: the {@link org.ariadne.documents.GeneratedDocuments} facade and its
 * records; the port {@code documents :: spi} and the writers {@code documents :: writers}; the finished documents
 * reach the publish step through {@link org.ariadne.publication.PublishableDocuments}. The next year's operational
 * plan is read through the reporting module's port ({@code reporting :: spi}), which the operational plans answer:
 * this module cannot depend on them, as they use its writers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generated reports",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api", "progress",
                "review :: api", "dashboards :: api", "publication :: spi",
                "reporting :: spi"})
package org.ariadne.documents;
