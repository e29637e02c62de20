package org.ariadne.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.List;
import java.util.logging.Level;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Figure;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;

/**
 * Writes a report as PDF with openhtmltopdf: the content as XHTML with print CSS, which gives "Page n of m" in the
 * footer, a table of contents with the page of each section (CSS {@code target-counter}), PDF bookmarks, table
 * header rows repeated on every page, and the charts as pictures. Text is always escaped: what institutions wrote
 * in their reports is printed, never interpreted. With the DejaVu fonts installed (Debian fonts-dejavu-core) they
 * are embedded and every alphabet prints; without them the PDF standard fonts cover the Latin alphabets.
 */
final class PdfReport {

    private static final List<String> FONT_DIRECTORIES = List.of("/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF");

    static final String CSS = """
            @page { size: A4; margin: 20mm 18mm 22mm 18mm;
                    @bottom-center { content: "%s " counter(page) " %s " counter(pages); font-size: 8pt; color: #595959; font-family: %s; } }
            @page :first { @bottom-center { content: none; } }
            body { font-family: %s; font-size: 10pt; line-height: 1.35; color: #1a1a1a; }
            h1.title { font-size: 22pt; color: #1f3864; margin: 40mm 0 4mm 0; }
            p.subtitle { font-size: 14pt; color: #44546a; margin-bottom: 12mm; }
            .front p { margin: 1mm 0; }
            h2.contents { font-size: 16pt; color: #1f3864; page-break-before: always; }
            ul.toc { list-style: none; padding: 0; }
            ul.toc li { margin: 2mm 0; }
            ul.toc a { color: #1a1a1a; text-decoration: none; }
            ul.toc a::after { content: leader('.') target-counter(attr(href), page); }
            h1.section { font-size: 16pt; color: #1f3864; margin-top: 8mm; page-break-after: avoid; }
            h1.first { page-break-before: always; }
            h2 { font-size: 12.5pt; color: #1f3864; page-break-after: avoid; }
            p.note { font-size: 8.5pt; color: #595959; }
            table { width: 100%%; border-collapse: collapse; margin: 2mm 0 5mm 0; -fs-table-paginate: paginate; }
            thead { display: table-header-group; }
            tr { page-break-inside: avoid; }
            th { background: #e8eef4; text-align: left; font-weight: bold; }
            th, td { border: 0.5pt solid #999999; padding: 1.2mm 1.5mm; font-size: 8.5pt; vertical-align: top; }
            .num { text-align: right; }
            td.code { white-space: nowrap; }
            div.figure { text-align: center; margin: 3mm 0 1mm 0; page-break-inside: avoid; }
            div.figure img { width: 160mm; }
            p.caption { text-align: center; font-size: 8.5pt; color: #44546a; margin-top: 0; }
            li { margin-bottom: 1.5mm; }
            li, td { white-space: pre-line; }
            """;

    static {
        // the renderer logs every stylesheet it parses and every timing at INFO: only its warnings are worth reading
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private PdfReport() {
    }

    static byte[] write(ReportContent content) {
        if (PdfParts.weight(content) > PdfParts.IN_PARTS_ABOVE) {
            return PdfParts.write(content, PdfParts.PART_WEIGHT);
        }
        return render(html(content, fontFamily()));
    }

    /** The CSS font family the report is written in: DejaVu Sans where the machine has it. */
    static String fontFamily() {
        return fonts() == null ? "Helvetica, sans-serif" : "'DejaVu Sans', sans-serif";
    }

    /** One XHTML document as PDF, tagged (PDF/UA) when the DejaVu fonts are there to embed. */
    static byte[] render(String html) {
        return render(html, true);
    }

    /** One XHTML document as PDF; tagged when {@code tagged} and the DejaVu fonts are there to embed. */
    static byte[] render(String html, boolean tagged) {
        var fonts = fonts();
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (fonts != null) {
                builder.useFont(new File(fonts, "DejaVuSans.ttf"), "DejaVu Sans", 400,
                        PdfRendererBuilder.FontStyle.NORMAL, true);
                var bold = new File(fonts, "DejaVuSans-Bold.ttf");
                if (bold.isFile()) {
                    builder.useFont(bold, "DejaVu Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
                }
            }
            if (fonts != null && tagged) {
                // tagged PDF (PDF/UA): headings, lists, tables and figures with their alternative text reach screen
                // readers; it needs every font embedded, which DejaVu is (without it the PDF stays untagged)
                builder.usePdfUaAccessibility(true);
            }
            builder.withProducer("Ariadne");
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder with DejaVuSans.ttf, or null when the machine has no DejaVu fonts. */
    static File fonts() {
        return FONT_DIRECTORIES.stream().map(File::new).filter(dir -> new File(dir, "DejaVuSans.ttf").isFile())
                .findFirst().orElse(null);
    }

    static String html(ReportContent content, String fontFamily) {
        var numbered = numbered(content.sections());
        var html = head(content, fontFamily, CSS.formatted(quoted(content.pageLabel()), quoted(content.pageOfLabel()),
                fontFamily, fontFamily), numbered);
        front(html, content);
        html.append("<ul class=\"toc\">");
        numbered.forEach(section -> html.append("<li><a href=\"#").append(escape(section.section().anchor()))
                .append("\">").append(escape(section.heading())).append("</a></li>"));
        html.append("</ul>");
        numbered.forEach(section -> section(html, section, section.number() == 1));
        return html.append("</body></html>").toString();
    }

    /** A section with its number in the document, as its heading, bookmark and entry of the contents show it. */
    record Numbered(int number, Section section) {

        String heading() {
            return number + ". " + section.heading();
        }
    }

    static List<Numbered> numbered(List<Section> sections) {
        var numbered = new java.util.ArrayList<Numbered>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            numbered.add(new Numbered(i + 1, sections.get(i)));
        }
        return numbered;
    }

    /** The document up to its body's first element: language, description, style and a bookmark per section. */
    static StringBuilder head(ReportContent content, String fontFamily, String css, List<Numbered> bookmarked) {
        var html = new StringBuilder(64 * 1024);
        html.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
                .append(escape(content.language().toLanguageTag())).append("\"><head><meta charset=\"UTF-8\"/>")
                // PDF/UA asks for a description of the document; without one the tagged PDF is not compliant
                .append("<meta name=\"description\" content=\"")
                .append(escape(content.subtitle() == null ? content.title() : content.title() + " – " + content.subtitle()))
                .append("\"/><meta name=\"subject\" content=\"").append(escape(content.title()))
                .append("\"/><title>").append(escape(content.title())).append("</title><style>")
                .append(escape(css)).append("</style><bookmarks>");
        bookmarked.forEach(section -> html.append("<bookmark name=\"").append(escape(section.heading()))
                .append("\" href=\"#").append(escape(section.section().anchor())).append("\"/>"));
        return html.append("</bookmarks></head><body>");
    }

    /** The title page and the heading of the contents. */
    static void front(StringBuilder html, ReportContent content) {
        html.append("<h1 class=\"title\">").append(escape(content.title())).append("</h1>");
        html.append("<p class=\"subtitle\">").append(escape(content.subtitle())).append("</p><div class=\"front\">");
        content.frontMatter().forEach(line -> html.append("<p>").append(escape(line)).append("</p>"));
        html.append("</div><h2 class=\"contents\">").append(escape(content.contentsHeading())).append("</h2>");
    }

    /** A section's heading (anchored, for the contents and the bookmarks) and its blocks. */
    static void section(StringBuilder html, Numbered section, boolean first) {
        heading(html, section, first);
        blocks(html, section.section().blocks());
    }

    static void heading(StringBuilder html, Numbered section, boolean first) {
        html.append("<h1 class=\"section").append(first ? " first" : "").append("\" id=\"")
                .append(escape(section.section().anchor())).append("\">").append(escape(section.heading()))
                .append("</h1>");
    }

    static void blocks(StringBuilder html, List<Block> blocks) {
        for (var block : blocks) {
            if (block instanceof Paragraph paragraph) {
                html.append(paragraph.note() ? "<p class=\"note\">" : "<p>").append(escape(paragraph.text()))
                        .append("</p>");
            } else if (block instanceof Subheading subheading) {
                html.append("<h2>").append(escape(subheading.text())).append("</h2>");
            } else if (block instanceof Table table) {
                table(html, table);
            } else if (block instanceof Figure figure) {
                html.append("<div class=\"figure\"><img alt=\"").append(escape(figure.caption()))
                        .append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(figure.png())).append("\"/></div>")
                        .append("<p class=\"caption\">").append(escape(figure.caption())).append("</p>");
            } else if (block instanceof Bullets bullets) {
                html.append("<ul>");
                bullets.items().forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
                html.append("</ul>");
            }
        }
    }

    private static void table(StringBuilder html, Table table) {
        html.append("<table><thead><tr>");
        for (int c = 0; c < table.header().size(); c++) {
            html.append(table.numeric().get(c) ? "<th class=\"num\">" : "<th>").append(escape(table.header().get(c)))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (var row : table.rows()) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                var cell = table.numeric().get(c) ? "<td class=\"num\">"
                        : c == 0 && table.codeFirst() ? "<td class=\"code\">" : "<td>";
                html.append(cell).append(escape(row.get(c))).append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
    }

    /** A text as a CSS string literal. */
    static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** A {@link ReportContent#printable printable} text, XML-escaped. */
    static String escape(String text) {
        var printable = ReportContent.printable(text);
        var out = new StringBuilder(printable.length() + 16);
        printable.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
