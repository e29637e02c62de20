package org.ariadne.recommendations;

/**
 * The kinds of file kept as evidence of a follow-up, recognised from their first bytes (never from the name):
 * PDF, PNG, JPEG, and Office documents (DOCX/XLSX zips, old DOC/XLS). Anything else (an executable, a script, HTML) is
 * refused.
 */
final class EvidenceTypes {

    private EvidenceTypes() {
    }

    /** The content type to serve the file with, or null when it is not a kind kept. */
    static String detect(byte[] content) {
        if (content == null || content.length < 4) {
            return null;
        }
        if (starts(content, 0x25, 0x50, 0x44, 0x46)) {
            return "application/pdf";
        }
        if (starts(content, 0x89, 0x50, 0x4E, 0x47)) {
            return "image/png";
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        if (starts(content, 0x50, 0x4B, 0x03, 0x04)) {
            return "application/octet-stream";
        }
        if (starts(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "application/octet-stream";
        }
        return null;
    }

    private static boolean starts(byte[] content, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
