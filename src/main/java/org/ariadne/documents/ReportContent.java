package org.ariadne.documents;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report as text, tables and figures, before it is written as DOCX or PDF: both writers render the same content,
 * so the Word document and the PDF always say the same thing. Sections become numbered top-level headings and the
 * entries of the table of contents. Public, with {@link ReportWriters}, for the modules that write a document of
 * their own the way the annual report is written ({@code documents :: writers}).
 */
@org.springframework.modulith.NamedInterface("writers")
public record ReportContent(String title, String subtitle, Locale language, List<String> frontMatter, String contentsHeading,
        String pageLabel, String pageOfLabel, List<Section> sections) {

    @org.springframework.modulith.NamedInterface("writers")
    public record Section(String anchor, String heading, List<Block> blocks) {
    }

    @org.springframework.modulith.NamedInterface("writers")
    public sealed interface Block permits Paragraph, Subheading, Table, Figure, Bullets {
    }

    /** A paragraph; {@code note} for the smaller grey text that says how a figure was made. */
    @org.springframework.modulith.NamedInterface("writers")
    public record Paragraph(String text, boolean note) implements Block {

        public static Paragraph of(String text) {
            return new Paragraph(text, false);
        }

        public static Paragraph noteOf(String text) {
            return new Paragraph(text, true);
        }
    }

    @org.springframework.modulith.NamedInterface("writers")
    public record Subheading(String text) implements Block {
    }

    /**
     * A table with a header row; {@code numeric} marks the columns aligned to the right; {@code codeFirst} when the
     * first column holds codes ("A1.2.10"), which are never broken over two lines.
     */
    @org.springframework.modulith.NamedInterface("writers")
    public record Table(List<String> header, List<List<String>> rows, List<Boolean> numeric, boolean codeFirst)
            implements Block {

        public Table(List<String> header, List<List<String>> rows, List<Boolean> numeric) {
            this(header, rows, numeric, false);
        }

        public Table {
            Objects.requireNonNull(header);
            rows.forEach(row -> {
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("row of " + row.size() + " cells under " + header.size() + " columns");
                }
            });
        }
    }

    /** A chart drawn as PNG, with the caption under it; the table behind it follows in the report. */
    @org.springframework.modulith.NamedInterface("writers")
    public record Figure(String caption, byte[] png, int width, int height) implements Block {
    }

    @org.springframework.modulith.NamedInterface("writers")
    public record Bullets(List<String> items) implements Block {
    }

    /**
     * A text as both writers print it: line breaks as "\n", and no other control characters, which would make
     * either file unreadable (text pasted from Word carries vertical tabs and the like).
     */
    public static String printable(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").codePoints().filter(c -> c >= 0x20 || c == '\n' || c == '\t')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
