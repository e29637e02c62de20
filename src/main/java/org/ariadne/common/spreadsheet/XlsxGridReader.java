package org.ariadne.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet of an already inspected XLSX by streaming its XML (SAX) instead of loading POI's full
 * workbook model: memory stays proportional to the values kept, and the row limit stops parsing early.
 */
final class XlsxGridReader {

    private XlsxGridReader() {
    }

    static Grid read(byte[] content, ReadLimits limits) throws SpreadsheetRefusedException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(content));
            PackagePart workbookPart = workbookPart(pkg);
            XSSFReader reader = new XSSFReader(pkg);
            WorkbookHandler workbook = new WorkbookHandler();
            try (InputStream in = reader.getWorkbookData()) {
                parse(in, workbook);
            }
            SheetRef sheet = chooseSheet(workbook.sheets, workbookPart, limits);
            PackageRelationship relationship = workbookPart.getRelationship(sheet.relationId);
            PackagePart sheetPart = workbookPart.getRelatedPart(relationship);
            SheetHandler handler = new SheetHandler(new GridBuilder(limits),
                    new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(), workbook.date1904);
            try (InputStream in = sheetPart.getInputStream()) {
                parse(in, handler);
            }
            List<String> names = workbook.sheets.stream().map(s -> s.name).toList();
            return handler.builder.build(SpreadsheetKind.XLSX, sheet.name, names);
        } catch (SpreadsheetRefusedException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getException() instanceof SpreadsheetRefusedException refused) {
                throw refused;
            }
            throw corrupt(e);
        } catch (IOException e) {
            // POI's own zip guard (ZipSecureFile) speaks of bombs; keep that reason rather than "damaged".
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw new SpreadsheetRefusedException(Reason.ZIP_BOMB, "POI zip guard: " + e.getMessage(), e);
            }
            throw corrupt(e);
        } catch (Exception e) {
            throw corrupt(e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // close without ever writing back
            }
        }
    }

    private static SpreadsheetRefusedException corrupt(Exception e) {
        return new SpreadsheetRefusedException(Reason.CORRUPT, "unreadable XLSX: " + e, e);
    }

    private static PackagePart workbookPart(OPCPackage pkg) throws Exception {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (rels.size() == 0) {
            rels = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        }
        if (rels.size() == 0) {
            throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "OOXML package without main document");
        }
        PackagePart part = pkg.getPart(rels.getRelationship(0));
        if (part == null) {
            throw new SpreadsheetRefusedException(Reason.CORRUPT, "main document part missing");
        }
        return part;
    }

    private static SheetRef chooseSheet(List<SheetRef> sheets, PackagePart workbookPart, ReadLimits limits)
            throws Exception {
        for (SheetRef sheet : sheets) {
            boolean wanted = limits.sheetName() == null
                    ? sheet.visible()
                    : sheet.name.strip().equalsIgnoreCase(limits.sheetName().strip());
            if (wanted && isWorksheet(workbookPart, sheet)) {
                return sheet;
            }
        }
        if (limits.sheetName() != null) {
            throw new SpreadsheetRefusedException(Reason.SHEET_NOT_FOUND, "no sheet " + limits.sheetName(),
                    limits.sheetName());
        }
        throw new SpreadsheetRefusedException(Reason.EMPTY, "workbook without a visible worksheet");
    }

    /** Chart sheets and dialog sheets are listed like worksheets but hold no cells. */
    private static boolean isWorksheet(PackagePart workbookPart, SheetRef sheet) throws Exception {
        if (sheet.relationId == null) {
            return false;
        }
        PackageRelationship rel = workbookPart.getRelationship(sheet.relationId);
        return rel != null && rel.getRelationshipType().endsWith("/worksheet");
    }

    private static void parse(InputStream in, DefaultHandler handler) throws Exception {
        // POI's reader is hardened against external entities and DOCTYPEs; we refused those earlier anyway.
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(handler);
        xml.parse(new InputSource(in));
    }

    private record SheetRef(String name, String state, String relationId) {
        boolean visible() {
            return state == null || state.equalsIgnoreCase("visible");
        }
    }

    private static String localName(String localName, String qName) {
        if (localName != null && !localName.isEmpty()) {
            return localName;
        }
        int colon = qName.indexOf(':');
        return colon < 0 ? qName : qName.substring(colon + 1);
    }

    /** Reads sheet names, visibility and relationship ids, and whether dates count from 1904 (old Mac Excel). */
    private static final class WorkbookHandler extends DefaultHandler {
        final List<SheetRef> sheets = new ArrayList<>();
        boolean date1904;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName(localName, qName);
            if (name.equals("workbookPr")) {
                String value = attributes.getValue("date1904");
                date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
            } else if (name.equals("sheet")) {
                String relationId = null;
                for (int i = 0; i < attributes.getLength(); i++) {
                    if (localName(attributes.getLocalName(i), attributes.getQName(i)).equals("id")
                            && attributes.getURI(i).contains("relationships")) {
                        relationId = attributes.getValue(i);
                    }
                }
                String sheetName = attributes.getValue("name");
                sheets.add(new SheetRef(sheetName == null ? "" : sheetName, attributes.getValue("state"),
                        relationId));
            }
        }
    }

    /** Turns {@code <row>/<c>} elements into cells and {@code <mergeCell>} into merged regions. */
    private static final class SheetHandler extends DefaultHandler {
        final GridBuilder builder;
        private final ReadOnlySharedStringsTable sharedStrings;
        private final StylesTable styles;
        private final boolean date1904;
        private final Map<Integer, String> sharedTextCache = new HashMap<>();
        private final Map<Integer, Boolean> dateStyleCache = new HashMap<>();
        private final Map<String, String> sharedFormulas = new HashMap<>();

        private int rowIndex = -1;
        private int columnIndex = -1;
        private int cellRow;
        private String type;
        private int style;
        private boolean inCell;
        private boolean hasFormula;
        private boolean hasValue;
        private String sharedFormulaIndex;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private final StringBuilder inline = new StringBuilder();
        private StringBuilder capturing;
        private int phoneticDepth;
        private boolean inInlineString;

        SheetHandler(GridBuilder builder, ReadOnlySharedStringsTable sharedStrings, StylesTable styles,
                     boolean date1904) {
            this.builder = builder;
            this.sharedStrings = sharedStrings;
            this.styles = styles;
            this.date1904 = date1904;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName(localName, qName)) {
                case "row" -> {
                    int[] ref = CellValues.parseReference(attributes.getValue("r"));
                    rowIndex = ref != null && ref[0] >= 0 && ref[1] < 0 ? ref[0] : rowIndex + 1;
                    columnIndex = -1;
                }
                case "c" -> startCell(attributes);
                case "v" -> {
                    if (inCell) {
                        hasValue = true;
                        capturing = value;
                    }
                }
                case "f" -> {
                    if (inCell) {
                        hasFormula = true;
                        sharedFormulaIndex = "shared".equals(attributes.getValue("t")) ? attributes.getValue("si")
                                : null;
                        capturing = formula;
                    }
                }
                case "is" -> inInlineString = inCell;
                case "rPh" -> phoneticDepth++; // phonetic guide (Japanese furigana) is not part of the text
                case "t" -> {
                    if (inInlineString && phoneticDepth == 0) {
                        capturing = inline;
                    }
                }
                case "mergeCell" -> merge(attributes.getValue("ref"));
                default -> {
                    // everything else (formatting, drawings, conditional formats...) is not data
                }
            }
        }

        private void startCell(Attributes attributes) {
            inCell = true;
            hasFormula = false;
            hasValue = false;
            sharedFormulaIndex = null;
            value.setLength(0);
            formula.setLength(0);
            inline.setLength(0);
            int[] ref = CellValues.parseReference(attributes.getValue("r"));
            if (ref != null && ref[0] >= 0 && ref[1] >= 0) {
                cellRow = ref[0];
                columnIndex = ref[1];
            } else {
                cellRow = Math.max(rowIndex, 0);
                columnIndex++;
            }
            type = attributes.getValue("t");
            String s = attributes.getValue("s");
            try {
                style = s == null ? 0 : Integer.parseInt(s);
            } catch (NumberFormatException e) {
                style = 0;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (capturing != null) {
                capturing.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName(localName, qName)) {
                case "v", "f", "t" -> capturing = null;
                case "is" -> inInlineString = false;
                case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
                case "c" -> {
                    inCell = false;
                    capturing = null;
                    try {
                        builder.put(cell());
                    } catch (SpreadsheetRefusedException e) {
                        throw new SAXException(e);
                    }
                }
                default -> {
                }
            }
        }

        private Cell cell() throws SAXException {
            int rowNumber = cellRow + 1;
            if (hasFormula) {
                String text = formula.toString().strip();
                if (sharedFormulaIndex != null) {
                    if (!text.isEmpty()) {
                        sharedFormulas.putIfAbsent(sharedFormulaIndex, text);
                    } else {
                        text = sharedFormulas.getOrDefault(sharedFormulaIndex, "");
                    }
                }
                if (!hasValue && !"inlineStr".equals(type)) {
                    return Cell.formula(rowNumber, columnIndex, text, CellKind.EMPTY, null);
                }
                Cell cached = plainValue(rowNumber, true);
                return Cell.formula(rowNumber, columnIndex, text, cached.kind(), cached.value());
            }
            return plainValue(rowNumber, false);
        }

        private Cell plainValue(int rowNumber, boolean cached) throws SAXException {
            String raw = value.toString();
            String t = type == null ? "n" : type;
            switch (t) {
                case "s" -> {
                    return text(rowNumber, sharedString(raw), cached);
                }
                case "inlineStr" -> {
                    String text = inline.length() > 0 ? inline.toString() : raw;
                    return text(rowNumber, CellValues.decodeOoxmlEscapes(text), cached);
                }
                case "str" -> {
                    return text(rowNumber, CellValues.decodeOoxmlEscapes(raw), cached);
                }
                case "b" -> {
                    String b = raw.strip();
                    if (b.isEmpty()) {
                        return Cell.empty(rowNumber, columnIndex);
                    }
                    return Cell.of(rowNumber, columnIndex, CellKind.BOOLEAN, b.equals("1") || b.equalsIgnoreCase("true"));
                }
                case "e" -> {
                    return Cell.of(rowNumber, columnIndex, CellKind.ERROR, raw.strip());
                }
                case "d" -> {
                    return isoDate(rowNumber, raw.strip(), cached);
                }
                default -> {
                    return numeric(rowNumber, raw.strip(), cached);
                }
            }
        }

        private Cell text(int rowNumber, String raw, boolean cached) {
            String text = cached ? CellValues.cleanCachedText(raw) : CellValues.cleanText(raw);
            return Cell.of(rowNumber, columnIndex, CellKind.TEXT, text);
        }

        private String sharedString(String raw) throws SAXException {
            int index;
            try {
                index = Integer.parseInt(raw.strip());
            } catch (NumberFormatException e) {
                throw new SAXException("shared string index is not a number: " + raw);
            }
            if (index < 0 || index >= sharedStrings.getCount()) {
                throw new SAXException("shared string index out of range: " + index);
            }
            // One entry may be used by many cells: clean it once and let all cells share the same String.
            return sharedTextCache.computeIfAbsent(index, i -> sharedStrings.getItemAt(i).getString());
        }

        private Cell numeric(int rowNumber, String raw, boolean cached) {
            if (raw.isEmpty()) {
                return Cell.empty(rowNumber, columnIndex);
            }
            double number;
            try {
                number = Double.parseDouble(raw);
            } catch (NumberFormatException e) {
                return text(rowNumber, raw, cached);
            }
            if (isDateStyle() && DateUtil.isValidExcelDate(number)) {
                LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904, true);
                if (dateTime != null) {
                    return Cell.of(rowNumber, columnIndex, CellKind.DATE, CellValues.dateValue(dateTime));
                }
            }
            var decimal = CellValues.number(number);
            return decimal == null
                    ? Cell.of(rowNumber, columnIndex, CellKind.ERROR, "#NUM!")
                    : Cell.of(rowNumber, columnIndex, CellKind.NUMBER, decimal);
        }

        private Cell isoDate(int rowNumber, String raw, boolean cached) {
            try {
                return Cell.of(rowNumber, columnIndex, CellKind.DATE,
                        CellValues.dateValue(raw.length() <= 10 ? java.time.LocalDate.parse(raw).atStartOfDay()
                                : LocalDateTime.parse(raw.endsWith("Z") ? raw.substring(0, raw.length() - 1) : raw)));
            } catch (DateTimeParseException e) {
                return text(rowNumber, raw, cached);
            }
        }

        private boolean isDateStyle() {
            if (styles == null || style <= 0) {
                return false; // style 0 is "General"
            }
            return dateStyleCache.computeIfAbsent(style, s -> {
                try {
                    XSSFCellStyle cellStyle = styles.getStyleAt(s);
                    if (cellStyle == null) {
                        return false;
                    }
                    String format = cellStyle.getDataFormatString();
                    return format != null && DateUtil.isADateFormat(cellStyle.getDataFormat() & 0xFFFF, format);
                } catch (RuntimeException e) {
                    return false; // a style index the file does not define: treat as General
                }
            });
        }

        private void merge(String ref) throws SAXException {
            if (ref == null) {
                return;
            }
            String[] corners = ref.split(":");
            int[] from = CellValues.parseReference(corners[0]);
            int[] to = corners.length == 2 ? CellValues.parseReference(corners[1]) : from;
            if (from == null || to == null || from[0] < 0 || from[1] < 0 || to[0] < 0 || to[1] < 0) {
                return;
            }
            try {
                builder.merge(from[0], from[1], to[0], to[1]);
            } catch (SpreadsheetRefusedException e) {
                throw new SAXException(e);
            }
        }
    }
}
