package org.ariadne.recommendations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.ariadne.documents.ReportContent;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The follow-up of one source (a GRETA round) for one year as a GRETA questionnaire answer is laid out: a table with
 * the recommendation (its paragraph reference first, in bold), the measures taken in the year (each follow-up note,
 * with the institution whose measures they are) and the evidence (the note's evidence, the files it holds, the links).
 * The header row repeats on every page; the rows follow the source's paragraph order.
 */
final class FollowUpWordTable {

    /** The texts around the table, in the language of the document. */
    record Labels(String title, String subtitle, String recommendation, String measures, String evidence,
            String noMeasures, String file) {
    }

    private static final int[] WIDTHS = {3600, 3300, 2400};

    private FollowUpWordTable() {
    }

    static byte[] write(List<RecommendationView> recommendations, int year, Locale language, Labels labels) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            var title = document.createParagraph();
            title.setStyle("Title");
            run(title, labels.title(), true, 16);
            var subtitle = document.createParagraph();
            run(subtitle, labels.subtitle(), false, 11);
            var table = document.createTable(recommendations.size() + 1, 3);
            table.setWidth(WIDTHS[0] + WIDTHS[1] + WIDTHS[2]);
            table.getCTTbl().getTblPr().getTblW().setType(STTblWidth.DXA);
            for (var border : new XWPFBorderType[] {XWPFBorderType.SINGLE}) {
                table.setTopBorder(border, 4, 0, "808080");
                table.setBottomBorder(border, 4, 0, "808080");
                table.setLeftBorder(border, 4, 0, "808080");
                table.setRightBorder(border, 4, 0, "808080");
                table.setInsideHBorder(border, 4, 0, "808080");
                table.setInsideVBorder(border, 4, 0, "808080");
            }
            var header = table.getRow(0);
            header.setRepeatHeader(true);
            var headings = List.of(labels.recommendation(), labels.measures(), labels.evidence());
            for (int c = 0; c < 3; c++) {
                var cell = header.getCell(c);
                width(cell, WIDTHS[c]);
                cell.setColor("E8EEF4");
                run(cell.getParagraphs().get(0), headings.get(c), true, 10);
            }
            for (int r = 0; r < recommendations.size(); r++) {
                var view = recommendations.get(r);
                var row = table.getRow(r + 1);
                for (int c = 0; c < 3; c++) {
                    width(row.getCell(c), WIDTHS[c]);
                }
                var first = row.getCell(0).getParagraphs().get(0);
                if (view.paragraph() != null) {
                    run(first, view.paragraph(), true, 10);
                    first = row.getCell(0).addParagraph();
                }
                run(first, view.text(language), false, 10);
                var notes = view.followUps(year);
                lines(row.getCell(1), notes.isEmpty() ? List.of(labels.noMeasures()) : notes.stream()
                        .map(note -> (note.institutionName() == null ? "" : note.institutionName() + ": ")
                                + note.measures()).toList());
                var evidence = new ArrayList<String>();
                for (var note : notes) {
                    if (note.evidence() != null) {
                        evidence.add(note.evidence());
                    }
                    if (note.fileName() != null) {
                        evidence.add(labels.file() + ": " + note.fileName());
                    }
                    evidence.addAll(note.links());
                }
                lines(row.getCell(2), evidence.isEmpty() ? List.of("—") : evidence);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFTableCell cell, List<String> lines) {
        var paragraph = cell.getParagraphs().get(0);
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                paragraph = cell.addParagraph();
            }
            run(paragraph, lines.get(i), false, 10);
        }
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, int size) {
        var run = paragraph.createRun();
        run.setBold(bold);
        run.setFontSize(size);
        var printable = ReportContent.printable(text);
        var parts = printable.split("\n", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(parts[i]);
        }
    }

    private static void width(XWPFTableCell cell, int twips) {
        var properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var width = properties.addNewTcW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(twips));
    }
}
