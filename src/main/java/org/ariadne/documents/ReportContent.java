package org.ariadne.documents;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report as text, tables and figures, before it is written as DOCX or PDF: both writers render the same content,
 * so the Word document and the PDF always say the same thing. Sections become numbered top-level headings and the
 * entries of the table of contents.
 */
record ReportContent(String title, String subtitle, Locale language, List<String> frontMatter, String contentsHeading,
        String pageLabel, String pageOfLabel, List<Section> sections) {

    record Section(String anchor, String heading, List<Block> blocks) {
    }

    sealed interface Block permits Paragraph, Subheading, Table, Figure, Bullets {
    }

    /** A paragraph; {@code note} for the smaller grey text that says how a figure was made. */
    record Paragraph(String text, boolean note) implements Block {

        static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        static Paragraph noteOf(String text) {
            return new Paragraph(text, true);
        }
    }

    record Subheading(String text) implements Block {
    }

    /**
     * A table with a header row; {@code numeric} marks the columns aligned to the right; {@code codeFirst} when the
     * first column holds codes ("A1.2.10"), which are never broken over two lines.
     */
    record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric, boolean codeFirst)
            implements Block {

        Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) {
            this(header, rows, numeric, false);
        }

        Table {
            Objects.requireNonNull(header);
            rows.forEach(row -> {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
                }
            });
        }
    }

    /** A chart drawn as PNG, with the caption under it; the table behind it follows in the report. */
    record Figure(String caption, byte[] png, int width, int height) implements Block {
    }

    record Bullets(List<String> items) implements Block {
    }

    /**
     * A text as both writers print it: line breaks as "\n", and no other control characters, which would make
     * either file unreadable (text pasted from Word carries vertical tabs and the like).
     */
    static String printable(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").codePoints().filter(c -> c >= 0x20 || c == '\n' || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
