package org.ariadne.common.spreadsheet;

import java.util.Locale;

/**
 * An uploaded file was not read, for a {@link Reason} the user can act on. {@link #getMessage()} is English for
 * logs; show users the translation of {@link #messageKey()} with {@link #messageArgs()} instead, never the cause.
 */
public final class SpreadsheetRefusedException extends Exception {

    /** Why a file was refused. Each has a message key {@code spreadsheet.refused.<name-with-dashes>}. */
    public enum Reason {
        /** No content, or only a byte order mark / white space. */
        EMPTY,
        /** Larger than the upload limit. Args: limit in MB. */
        TOO_LARGE,
        /** Not an XLSX, XLS or CSV file (PDF, image, Word document, old Excel 5/95, plain zip, binary...). */
        NOT_A_SPREADSHEET,
        /** Looks like a spreadsheet but is damaged and cannot be read. */
        CORRUPT,
        /** Protected with a password (encrypted). */
        PASSWORD_PROTECTED,
        /** Unzips to far more data than a real spreadsheet would (a "zip bomb"). */
        ZIP_BOMB,
        /** Contains XML document type declarations or entities, which Excel never writes. */
        XML_ENTITIES,
        /** Contains macros (xlsm, or an XLS with a VBA project). */
        MACROS,
        /** The sheet uses more rows or columns (or cells) than allowed. Args: max rows, max columns. */
        TOO_MANY_ROWS,
        /** A CSV file that is not UTF-8 encoded. */
        NOT_UTF8,
        /** A CSV file with a quotation mark that is never closed. Args: line number. */
        CSV_MALFORMED,
        /** The requested sheet does not exist. Args: sheet name. */
        SHEET_NOT_FOUND;

        /** The message key users see the translation of, such as {@code spreadsheet.refused.password-protected}. */
        public String messageKey() {
            return "spreadsheet.refused." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final Object[] args;

    /**
     * @param reason    why the file is refused
     * @param logDetail English detail for the log (never shown to users)
     * @param args      arguments of the user message, see {@link Reason}
     */
    public SpreadsheetRefusedException(Reason reason, String logDetail, Object... args) {
        this(reason, logDetail, null, args);
    }

    /** As {@link #SpreadsheetRefusedException(Reason, String, Object...)}, keeping the library failure for the log. */
    public SpreadsheetRefusedException(Reason reason, String logDetail, Throwable cause, Object... args) {
        super("Spreadsheet refused (" + reason + "): " + logDetail, cause);
        this.reason = reason;
        this.args = args == null ? new Object[0] : args.clone();
    }

    /** Why the file was refused. */
    public Reason reason() {
        return reason;
    }

    /** Key of the user message, see {@link Reason#messageKey()}. */
    public String messageKey() {
        return reason.messageKey();
    }

    /** Arguments for the user message ({0}, {1}, ...). */
    public Object[] messageArgs() {
        return args.clone();
    }
}
