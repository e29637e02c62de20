package org.ariadne.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Figure;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a report as an editable Word document with Apache POI: real heading styles (so Word and LibreOffice build
 * the navigation pane and the table of contents from them), a table of contents field that is pre-filled with the
 * headings and refreshed with page numbers when the document is opened, page numbers in the footer, tables whose
 * header row repeats on every page, and the charts as pictures.
 */
final class DocxReport {

    /** The width of the text on an A4 page with 2 cm margins, in twentieths of a point. */
    private static final int TEXT_WIDTH_TWIPS = 9638;
    private static final int FIGURE_WIDTH_CM = 16;
    private static final String BORDER = "999999";
    /** About the width of a character of the 9-point table text, and the cell's margins, in twentieths of a point. */
    private static final int TWIPS_PER_CHARACTER = 105;
    private static final int CELL_PADDING_TWIPS = 240;

    private DocxReport() {
    }

    static byte[] write(ReportContent content) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            styles(document);
            page(document);
            footer(document, content.pageLabel(), content.pageOfLabel());
            document.getProperties().getCoreProperties().setTitle(content.title());
            document.getProperties().getCoreProperties().setCreator("Ariadne");
            front(document, content);
            contents(document, content);
            int number = 0;
            for (var section : content.sections()) {
                number++;
                var heading = document.createParagraph();
                heading.setStyle("Heading1");
                heading.setPageBreak(number == 1);
                bookmark(heading, section.anchor(), number + ". " + section.heading(), number);
                for (var block : section.blocks()) {
                    if (block instanceof Paragraph paragraph) {
                        paragraph(document, paragraph);
                    } else if (block instanceof Subheading subheading) {
                        var p = document.createParagraph();
                        p.setStyle("Heading2");
                        put(p.createRun(), subheading.text());
                    } else if (block instanceof Table table) {
                        table(document, table);
                    } else if (block instanceof Figure figure) {
                        figure(document, figure);
                    } else if (block instanceof Bullets bullets) {
                        bullets(document, bullets.items());
                    }
                }
            }
            document.getSettings().setUpdateFields();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void front(XWPFDocument document, ReportContent content) {
        var title = document.createParagraph();
        title.setStyle("Title");
        put(title.createRun(), content.title());
        var subtitle = document.createParagraph();
        subtitle.setStyle("Subtitle");
        put(subtitle.createRun(), content.subtitle());
        content.frontMatter().forEach(line -> put(document.createParagraph().createRun(), line));
    }

    /**
     * A TOC field with the headings already in it, so that the contents show even where fields are never updated;
     * Word and LibreOffice add the page numbers when they update it (the document asks them to on opening).
     */
    private static void contents(XWPFDocument document, ReportContent content) {
        var heading = document.createParagraph();
        heading.setStyle("TOCHeading");
        put(heading.createRun(), content.contentsHeading());
        var first = document.createParagraph();
        first.setStyle("TOC1");
        fieldChar(first, STFldCharType.BEGIN);
        first.createRun().getCTR().addNewInstrText().setStringValue(" TOC \\o \"1-1\" \\h \\z \\u ");
        fieldChar(first, STFldCharType.SEPARATE);
        int number = 0;
        XWPFParagraph line = first;
        for (var section : content.sections()) {
            number++;
            if (number > 1) {
                line = document.createParagraph();
                line.setStyle("TOC1");
            }
            put(line.createRun(), number + ". " + section.heading());
        }
        fieldChar(line, STFldCharType.END);
    }

    private static void fieldChar(XWPFParagraph paragraph, STFldCharType.Enum type) {
        paragraph.createRun().getCTR().addNewFldChar().setFldCharType(type);
    }

    private static void bookmark(XWPFParagraph paragraph, String name, String text, int id) {
        var start = paragraph.getCTP().addNewBookmarkStart();
        start.setName(name);
        start.setId(BigInteger.valueOf(id));
        put(paragraph.createRun(), text);
        paragraph.getCTP().addNewBookmarkEnd().setId(BigInteger.valueOf(id));
    }

    private static void paragraph(XWPFDocument document, Paragraph paragraph) {
        var p = document.createParagraph();
        if (paragraph.note()) {
            p.setStyle("Note");
        }
        put(p.createRun(), paragraph.text());
    }

    private static void bullets(XWPFDocument document, List<String> items) {
        for (var item : items) {
            var p = document.createParagraph();
            p.setStyle("ListBullet");
            put(p.createRun(), "\u2022 " + item);
        }
    }

    private static void table(XWPFDocument document, Table content) {
        int columns = content.header().size();
        XWPFTable table = document.createTable(content.rows().size() + 1, columns);
        table.setWidth(TEXT_WIDTH_TWIPS);
        table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER);
        var widths = widths(content);
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (var row : table.getRows()) {
            for (int c = 0; c < columns; c++) {
                var cell = row.getCell(c).getCTTc();
                var width = (cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr()).addNewTcW();
                width.setType(STTblWidth.DXA);
                width.setW(BigInteger.valueOf(widths[c]));
            }
        }
        var header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            cell(header.getCell(c).getParagraphs().get(0), content.header().get(c), true, content.numeric().get(c));
            header.getCell(c).setColor("E8EEF4");
        }
        for (int r = 0; r < content.rows().size(); r++) {
            var row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            for (int c = 0; c < columns; c++) {
                cell(row.getCell(c).getParagraphs().get(0), content.rows().get(r).get(c), false, content.numeric().get(c));
            }
            if (content.codeFirst()) {
                // a code such as "A1.2.10" is read as one word: never broken over two lines
                var properties = row.getCell(0).getCTTc().isSetTcPr() ? row.getCell(0).getCTTc().getTcPr()
                        : row.getCell(0).getCTTc().addNewTcPr();
                properties.addNewNoWrap();
            }
        }
        document.createParagraph();
    }

    /**
     * Column widths in twentieths of a point, from what the columns hold: Word would otherwise make every column
     * equally narrow. Each column first gets room for its longest word (a code, "Completed", "2016-Q4" is never
     * broken); what is left of the page goes to the text columns, in proportion to how much text they hold.
     */
    static int[] widths(Table content) {
        int columns = content.header().size();
        var least = new double[columns];
        var share = new double[columns];
        double leastSum = 0;
        double shareSum = 0;
        for (int c = 0; c < columns; c++) {
            int longestWord = longestWord(content.header().get(c));
            double total = 0;
            for (var row : content.rows()) {
                longestWord = Math.max(longestWord, longestWord(row.get(c)));
                total += row.get(c) == null ? 0 : row.get(c).length();
            }
            least[c] = Math.min(longestWord * TWIPS_PER_CHARACTER + CELL_PADDING_TWIPS, TEXT_WIDTH_TWIPS / 4.0);
            boolean compact = content.numeric().get(c) || (c == 0 && content.codeFirst());
            share[c] = compact || content.rows().isEmpty() ? 0 : total / content.rows().size();
            leastSum += least[c];
            shareSum += share[c];
        }
        double left = TEXT_WIDTH_TWIPS - leastSum;
        var widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            double width = left <= 0 ? least[c] * TEXT_WIDTH_TWIPS / leastSum
                    : least[c] + (shareSum > 0 ? left * share[c] / shareSum : left / columns);
            widths[c] = (int) Math.round(width);
        }
        return widths;
    }

    private static int longestWord(String text) {
        int longest = 0;
        if (text != null) {
            for (var word : text.split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
        }
        return longest;
    }

    private static void cell(XWPFParagraph paragraph, String text, boolean bold, boolean numeric) {
        paragraph.setStyle("TableText");
        if (numeric) {
            paragraph.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = paragraph.createRun();
        run.setBold(bold);
        put(run, text);
    }

    /** Text into a run, {@link ReportContent#printable printable}, its line breaks as breaks. */
    private static void put(XWPFRun run, String text) {
        var lines = ReportContent.printable(text).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void figure(XWPFDocument document, Figure figure) {
        var p = document.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        double width = Units.EMU_PER_CENTIMETER * FIGURE_WIDTH_CM;
        double height = width * figure.height() / figure.width();
        try {
            p.createRun().addPicture(new ByteArrayInputStream(figure.png()), Document.PICTURE_TYPE_PNG,
                    "chart.png", (int) width, (int) height);
        } catch (Exception e) {
            throw new IllegalStateException("A chart could not be placed in the document", e);
        }
        var caption = document.createParagraph();
        caption.setStyle("Caption");
        put(caption.createRun(), figure.caption());
    }

    /** A4 with 2 cm margins and "Page n of m" in the footer. */
    private static void page(XWPFDocument document) {
        var sect = document.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        var margins = sect.addNewPgMar();
        var twoCentimetres = BigInteger.valueOf(1134);
        margins.setTop(twoCentimetres);
        margins.setBottom(twoCentimetres);
        margins.setLeft(twoCentimetres);
        margins.setRight(twoCentimetres);
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));
    }

    private static void footer(XWPFDocument document, String page, String of) {
        var policy = new XWPFHeaderFooterPolicy(document);
        var footer = policy.createFooter(XWPFHeaderFooterPolicy.DEFAULT);
        var p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        put(p.createRun(), page + " ");
        p.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        put(p.createRun(), " " + of + " ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES \\* MERGEFORMAT");
    }

    private static void styles(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        style(styles, "Normal", "Normal", null, false, 21, 0, false, null);
        style(styles, "Title", "Title", "Normal", true, 40, 0, false, null);
        style(styles, "Subtitle", "Subtitle", "Normal", false, 28, 0, false, "44546A");
        style(styles, "Heading1", "heading 1", "Normal", true, 32, 1, true, "1F3864");
        style(styles, "Heading2", "heading 2", "Normal", true, 25, 2, true, "1F3864");
        style(styles, "TOCHeading", "TOC Heading", "Normal", true, 32, 0, true, "1F3864");
        style(styles, "TOC1", "toc 1", "Normal", false, 21, 0, false, null);
        style(styles, "Caption", "caption", "Normal", false, 18, 0, false, "44546A");
        style(styles, "Note", "Note", "Normal", false, 18, 0, false, "595959");
        style(styles, "ListBullet", "List Bullet", "Normal", false, 21, 0, false, null);
        style(styles, "TableText", "Table Text", "Normal", false, 18, 0, false, null);
    }

    /**
     * A paragraph style. {@code outline} 1 and 2 make it a heading of that level (what the TOC field collects);
     * sizes are in half-points.
     */
    private static void style(XWPFStyles styles, String id, String name, String basedOn, boolean bold, int halfPoints,
            int outline, boolean keepNext, String color) {
        var style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn != null) {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        var paragraph = style.addNewPPr();
        if (outline > 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline - 1));
            var spacing = paragraph.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(outline == 1 ? 360 : 240));
            spacing.setAfter(BigInteger.valueOf(120));
        } else {
            paragraph.addNewSpacing().setAfter(BigInteger.valueOf("TableText".equals(id) ? 0 : 120));
        }
        if (keepNext) {
            paragraph.addNewKeepNext();
        }
        var run = style.addNewRPr();
        var fonts = run.addNewRFonts();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (color != null) {
            run.addNewColor().setVal(color);
        }
        styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style, styles));
    }
}
