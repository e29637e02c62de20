package org.ariadne.coordination;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Files of meetings and agreements are recognised by their content and size, never by their name. */
class FileChecksUnitTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPdfIsKeptWhateverItIsCalled() {
        assertThat(FileChecks.accepted("minutes.pdf", PDF, 1000)).isEqualTo(org.ariadne.common.upload.FileContents.Kind.PDF);
        assertThat(FileChecks.accepted("C:\\Users\\me\\minutes", PDF, 1000)).isEqualTo(org.ariadne.common.upload.FileContents.Kind.PDF);
        assertThat(FileChecks.baseName("C:\\Users\\me\\minutes.pdf")).isEqualTo("minutes.pdf");
    }

    @Test
    void aScriptCalledPdfIsRefusedNamingTheFile() {
        assertThatThrownBy(() -> FileChecks.accepted("minutes.pdf", "<script>alert(1)</script>".getBytes(), 1000))
                .isInstanceOfSatisfying(CoordinationException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("coordination.refused.file-type");
                    assertThat(refused.arguments()).containsExactly("minutes.pdf");
                });
    }

    @Test
    void anEmptyOrTooLargeFileIsRefused() {
        assertThatThrownBy(() -> FileChecks.accepted("a.pdf", new byte[0], 1000))
                .hasFieldOrPropertyWithValue("messageKey", "coordination.refused.file-empty");
        assertThatThrownBy(() -> FileChecks.accepted("a.pdf", PDF, 5))
                .hasFieldOrPropertyWithValue("messageKey", "coordination.refused.file-too-large");
    }

    @Test
    void aWordFileWithMacrosIsRefused() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var name : new String[] {"[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        assertThatThrownBy(() -> FileChecks.accepted("minutes.docx", bytes.toByteArray(), 100_000))
                .hasFieldOrPropertyWithValue("messageKey", "coordination.refused.file-macros");
    }
}
