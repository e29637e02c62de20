package org.ariadne.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Stands in for the documents module, which offers its finished reports through {@link PublishableDocuments}, so
 * that the publication tests choose exactly what is on offer without generating reports (it is the primary bean where
 * a test imports it; the documents module's own tests publish real generated reports): documents are added by the test, as a tiny real PDF (PDFBox) and DOCX (POI) holding their text, and can be
 * "regenerated" with new text or deleted, the way the real module would change them after publication.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDocuments {

    @Bean
    @org.springframework.context.annotation.Primary
    Library testDocumentLibrary() {
        return new Library();
    }

    /** The documents the test has "generated". */
    public static final class Library implements PublishableDocuments {

        private static final AtomicLong IDS = new AtomicLong(5_000);

        private final Map<Long, Entry> documents = new ConcurrentHashMap<>();

        /** A finished document keeps its bytes, as the documents module stores them: the same on every call. */
        private record Entry(PublishableDocument document, byte[] pdf, byte[] docx) {

            Entry(PublishableDocument document, String text) {
                this(document, pdfOf(text), docxOf(text));
            }
        }

        /** A finished annual report (quarter null) or quarterly summary of the plan; returns its id. */
        public PublishableDocument add(long planId, String title, String kind, int year, Integer quarter, Locale language,
                String text) {
            return add(planId, title, kind, year, quarter, language, text, false);
        }

        /** As above, generated with "also count submitted reports" when {@code includesUnaccepted}. */
        public PublishableDocument add(long planId, String title, String kind, int year, Integer quarter, Locale language,
                String text, boolean includesUnaccepted) {
            var document = new PublishableDocument(IDS.incrementAndGet(), planId, title, kind,
                    "annual-report".equals(kind) ? "Annual implementation report" : "Quarterly summary", year, quarter,
                    language, LocalDateTime.now().withNano(0), includesUnaccepted);
            documents.put(document.id(), new Entry(document, text));
            return document;
        }

        /** The document is generated again with other text: its bytes change. */
        public void regenerate(long id, String text) {
            documents.computeIfPresent(id, (key, entry) -> new Entry(entry.document(), text));
        }

        public void delete(long id) {
            documents.remove(id);
        }

        @Override
        public List<PublishableDocument> finished(long planId) {
            return documents.values().stream().map(Entry::document).filter(d -> d.planId() == planId)
                    .sorted(Comparator.comparing(PublishableDocument::finishedAt).reversed()
                            .thenComparing(PublishableDocument::id, Comparator.reverseOrder()))
                    .toList();
        }

        @Override
        public Optional<PublishableDocument> find(long id) {
            return Optional.ofNullable(documents.get(id)).map(Entry::document);
        }

        @Override
        public byte[] pdf(long id) {
            return documents.get(id).pdf().clone();
        }

        @Override
        public byte[] docx(long id) {
            return documents.get(id).docx().clone();
        }
    }

    public static byte[] pdfOf(String text) {
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] docxOf(String text) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText(text);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
