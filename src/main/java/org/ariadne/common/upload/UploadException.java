package org.ariadne.common.upload;

import org.ariadne.common.UserFacingException;

/** An upload refused, or a confirmation refused, for a reason the uploader can act on. */
public class UploadException extends UserFacingException {

    private UploadException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    static UploadException tooLarge(long maxBytes) {
        return new UploadException("spreadsheet.refused.too-large", maxBytes / (1024 * 1024));
    }

    static UploadException empty() {
        return new UploadException("spreadsheet.refused.empty");
    }

    /** What the file would change now is not what the preview showed: someone changed the data since. */
    static UploadException stale() {
        return new UploadException("upload.stale");
    }
}
