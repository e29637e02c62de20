package org.ariadne.common.spreadsheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.ariadne.common.spreadsheet.SpreadsheetRefusedException.Reason;

/**
 * Reads OLE2 files: refuses encrypted ones (including password-protected XLSX, which Excel wraps in OLE2), macros
 * and non-Excel documents, and reads one sheet of a BIFF8 workbook through HSSF. XLS files are at most 64k rows by
 * design and already limited in bytes, so HSSF's in-memory model is acceptable here.
 */
final class XlsGridReader {

    private XlsGridReader() {
    }

    static Grid read(byte[] content, ReadLimits limits) throws SpreadsheetRefusedException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive(Decryptor.DEFAULT_POIFS_ENTRY)
                    || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new SpreadsheetRefusedException(Reason.PASSWORD_PROTECTED, "encrypted OOXML in OLE2 container");
            }
            try {
                HSSFWorkbook.getWorkbookDirEntryName(root);
            } catch (OldExcelFormatException e) {
                throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "Excel 5/95 or older", e);
            } catch (IllegalArgumentException e) {
                throw new SpreadsheetRefusedException(Reason.NOT_A_SPREADSHEET, "OLE2 file without a workbook "
                        + "(Word, PowerPoint, Outlook...)", e);
            }
            if (root.hasEntryCaseInsensitive("_VBA_PROJECT_CUR")) {
                throw new SpreadsheetRefusedException(Reason.MACROS, "XLS with a VBA project");
            }
            // The key is a thread-local other code may have set; without it HSSF only tries Excel's default
            // "VelvetSweatshop" password, so a really protected file fails with EncryptedDocumentException.
            Biff8EncryptionKey.setCurrentUserPassword(null);
            try (HSSFWorkbook workbook = new HSSFWorkbook(root, false)) {
                return read(workbook, limits);
            }
        } catch (SpreadsheetRefusedException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new SpreadsheetRefusedException(Reason.PASSWORD_PROTECTED, "encrypted XLS", e);
        } catch (IOException | RuntimeException e) {
            throw new SpreadsheetRefusedException(Reason.CORRUPT, "unreadable OLE2/XLS: " + e, e);
        }
    }

    private static Grid read(HSSFWorkbook workbook, ReadLimits limits) throws SpreadsheetRefusedException {
        List<String> names = new ArrayList<>();
        int chosen = -1;
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            String name = workbook.getSheetName(i);
            names.add(name);
            boolean wanted = limits.sheetName() == null
                    ? !workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)
                    : name.strip().equalsIgnoreCase(limits.sheetName().strip());
            if (wanted && chosen < 0) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            if (limits.sheetName() != null) {
                throw new SpreadsheetRefusedException(Reason.SHEET_NOT_FOUND, "no sheet " + limits.sheetName(),
                        limits.sheetName());
            }
            throw new SpreadsheetRefusedException(Reason.EMPTY, "workbook without a visible sheet");
        }
        Sheet sheet = workbook.getSheetAt(chosen);
        boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        GridBuilder builder = new GridBuilder(limits);
        Map<String, String> textCache = new HashMap<>();
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                builder.put(convert(cell, date1904, textCache));
            }
        }
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            builder.merge(region.getFirstRow(), region.getFirstColumn(), region.getLastRow(), region.getLastColumn());
        }
        return builder.build(SpreadsheetKind.XLS, workbook.getSheetName(chosen), names);
    }

    private static Cell convert(org.apache.poi.ss.usermodel.Cell cell, boolean date1904,
                                Map<String, String> textCache) {
        int rowNumber = cell.getRowIndex() + 1;
        int column = cell.getColumnIndex();
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            String formula;
            try {
                formula = cell.getCellFormula();
            } catch (RuntimeException e) {
                formula = ""; // a formula HSSF cannot render is still a formula; we only need to say so
            }
            Cell cached = value(cell, cell.getCachedFormulaResultType(), date1904, textCache, true);
            return Cell.formula(rowNumber, column, formula, cached.kind(), cached.value());
        }
        return value(cell, type, date1904, textCache, false);
    }

    private static Cell value(org.apache.poi.ss.usermodel.Cell cell, CellType type, boolean date1904,
                              Map<String, String> textCache, boolean cached) {
        int rowNumber = cell.getRowIndex() + 1;
        int column = cell.getColumnIndex();
        switch (type) {
            case STRING -> {
                String raw = cell.getRichStringCellValue().getString();
                // Many cells can share one long string; clean it once and share the result.
                String text = textCache.computeIfAbsent(raw,
                        r -> cached ? CellValues.cleanCachedText(r) : CellValues.cleanText(r));
                return Cell.of(rowNumber, column, CellKind.TEXT, text);
            }
            case NUMERIC -> {
                double number = cell.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(number)) {
                    LocalDateTime dateTime = DateUtil.getLocalDateTime(number, date1904, true);
                    if (dateTime != null) {
                        return Cell.of(rowNumber, column, CellKind.DATE, CellValues.dateValue(dateTime));
                    }
                }
                var decimal = CellValues.number(number);
                return decimal == null ? Cell.of(rowNumber, column, CellKind.ERROR, "#NUM!")
                        : Cell.of(rowNumber, column, CellKind.NUMBER, decimal);
            }
            case BOOLEAN -> {
                return Cell.of(rowNumber, column, CellKind.BOOLEAN, cell.getBooleanCellValue());
            }
            case ERROR -> {
                String code;
                try {
                    code = FormulaError.forInt(cell.getErrorCellValue()).getString();
                } catch (RuntimeException e) {
                    code = "#N/A";
                }
                return Cell.of(rowNumber, column, CellKind.ERROR, code);
            }
            default -> {
                return Cell.empty(rowNumber, column);
            }
        }
    }
}
