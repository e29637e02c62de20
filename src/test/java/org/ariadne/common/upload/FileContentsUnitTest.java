package org.ariadne.common.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ariadne.common.upload.FileContents.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an uploaded file is, from its content: the one reading that report evidence, meeting files, evaluation files
 * and follow-up evidence rely on. A renamed program is nothing Ariadne keeps; a document with macros is seen as such
 * whatever its name; a zip that cannot be read through cannot be vouched for.
 */
class FileContentsUnitTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private static byte[] word() throws IOException {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Minutes");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Plan").createRow(0).createCell(0).setCellValue("A1.1.1");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(String... namesAndContents) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void everyKeptKindIsRecognisedByItsContentWhateverItsName() throws IOException {
        assertThat(FileContents.recognise(PDF)).contains(Kind.PDF);
        assertThat(FileContents.recognise(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(Kind.PNG);
        assertThat(FileContents.recognise(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(Kind.JPEG);
        assertThat(FileContents.recognise(word())).contains(Kind.DOCX);
        assertThat(FileContents.recognise(workbook())).contains(Kind.XLSX);
        assertThat(FileContents.recognise(zip("mimetype", "application/vnd.oasis.opendocument.text",
                "content.xml", "<office:document-content/>"))).contains(Kind.ODT);
        assertThat(Kind.DOCX.contentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void programsPagesScriptsPlainZipsAndOldBinaryOfficeFilesAreNothingKept() throws IOException {
        assertThat(FileContents.recognise("MZ\u0090\u0000\u0003".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileContents.recognise("<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileContents.recognise(zip("run.sh", "rm -rf /"))).isEmpty();
        assertThat(FileContents.recognise(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0})).isEmpty();
        assertThat(FileContents.recognise(new byte[0])).isEmpty();
        assertThat(FileContents.recognise(null)).isEmpty();
        assertThat(FileContents.recognise(new byte[] {'P', 'K', 3, 4, 1, 2})).as("a broken zip").isEmpty();
    }

    @Test
    void macrosAreSeenByTheExtensionAndByTheVbaProjectInside() throws IOException {
        assertThat(FileContents.hasMacros("minutes.docx", word())).isFalse();
        assertThat(FileContents.hasMacros("budget.XLSM", workbook())).as("a macro-enabled name").isTrue();
        assertThat(FileContents.hasMacros("budget.xlsx", zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml",
                "<workbook/>", "xl/vbaProject.bin", "\u00d0\u00cf"))).as("a VBA project inside").isTrue();
        assertThat(FileContents.hasMacros("scan.pdf", PDF)).isFalse();
        assertThat(FileContents.hasMacros(null, PDF)).isFalse();
    }

    @Test
    void aPdfThatNamesScriptsLaunchActionsOrEmbeddedFilesIsActive() {
        assertThat(FileContents.pdfHasActiveContent(PDF)).isFalse();
        for (var active : new String[] {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia"}) {
            var pdf = ("%PDF-1.4\n1 0 obj\n<< " + active + " (x) >>\nendobj\n").getBytes(StandardCharsets.US_ASCII);
            assertThat(FileContents.pdfHasActiveContent(pdf)).as(active).isTrue();
        }
        assertThat(FileContents.pdfHasActiveContent("%PDF-1.4 /JSON".getBytes(StandardCharsets.US_ASCII)))
                .as("a name that only starts like one").isFalse();
    }

    @Test
    void theNameKeptHasNoFolderAndNoControlCharacters() {
        assertThat(FileContents.baseName("C:\\Users\\me\\minutes\u0007.pdf")).isEqualTo("minutes.pdf");
        assertThat(FileContents.baseName("/tmp/../etc/passwd")).isEqualTo("passwd");
        assertThat(FileContents.baseName(null)).isEmpty();
        assertThat(FileContents.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
