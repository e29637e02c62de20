package org.ariadne.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Table;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11: a report too long to lay out at once in a 512 MB heap (the annex of a plan of thousands of activities) is
 * written in parts and joined. The reader must not be able to tell: every row once and in order, "Page n of m" on
 * every page but the title page, the contents giving the page each section starts on, one bookmark per section
 * leading there, and the tags of every part kept for screen readers. The parts here are small (40 lines) so that a
 * report of a few hundred rows stands for one of thousands.
 */
class PdfPartsUnitTest {

    static final int PART = 40;

    @Test
    void aLongTableIsCutBetweenRowsIntoPartsOfBoundedWeightKeepingEveryRowOnceInOrder() {
        var content = content();
        var parts = PdfParts.parts(PdfReport.numbered(content.sections()), PART);

        assertThat(parts).hasSizeGreaterThan(5);
        var rows = new ArrayList<String>();
        var headings = new ArrayList<Integer>();
        for (var part : parts) {
            int weight = 0;
            for (var piece : part) {
                if (piece.opens()) {
                    headings.add(piece.section().number());
                }
                for (var block : piece.blocks()) {
                    weight += PdfParts.weight(block);
                    if (block instanceof Table table) {
                        assertThat(table.rows()).as("no few rows alone on one side of a cut").hasSizeGreaterThanOrEqualTo(8);
                        table.rows().forEach(row -> rows.add(row.get(0)));
                    }
                }
            }
            assertThat(weight).as("a part's weight").isLessThanOrEqualTo(PART + 8);
        }
        assertThat(headings).containsExactly(1, 2, 3, 4, 5);
        assertThat(rows).containsExactlyElementsOf(content.sections().stream().flatMap(s -> s.blocks().stream())
                .filter(Table.class::isInstance).flatMap(t -> ((Table) t).rows().stream()).map(r -> r.get(0)).toList());
    }

    @Test
    void aRowOfLongTextWeighsAsTheLinesItTakesSoAPartOfNarrativesStaysShort() {
        var rows = new ArrayList<List<String>>();
        for (int i = 0; i < 60; i++) {
            rows.add(List.of("N-%02d".formatted(i), "The shelter took in three more women. ".repeat(53)));
        }
        var narratives = new Section("narratives", "Achievements", List.of(
                new Table(List.of("Code", "Achievement"), rows, List.of(false, false), true)));

        var parts = PdfParts.parts(PdfReport.numbered(List.of(narratives)), 200);

        // each row is about 2,000 characters, five lines' weight: 60 of them do not fit a part of 200
        assertThat(parts).hasSize(2);
        for (var part : parts) {
            assertThat(part.stream().flatMap(piece -> piece.blocks().stream()).mapToInt(PdfParts::weight).sum())
                    .isLessThanOrEqualTo(200);
        }
    }

    @Test
    void theJoinedPdfNumbersEveryPageAndItsContentsAndBookmarksLeadToEachSection() throws IOException {
        var content = content();
        var pdf = PdfParts.write(content, PART);

        try (var document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(8);
            var perPage = new ArrayList<String>();
            for (int n = 1; n <= pages; n++) {
                perPage.add(text(document, n));
            }
            assertThat(perPage.get(0)).contains(squeezed(content.title())).doesNotContain("Page1of");
            for (int n = 2; n <= pages; n++) {
                assertThat(perPage.get(n - 1)).as("the footer of page %d", n).contains("Page" + n + "of" + pages);
            }
            var all = String.join("", perPage);
            int at = -1;
            for (int i = 1; i <= 130; i++) {
                var code = "A-%03d".formatted(i);
                int next = all.indexOf(code, at + 1);
                assertThat(next).as("row %s once, after the row before it", code).isGreaterThan(at);
                assertThat(all.indexOf(code, next + 1)).as("row %s only once", code).isEqualTo(-1);
                at = next;
            }
            if (PdfReport.fonts() != null) {
                assertThat(all).contains("Сигурнакућа");
            }

            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            var contents = stripper.getText(document).lines().map(PdfPartsUnitTest::squeezed).toList();
            var bookmarks = document.getDocumentCatalog().getDocumentOutline().children();
            var titles = new ArrayList<String>();
            for (var bookmark : bookmarks) {
                titles.add(bookmark.getTitle());
                int page = document.getPages().indexOf(bookmark.findDestinationPage(document)) + 1;
                var heading = squeezed(bookmark.getTitle());
                assertThat(perPage.get(page - 1)).as("%s's bookmark leads to its heading", heading).contains(heading);
                assertThat(perPage.subList(0, page - 1).stream().skip(2).noneMatch(p -> p.contains(heading)))
                        .as("%s does not start before page %d", heading, page).isTrue();
                assertThat(contents).as("the contents give %s on page %d", heading, page)
                        .anyMatch(line -> Pattern.matches(Pattern.quote(heading) + "\\.*" + page, line));
            }
            assertThat(titles).containsExactly(content.sections().stream()
                    .map(s -> (content.sections().indexOf(s) + 1) + ". " + s.heading()).toArray(String[]::new));
        }
    }

    @Test
    void theJoinedPdfKeepsTheTagsOfEveryPart() throws IOException {
        Assumptions.assumeTrue(PdfReport.fonts() != null,
                "tagging needs the DejaVu fonts embedded (apt-get install fonts-dejavu-core)");
        var content = content();
        var pdf = PdfParts.write(content, PART);

        try (var document = Loader.loadPDF(pdf)) {
            var catalog = document.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("sr");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo(content.title());
            var cells = new int[1];
            var headings = new int[1];
            count(catalog.getStructureTreeRoot().getKids(), cells, headings);
            int expected = content.sections().stream().flatMap(s -> s.blocks().stream()).filter(Table.class::isInstance)
                    .mapToInt(t -> ((Table) t).rows().size() * ((Table) t).header().size()).sum();
            assertThat(cells[0]).as("table cells tagged, of every part").isEqualTo(expected);
            assertThat(headings[0]).as("the sections' headings and the title tagged").isEqualTo(1 + 5);
        }
    }

    private static void count(List<Object> kids, int[] cells, int[] headings) {
        for (var kid : kids) {
            if (kid instanceof PDStructureElement element) {
                if ("TD".equals(element.getStructureType())) {
                    cells[0]++;
                } else if ("H1".equals(element.getStructureType())) {
                    headings[0]++;
                }
                count(element.getKids(), cells, headings);
            }
        }
    }

    private static String text(PDDocument document, int page) throws IOException {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return squeezed(stripper.getText(document));
    }

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Five sections: a paragraph, a table of 130 rows (some in Cyrillic), a list, a table of 60 rows, a paragraph. */
    static ReportContent content() {
        var first = new ArrayList<List<String>>();
        for (int i = 1; i <= 130; i++) {
            first.add(List.of("A-%03d".formatted(i), i % 10 == 0 ? "Сигурна кућа " + i : "Shelter places " + i,
                    String.valueOf(i * 3)));
        }
        var second = new ArrayList<List<String>>();
        for (int i = 131; i <= 190; i++) {
            second.add(List.of("A-%03d".formatted(i), "Training of police officers, round " + i));
        }
        var bullets = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            bullets.add("Finding " + i + " of the review");
        }
        var sections = List.of(
                new Section("summary", "Summary", List.of(Paragraph.of("What the year brought."))),
                new Section("activities", "Status of the activities", List.of(Paragraph.of("Every activity."),
                        new Table(List.of("Code", "Activity", "Places"), first, List.of(false, false, true), true))),
                new Section("findings", "Findings", List.of(new Bullets(bullets))),
                new Section("training", "Training", List.of(
                        new Table(List.of("Code", "Course"), second, List.of(false, false), true))),
                new Section("next", "Next steps", List.of(Paragraph.of("The next plan."))));
        return new ReportContent("Aneks godišnjeg izveštaja 2025", "Detail per activity", Locale.forLanguageTag("sr"),
                List.of("Plan: National action plan"), "Contents", "Page", "of", sections);
    }
}
