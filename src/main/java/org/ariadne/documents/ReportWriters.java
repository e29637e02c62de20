package org.ariadne.documents;

/**
 * The writers of the annual report, for a document another module builds as {@link ReportContent} (the annual
 * operational plan): the same Word document (heading styles, table of contents, page numbers, repeated table headers)
 * and the same PDF (fonts, charts, page numbers) as the annual report.
 */
@org.springframework.modulith.NamedInterface("writers")
public final class ReportWriters {

    private ReportWriters() {
    }

    public static byte[] docx(ReportContent content) {
        return DocxReport.write(content);
    }

    public static byte[] pdf(ReportContent content) {
        return PdfReport.write(content);
    }
}
