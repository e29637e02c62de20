package org.ariadne.common.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;

/**
 * Reads CSV text. Only UTF-8 is accepted: guessing between Windows-1250, -1251 and -1252 would silently garble
 * Albanian, Serbian or Macedonian names, so users are asked to save as "CSV UTF-8" instead.
 */
final class CsvGridReader {

    private CsvGridReader() {
    }

    static Grid read(byte[] content, String sheetName, ReadLimits limits) throws SpreadsheetRefusedException {
        refuseBinary(content);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new SpreadsheetRefusedException(Reason.NOT_UTF8, "CSV is not valid UTF-8", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter;
        // Excel honours a first line "sep=;" naming the delimiter; some exporters write it.
        String firstLine = firstPhysicalLine(text);
        if (firstLine.length() == 5 && firstLine.regionMatches(true, 0, "sep=", 0, 4)) {
            delimiter = firstLine.charAt(4);
            text = text.substring(firstLine.length()).replaceFirst("^\r?\n", "");
        } else {
            delimiter = detectDelimiter(text);
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false) // blank rows keep their place so row numbers match what users see
                .setTrailingData(true) // like Excel, accept "ab"c rather than failing on it
                .get();
        GridBuilder builder = new GridBuilder(limits);
        CSVParser parser = null;
        try {
            parser = CSVParser.parse(new StringReader(text), format);
            int rowIndex = 0;
            for (CSVRecord record : parser) {
                for (int column = 0; column < record.size(); column++) {
                    builder.put(Cell.of(rowIndex + 1, column, CellKind.TEXT, CellValues.cleanText(record.get(column))));
                }
                rowIndex++;
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            long line = parser == null ? 1 : parser.getCurrentLineNumber() + 1;
            throw new SpreadsheetRefusedException(Reason.CSV_MALFORMED, "CSV parse error near line " + line + ": "
                    + e.getMessage(), e, line);
        } finally {
            closeQuietly(parser);
        }
        return builder.build(SpreadsheetKind.CSV, sheetName, List.of(sheetName));
    }

    private static void closeQuietly(CSVParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // reading from a String: nothing to release
            }
        }
    }

    /**
     * Text never contains NUL bytes and rarely control characters; binary files (images, executables, random bytes)
     * are full of them. UTF-16 text (Excel's "Unicode Text") is told apart so the user gets the encoding message.
     */
    private static void refuseBinary(byte[] content) throws SpreadsheetRefusedException {
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw new SpreadsheetRefusedException(Reason.NOT_UTF8, "UTF-16 text");
        }
        int nuls = 0;
        int nulsAtEven = 0;
        int controls = 0;
        for (int i = 0; i < content.length; i++) {
            int b = content[i] & 0xFF;
            if (b == 0) {
                nuls++;
                if (i % 2 == 0) {
                    nulsAtEven++;
                }
            } else if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F) {
                controls++;
            }
        }
        if (nuls > 0) {
            // UTF-16 without BOM: every other byte of Latin text is NUL, all on the same side.
            boolean utf16 = nuls * 3L >= content.length
                    && (nulsAtEven * 10L >= nuls * 9L || (nuls - nulsAtEven) * 10L >= nuls * 9L);
            throw new SpreadsheetRefusedException(utf16 ? Reason.NOT_UTF8 : Reason.NOT_A_SPREADSHEET,
                    utf16 ? "UTF-16 text without BOM" : "binary content (NUL bytes)");
        }
        if (controls > Math.max(2, content.length / 100)) {
            throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "binary content (control characters)");
        }
    }

    private static String firstPhysicalLine(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(0, end);
    }

    /**
     * Picks the delimiter that occurs most often, outside quotes, in the first record (the header): European
     * Excel writes ";", the rest of the world ",", and "Unicode text" exports use TAB. Comma wins ties.
     */
    static char detectDelimiter(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n' || c == '\r') {
                    break;
                }
                switch (c) {
                    case ',' -> commas++;
                    case ';' -> semicolons++;
                    case '\t' -> tabs++;
                    default -> {
                    }
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
