package org.ariadne.training;

import org.ariadne.common.UserFacingException;

/** A participant file that cannot be read at all (empty, not a spreadsheet, macros, encrypted, too large). */
public final class TrainingUploadException extends UserFacingException {

    private TrainingUploadException(String key, Object... args) {
        super(key, args);
    }

    static TrainingUploadException refused(String key, Object... args) {
        return new TrainingUploadException(key, args);
    }
}
