package org.ariadne.common.spreadsheet;

/** What a {@link Cell} holds. */
public enum CellKind {
    /** Nothing, or only spaces. */
    EMPTY,
    /** Text (every CSV value is text: CSV carries no types and guessing would corrupt codes such as "007"). */
    TEXT,
    /** A number, as an exact {@link java.math.BigDecimal}. */
    NUMBER,
    /** A date ({@link java.time.LocalDate}) or a date with a time ({@link java.time.LocalDateTime}). */
    DATE,
    /** TRUE or FALSE. */
    BOOLEAN,
    /** A formula. It is never evaluated; the formula text and the value Excel last saved with it are kept. */
    FORMULA,
    /** An Excel error value such as {@code #DIV/0!}. */
    ERROR
}
