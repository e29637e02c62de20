package org.ariadne.documents;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.ariadne.documents.PdfReport.Numbered;
import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Figure;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Table;

/**
 * A long report written as PDF in parts, then joined (issue 11). openhtmltopdf lays a whole document out in memory
 * before it writes a page, and a tagged table's layout grows with the square of its length: the annex of a plan of
 * 4,000 activities (about 800 pages) did not fit in a 512 MB heap. Here each part holds at most
 * {@link #PART_WEIGHT} rows (a long table is cut between rows, its header repeated), so the heap a part needs does not
 * grow with the plan; the parts are joined with PDFBox, which keeps each part's tags (the structure tree), bookmarks
 * and fonts. What a part cannot know is written once the parts are joined: the title page's contents give each
 * section's page, read from where its bookmark landed, and "Page n of m" is drawn on every page but the first, marked
 * as an artifact so that screen readers skip it as they skip the footer of a report written whole. The contents are
 * text here, not links: the bookmarks lead to each section.
 */
final class PdfParts {

    /** Above this weight (about one line of a table each) a report is written in parts. */
    static final int IN_PARTS_ABOVE = 4_000;

    /** Up to this weight a PDF written in parts is tagged (about 450 pages; 170 MB to join them). */
    static final int TAGGED_UP_TO = 10_000;

    /** The weight of one part: about 25 pages of tables. */
    static final int PART_WEIGHT = 500;

    /** A table cut across two parts keeps at least this many rows on each side of the cut. */
    private static final int LEAST_ROWS = 8;

    private static final float FOOTER_SIZE = 8f;
    private static final float FOOTER_GREY = 0x59 / 255f;

    private PdfParts() {
    }

    /**
     * Whether the PDF is tagged for screen readers: up to {@link #TAGGED_UP_TO}. A tagged page of tables is some 800
     * PDF objects (a structure element per cell), which PDFBox holds in memory while it joins the parts: about 7 MB
     * per 22 pages, so that the 800 tagged pages of a plan of 4,000 activities need more than a 512 MB heap to join,
     * where the same pages untagged take a few MB. Above it the PDF is for printing, and the Word file of the same
     * content, whose headings and tables screen readers read, is the accessible one.
     */
    static boolean tagged(ReportContent content) {
        return tagged(content.sections());
    }

    static boolean tagged(List<Section> sections) {
        return weight(sections) <= TAGGED_UP_TO;
    }

    /** About how many table lines a report takes: what the layout's memory and time grow with. */
    static int weight(ReportContent content) {
        return weight(content.sections());
    }

    static int weight(List<Section> sections) {
        return sections.stream().mapToInt(section -> 2 + section.blocks().stream()
                .mapToInt(PdfParts::weight).sum()).sum();
    }

    static int weight(Block block) {
        if (block instanceof Table table) {
            return 1 + table.rows().stream().mapToInt(PdfParts::rowWeight).sum();
        } else if (block instanceof Bullets bullets) {
            return bullets.items().stream().mapToInt(PdfParts::textWeight).sum();
        } else if (block instanceof Figure) {
            return 20;
        } else if (block instanceof Paragraph paragraph) {
            return textWeight(paragraph.text());
        }
        return 1;
    }

    /** A table row: a line, and one more for each 500 characters written in it (a long narrative takes many lines). */
    static int rowWeight(List<String> row) {
        return 1 + row.stream().mapToInt(cell -> cell == null ? 0 : cell.length()).sum() / 500;
    }

    private static int textWeight(String text) {
        return 1 + (text == null ? 0 : text.length() / 500);
    }

    /** What of a section a part holds: its heading when the section begins in the part, and blocks of it. */
    record Piece(Numbered section, boolean opens, List<Block> blocks) {
    }

    /** The document as parts of at most about {@code partWeight} each, in order; a long table is cut between rows. */
    static List<List<Piece>> parts(List<Numbered> sections, int partWeight) {
        var cutter = new Cutter(partWeight);
        sections.forEach(cutter::add);
        return cutter.finish();
    }

    /** Writes {@code content} in parts of about {@code partWeight}, joined into one PDF. */
    static byte[] write(ReportContent content, int partWeight) {
        var fontFamily = PdfReport.fontFamily();
        var css = PdfReport.CSS.formatted("", "", fontFamily, fontFamily)
                // the footer is drawn once the pages are counted; the contents carry their pages as text
                + "@page { @bottom-center { content: none; } }\n"
                + "ul.toc span.entry::after { content: leader('.') attr(data-page); }\n";
        var parts = parts(PdfReport.numbered(content.sections()), partWeight);
        var tagged = tagged(content);
        var rendered = new ArrayList<byte[]>(parts.size());
        // the sections each part opens, in the order of its bookmarks
        var opened = new ArrayList<List<Numbered>>(parts.size());
        for (var part : parts) {
            var opens = part.stream().filter(Piece::opens).map(Piece::section).toList();
            opened.add(opens);
            var html = PdfReport.head(content, fontFamily, css, opens);
            for (var piece : part) {
                if (piece.opens()) {
                    PdfReport.heading(html, piece.section(), false);
                }
                PdfReport.blocks(html, piece.blocks());
            }
            rendered.add(PdfReport.render(html.append("</body></html>").toString(), tagged));
        }
        try {
            // each section's page within the parts after the front, read one part at a time
            var pageOfSection = new HashMap<Integer, Integer>();
            int pagesBefore = 0;
            for (int i = 0; i < rendered.size(); i++) {
                try (var part = Loader.loadPDF(rendered.get(i))) {
                    var outline = part.getDocumentCatalog().getDocumentOutline();
                    var items = outline == null ? List.<PDOutlineItem>of() : outline.children();
                    var sections = opened.get(i).iterator();
                    for (var item : items) {
                        var page = item.findDestinationPage(part);
                        pageOfSection.put(sections.next().number(),
                                pagesBefore + (page == null ? 0 : part.getPages().indexOf(page)) + 1);
                    }
                    pagesBefore += part.getNumberOfPages();
                }
            }
            try (var joined = front(content, fontFamily, css, pageOfSection)) {
                var merger = new PDFMergerUtility();
                // one part in memory at a time besides the joined document: appending copies a part's objects (its
                // pages, tags, bookmarks and fonts) into the joined one, and 22 tagged pages of tables are some 18,000
                // objects
                for (int i = 0; i < rendered.size(); i++) {
                    try (var part = Loader.loadPDF(rendered.get(i))) {
                        merger.appendDocument(joined, part);
                    }
                    rendered.set(i, null);
                }
                paginate(joined, content);
                try (var out = new ByteArrayOutputStream()) {
                    joined.save(out);
                    return out.toByteArray();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The title page and the contents, each section with its page: as many pages as the front itself takes, plus its
     * page in the parts. The front is written again when its own length was guessed wrong (a long contents).
     */
    private static PDDocument front(ReportContent content, String fontFamily, String css,
            Map<Integer, Integer> pageOfSection) throws IOException {
        int frontPages = 2;
        for (int attempt = 0; ; attempt++) {
            var html = PdfReport.head(content, fontFamily, css, List.of());
            PdfReport.front(html, content);
            html.append("<ul class=\"toc\">");
            for (var section : PdfReport.numbered(content.sections())) {
                var page = pageOfSection.get(section.number());
                html.append("<li><span class=\"entry\" data-page=\"")
                        .append(page == null ? "" : String.valueOf(frontPages + page)).append("\">")
                        .append(PdfReport.escape(section.heading())).append("</span></li>");
            }
            var document = Loader.loadPDF(PdfReport.render(html.append("</ul></body></html>").toString(),
                    tagged(content)));
            if (document.getNumberOfPages() == frontPages || attempt == 2) {
                return document;
            }
            frontPages = document.getNumberOfPages();
            document.close();
        }
    }

    /** "Page n of m" at the foot of every page but the title page, as the CSS footer of a report written whole. */
    private static void paginate(PDDocument document, ReportContent content) throws IOException {
        var fonts = PdfReport.fonts();
        PDFont font = fonts == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                : PDType0Font.load(document, new File(fonts, "DejaVuSans.ttf"));
        int pages = document.getNumberOfPages();
        var artifact = new COSDictionary();
        artifact.setName(COSName.TYPE, "Pagination");
        for (int n = 2; n <= pages; n++) {
            var page = document.getPage(n - 1);
            var text = footer(font, content, n, pages);
            var box = page.getMediaBox();
            float width = font.getStringWidth(text) / 1000 * FOOTER_SIZE;
            try (var stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true,
                    true)) {
                stream.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(artifact));
                stream.beginText();
                stream.setFont(font, FOOTER_SIZE);
                stream.setNonStrokingColor(FOOTER_GREY, FOOTER_GREY, FOOTER_GREY);
                // centred in the bottom margin of 22 mm, where the CSS footer of a report written whole stands
                stream.newLineAtOffset(box.getLowerLeftX() + (box.getWidth() - width) / 2,
                        box.getLowerLeftY() + 22 * 72 / 25.4f / 2 - FOOTER_SIZE / 2);
                stream.showText(text);
                stream.endText();
                stream.endMarkedContent();
            }
        }
    }

    /** The footer's words; figures alone where the standard font cannot write them (no DejaVu on the machine). */
    private static String footer(PDFont font, ReportContent content, int page, int pages) throws IOException {
        var text = ReportContent.printable(content.pageLabel() + " " + page + " " + content.pageOfLabel() + " " + pages);
        try {
            font.encode(text);
            return text;
        } catch (IllegalArgumentException notInTheFont) {
            return page + " / " + pages;
        }
    }

    /** Fills parts in order, cutting a table that does not fit between its rows. */
    private static final class Cutter {

        private final int partWeight;
        private final List<List<Piece>> parts = new ArrayList<>();
        private List<Piece> part = new ArrayList<>();
        private List<Block> blocks = new ArrayList<>();
        private Numbered section;
        private boolean opens;
        private int room;

        Cutter(int partWeight) {
            this.partWeight = partWeight;
            this.room = partWeight;
        }

        void add(Numbered next) {
            section = next;
            opens = true;
            blocks = new ArrayList<>();
            room -= 2;
            for (var block : next.section().blocks()) {
                if (block instanceof Table table && table.rows().size() > 1) {
                    addRows(table);
                } else {
                    int weight = weight(block);
                    if (weight > room && !empty()) {
                        newPart();
                    }
                    blocks.add(block);
                    room -= weight;
                }
            }
            if (opens || !blocks.isEmpty()) {
                part.add(new Piece(section, opens, List.copyOf(blocks)));
            }
        }

        private void addRows(Table table) {
            var rows = table.rows();
            int from = 0;
            while (from < rows.size()) {
                int left = rows.size() - from;
                // the rows that fit in what is left of the part, under the header
                int fits = 0;
                for (int used = 1; fits < left && used + rowWeight(rows.get(from + fits)) <= room; fits++) {
                    used += rowWeight(rows.get(from + fits));
                }
                if (fits < Math.min(left, LEAST_ROWS) && !empty()) {
                    newPart();
                    continue;
                }
                int take = Math.max(fits, Math.min(left, LEAST_ROWS));
                if (left - take > 0 && left - take < LEAST_ROWS) {
                    // not a few rows alone at the top of the next part
                    take = left - LEAST_ROWS < LEAST_ROWS ? left : left - LEAST_ROWS;
                }
                var chunk = new Table(table.header(), List.copyOf(rows.subList(from, from + take)), table.numeric(),
                        table.codeFirst());
                blocks.add(chunk);
                room -= weight(chunk);
                from += take;
                if (from < rows.size()) {
                    newPart();
                }
            }
        }

        /** Nothing in the part yet: a block too heavy for it goes in all the same. */
        private boolean empty() {
            return part.isEmpty() && blocks.isEmpty();
        }

        private void newPart() {
            if (!blocks.isEmpty()) {
                part.add(new Piece(section, opens, List.copyOf(blocks)));
                opens = false;
                blocks = new ArrayList<>();
            }
            if (!part.isEmpty()) {
                parts.add(part);
            }
            part = new ArrayList<>();
            room = partWeight;
        }

        List<List<Piece>> finish() {
            if (!part.isEmpty()) {
                parts.add(part);
            }
            return parts;
        }
    }
}
