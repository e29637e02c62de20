package org.ariadne.common.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a CSV export: UTF-8 with a byte order mark (without it Excel guesses the Windows code page and garbles
 * ë, š, ђ...), comma separated, quoted per RFC 4180, and every text value passed through
 * {@link SafeSpreadsheetWriter#neutralise(String)} so nothing can become a formula. Not thread-safe.
 */
public final class SafeCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final ByteArrayOutputStream buffer;
    private final Writer writer;
    private final CSVPrinter printer;

    /** In memory; collect the result with {@link #toBytes()}. */
    SafeCsvWriter() {
        this(new ByteArrayOutputStream(), true);
    }

    /** Streaming to {@code out}; call {@link #flush()} at the end. */
    SafeCsvWriter(OutputStream out) {
        this(out, false);
    }

    private SafeCsvWriter(OutputStream out, boolean inMemory) {
        this.buffer = inMemory ? (ByteArrayOutputStream) out : null;
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start CSV export", e);
        }
    }

    /** Writes the header row. */
    public SafeCsvWriter header(String... titles) {
        return row(Arrays.asList((Object[]) titles));
    }

    /** As {@link #header(String...)}. */
    public SafeCsvWriter header(List<String> titles) {
        return row(titles);
    }

    /**
     * Writes one record. Strings are neutralised; numbers are written plainly ("1234.5", never "1.2345E+3");
     * dates as {@code 2016-04-01} or {@code 2016-04-01 10:30}; booleans as TRUE/FALSE; {@code null} as empty.
     */
    public SafeCsvWriter row(Object... values) {
        return row(Arrays.asList(values));
    }

    /** As {@link #row(Object...)}. */
    public SafeCsvWriter row(List<?> values) {
        List<String> texts = new ArrayList<>(values.size());
        for (Object value : values) {
            texts.add(format(value));
        }
        try {
            printer.printRecord(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write CSV export", e);
        }
        return this;
    }

    /** Flushes everything written so far to the underlying stream. */
    public void flush() {
        try {
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write CSV export", e);
        }
    }

    /** The complete CSV file, BOM included (only for writers created without an output stream). */
    public byte[] toBytes() {
        if (buffer == null) {
            throw new IllegalStateException("This CSV export streams to an output stream");
        }
        flush();
        return buffer.toByteArray();
    }

    static String format(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            BigDecimal decimal = CellValues.number(((Number) value).doubleValue());
            return decimal == null ? SafeSpreadsheetWriter.neutralise(value.toString()) : decimal.toPlainString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        if (value instanceof LocalDate || value instanceof LocalDateTime) {
            return CellValues.formatDate(value);
        }
        if (value instanceof Boolean bool) {
            return bool ? "TRUE" : "FALSE";
        }
        return SafeSpreadsheetWriter.neutralise(value.toString());
    }
}
