/**
 * Reports generated from the data: the annual implementation report and the quarterly summary, structured like the
 * plan (summary, status of every activity, indicator progress, budget planned vs spent, achievements, problems,
 * ratings and corrective actions, recommendations), as an editable Word document (DOCX) and as PDF with the charts,
 * page numbers and a table of contents, in the language chosen. Generation runs in the background with its progress
 * on the page. Public surface: the {@link org.ariadne.documents.GeneratedDocuments} facade and its records; the
 * finished documents reach the publish step through {@link org.ariadne.publication.PublishableDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Generated reports",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api", "progress",
                "review :: api", "dashboards", "publication :: spi"})
package org.ariadne.documents;
