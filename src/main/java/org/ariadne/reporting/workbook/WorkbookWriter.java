package org.ariadne.reporting.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.common.disclosure.SuppressedCells;
import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionView;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.SpendingCommand;
import org.ariadne.reporting.ValueView;

/**
 * Writes the report workbook of one institution and period: a protected "Report" sheet laid out like the seed's
 * monitoring matrix (per activity its status, narrative, problems and funds spent, then one row per indicator
 * and collection period with the parts of its value), where only the light yellow cells can be typed in; the
 * very hidden "ariadne" sheet with the {@link TemplateStamp}; and a very hidden "lists" sheet the drop-downs use.
 *
 * <p>Every text goes through {@link SafeSpreadsheetWriter#neutralise}; no formula is ever written.
 */
final class WorkbookWriter {

    /** Keeps the structure from being changed by accident; not a secret, and the file itself is not encrypted. */
    static final String PROTECTION = "ariadne";
    static final String LISTS_SHEET = "lists";
    private static final int MAX_CELL_TEXT = 32_767;
    private static final int MIN_SPENDING_LINES = 3;

    private final ReportSheet report;
    private final Labels labels;
    private final InstitutionDirectory directory;
    private final LocalDateTime now;

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final Styles styles = new Styles();
    private XSSFSheet sheet;
    private int next;
    private int lastColumn = Columns.NOTE;

    private final SortedMap<Integer, String> rowKeys = new TreeMap<>();
    private final Map<String, TemplateStamp.Downloaded> parts = new LinkedHashMap<>();
    private final SortedMap<Long, List<String>> partColumns = new TreeMap<>();
    private final CellRangeAddressList statusCells = new CellRangeAddressList();
    private final CellRangeAddressList sourceCells = new CellRangeAddressList();
    private final CellRangeAddressList institutionCells = new CellRangeAddressList();
    private final CellRangeAddressList yesNoCells = new CellRangeAddressList();
    private final CellRangeAddressList notNegativeCells = new CellRangeAddressList();
    private final CellRangeAddressList percentCells = new CellRangeAddressList();
    private final CellRangeAddressList numberCells = new CellRangeAddressList();

    /** The disclosure threshold, for the legend of a value written {@code [c]}. */
    private final int threshold;

    WorkbookWriter(ReportSheet report, Labels labels, InstitutionDirectory directory, LocalDateTime now,
            int threshold) {
        this.threshold = threshold;
        this.report = report;
        this.labels = labels;
        this.directory = directory;
        this.now = now;
    }

    static String sheetName(Labels labels) {
        return labels.get("reportbook.sheet");
    }

    byte[] write() {
        try (workbook; var out = new ByteArrayOutputStream()) {
            sheet = workbook.createSheet(sheetName(labels));
            next = 1; // row 1 holds the column markers
            instructions();
            for (var activity : report.activities()) {
                activity(activity);
            }
            if (!report.otherIndicators().isEmpty()) {
                int row = keyed(RowKeys.OTHERS);
                merged(row, Columns.CODE, Columns.NOTE, labels.get("reportbook.others"), styles.section);
                next++;
                for (var indicator : report.otherIndicators()) {
                    indicator(indicator);
                }
            }
            markers();
            layout();
            validations();
            var lists = lists();
            var stamp = workbook.createSheet(TemplateStamp.SHEET);
            stamp().writeTo(stamp);
            workbook.setSheetVisibility(workbook.getSheetIndex(stamp), SheetVisibility.VERY_HIDDEN);
            workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
            stamp.protectSheet(PROTECTION);
            lists.protectSheet(PROTECTION);
            protect();
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the report workbook", e);
        }
    }

    // ---- the parts of the sheet ----

    private void instructions() {
        var period = report.period();
        merged(next++, Columns.CODE, Columns.NOTE,
                labels.get("reportbook.title", report.institutionName(), period.label()), styles.title);
        merged(next++, Columns.CODE, Columns.NOTE, labels.get("reportbook.subtitle", report.planTitle(),
                labels.date(period.startsOn()), labels.date(period.endsOn()), labels.date(period.deadline())), styles.plain);
        int legend = next++;
        text(legend, Columns.CODE, "", styles.legend);
        merged(legend, Columns.LABEL, Columns.NOTE, labels.get("reportbook.legend"), styles.plain);
        for (var key : List.of("reportbook.instructions.fill", "reportbook.instructions.values",
                "reportbook.instructions.structure", "reportbook.instructions.upload")) {
            int row = next++;
            merged(row, Columns.CODE, Columns.NOTE, labels.get(key), styles.plain);
            sheet.getRow(row).setHeightInPoints(30);
        }
        merged(next++, Columns.CODE, Columns.NOTE, labels.get("reportbook.downloaded",
                labels.get(report.status().messageKey()), labels.dateTime(now)),
                styles.plain);
        if (report.anySuppressed()) {
            int row = next++;
            merged(row, Columns.CODE, Columns.NOTE, labels.get(SuppressedCells.LEGEND, threshold) + " "
                    + labels.get("reporting.report.disclosure.note"), styles.plain);
            sheet.getRow(row).setHeightInPoints(30);
        }
        next++;
    }

    private void activity(ReportSheet.SheetActivity item) {
        var activity = item.activity();
        var entry = item.entry();
        long id = activity.id();
        parts.put(RowKeys.activity(id), new TemplateStamp.Downloaded(entry.version(),
                Canonical.digest(Canonical.of(entry.toCommand()))));

        int title = keyed(RowKeys.of(RowKeys.ACTIVITY, id));
        text(title, Columns.CODE, activity.code(), styles.section);
        merged(title, Columns.LABEL, Columns.NOTE, activity.title(), styles.section);

        int result = keyed(RowKeys.of(RowKeys.RESULT, id));
        text(result, Columns.CODE, labels.get("reportbook.expected-result"), styles.label);
        merged(result, Columns.LABEL, Columns.NOTE, orNothing(activity.expectedResult()), styles.label);

        int status = keyed(RowKeys.of(RowKeys.STATUS, id));
        text(status, Columns.CODE, labels.get("reportbook.status"), styles.label);
        text(status, Columns.ENTRY, entry.status() == null ? null : labels.status(entry.status()), styles.input);
        statusCells.addCellRangeAddress(status, Columns.ENTRY, status, Columns.ENTRY);
        merged(status, Columns.ENTRY + 1, Columns.NOTE, labels.get("reportbook.status-hint"), styles.hint);

        int narrative = keyed(RowKeys.of(RowKeys.NARRATIVE, id));
        text(narrative, Columns.CODE, labels.get("reportbook.narrative"), styles.label);
        merged(narrative, Columns.ENTRY, Columns.NOTE, entry.narrative(), styles.input);
        sheet.getRow(narrative).setHeightInPoints(60);

        int problems = keyed(RowKeys.of(RowKeys.PROBLEMS, id));
        text(problems, Columns.CODE, labels.get("reportbook.problems"), styles.label);
        merged(problems, Columns.ENTRY, Columns.NOTE, entry.problems(), styles.input);
        sheet.getRow(problems).setHeightInPoints(45);

        int spendingHeader = keyed(RowKeys.of(RowKeys.SPENDING_HEADER, id));
        text(spendingHeader, Columns.CODE, labels.get("reportbook.spending"), styles.label);
        text(spendingHeader, Columns.SOURCE, labels.get("reportbook.spending.source"), styles.header);
        text(spendingHeader, Columns.AMOUNT, labels.get("reportbook.spending.amount"), styles.header);
        merged(spendingHeader, Columns.SOURCE_INSTITUTION, Columns.NOTE, labels.get("reportbook.spending.institution"),
                styles.header);
        var lines = entry.spending();
        int count = Math.max(MIN_SPENDING_LINES, lines.size() + 1);
        for (int n = 0; n < count; n++) {
            var line = n < lines.size() ? lines.get(n) : null;
            int row = keyed(RowKeys.spending(id, n + 1));
            text(row, Columns.CODE, null, styles.label);
            text(row, Columns.SOURCE, line == null ? null : labels.funding(kind(line)), styles.input);
            number(row, Columns.AMOUNT, line == null ? null : line.amount(), styles.input);
            merged(row, Columns.SOURCE_INSTITUTION, Columns.NOTE,
                    line == null ? null : directory.nameOf(line.sourceInstitutionId()), styles.input);
            sourceCells.addCellRangeAddress(row, Columns.SOURCE, row, Columns.SOURCE);
            notNegativeCells.addCellRangeAddress(row, Columns.AMOUNT, row, Columns.AMOUNT);
            institutionCells.addCellRangeAddress(row, Columns.SOURCE_INSTITUTION, row, Columns.SOURCE_INSTITUTION);
        }
        for (var indicator : item.indicators()) {
            indicator(indicator);
        }
        next++;
    }

    private void indicator(ReportSheet.SheetIndicator item) {
        var indicator = item.indicator();
        long id = indicator.id();
        boolean percentage = indicator.type() == IndicatorType.PERCENTAGE;

        int title = keyed(RowKeys.of(RowKeys.INDICATOR, id));
        text(title, Columns.CODE, item.ownerCode(), styles.labelBold);
        text(title, Columns.LABEL, indicator.name(), styles.labelBold);
        merged(title, Columns.PERIOD, Columns.NOTE, describe(item), styles.label);

        var columns = new ArrayList<String>();
        var groups = item.breakdown().groups();
        if (!groups.isEmpty()) {
            int groupRow = keyed(RowKeys.of(RowKeys.GROUPS, id));
            int column = Columns.FIRST_PART;
            for (var group : groups) {
                int end = column + group.parts().size() - 1;
                merged(groupRow, column, end, labels.get("reportbook.group", labels.group(group)), styles.header);
                column = end + 1;
            }
        }
        int header = keyed(RowKeys.of(RowKeys.COLUMNS, id));
        text(header, Columns.CODE, labels.get("reportbook.column.code"), styles.header);
        text(header, Columns.LABEL, labels.get("reportbook.column.indicator"), styles.header);
        text(header, Columns.PERIOD, labels.get("reportbook.column.period"), styles.header);
        text(header, Columns.TOTAL, totalHeader(item), styles.header);
        text(header, Columns.NUMERATOR, percentage ? definition("reportbook.column.numerator", indicator.numerator()) : null,
                styles.header);
        text(header, Columns.DENOMINATOR,
                percentage ? definition("reportbook.column.denominator", indicator.denominator()) : null, styles.header);
        text(header, Columns.NOTE, labels.get("reportbook.column.note"), styles.header);
        int column = Columns.FIRST_PART;
        for (var group : groups) {
            for (var part : group.parts()) {
                text(header, column++, labels.part(part), styles.header);
                columns.add(part.key());
            }
        }
        sheet.getRow(header).setHeightInPoints(30);
        lastColumn = Math.max(lastColumn, Columns.FIRST_PART + columns.size() - 1);
        if (!columns.isEmpty()) {
            partColumns.put(id, List.copyOf(columns));
        }

        for (var value : item.values()) {
            valueRow(item, value, columns);
        }
    }

    private void valueRow(ReportSheet.SheetIndicator item, ValueView value, List<String> columns) {
        var indicator = item.indicator();
        var key = RowKeys.value(indicator.id(), value.startsOn());
        parts.put(key, new TemplateStamp.Downloaded(value.version(), Canonical.digest(Canonical.of(value.toCommand()))));
        int row = keyed(key);
        text(row, Columns.CODE, item.ownerCode(), styles.label);
        text(row, Columns.LABEL, indicator.name(), styles.label);
        text(row, Columns.PERIOD, labels.span(value.startsOn(), value.endsOn()), styles.label);
        if (value.suppressed()) {
            // read protected: the mark in the total, the rates and the parts, nothing of the note (see the legend)
            text(row, Columns.TOTAL, SuppressedCells.MARK, styles.label);
            boolean rate = indicator.type() == IndicatorType.PERCENTAGE;
            text(row, Columns.NUMERATOR, rate ? SuppressedCells.MARK : null, styles.label);
            text(row, Columns.DENOMINATOR, rate ? SuppressedCells.MARK : null, styles.label);
            text(row, Columns.NOTE, null, styles.label);
            for (int i = 0; i < columns.size(); i++) {
                text(row, Columns.FIRST_PART + i, SuppressedCells.MARK, styles.label);
            }
            return;
        }
        switch (indicator.type()) {
            case YES_NO -> {
                text(row, Columns.TOTAL, value.total() == null ? null
                        : labels.get(value.total().signum() == 0 ? "reportbook.no" : "reportbook.yes"), styles.input);
                yesNoCells.addCellRangeAddress(row, Columns.TOTAL, row, Columns.TOTAL);
            }
            case PERCENTAGE -> {
                number(row, Columns.TOTAL, value.total(), styles.input);
                percentCells.addCellRangeAddress(row, Columns.TOTAL, row, Columns.TOTAL);
            }
            case SCALE -> {
                number(row, Columns.TOTAL, value.total(), styles.input);
                scale(row, indicator.scaleMin(), indicator.scaleMax());
            }
            case NUMBER -> {
                number(row, Columns.TOTAL, value.total(), styles.input);
                numberCells.addCellRangeAddress(row, Columns.TOTAL, row, Columns.TOTAL);
            }
        }
        if (indicator.type() == IndicatorType.PERCENTAGE) {
            number(row, Columns.NUMERATOR, value.numerator(), styles.input);
            number(row, Columns.DENOMINATOR, value.denominator(), styles.input);
            notNegativeCells.addCellRangeAddress(row, Columns.NUMERATOR, row, Columns.DENOMINATOR);
        } else {
            text(row, Columns.NUMERATOR, null, styles.label);
            text(row, Columns.DENOMINATOR, null, styles.label);
        }
        text(row, Columns.NOTE, value.note(), styles.input);
        for (int i = 0; i < columns.size(); i++) {
            number(row, Columns.FIRST_PART + i, value.parts().get(columns.get(i)), styles.input);
        }
        if (!columns.isEmpty()) {
            notNegativeCells.addCellRangeAddress(row, Columns.FIRST_PART, row, Columns.FIRST_PART + columns.size() - 1);
        }
    }

    private String describe(ReportSheet.SheetIndicator item) {
        var indicator = item.indicator();
        var words = new ArrayList<String>();
        words.add(labels.get(indicator.type().messageKey()));
        if (indicator.unit() != null && !indicator.unit().isBlank()) {
            words.add(labels.get("reportbook.unit", indicator.unit()));
        }
        if (indicator.frequency() != null) {
            words.add(labels.get("reportbook.collected", labels.get(indicator.frequency().messageKey())));
        }
        return String.join(" · ", words);
    }

    private String totalHeader(ReportSheet.SheetIndicator item) {
        var indicator = item.indicator();
        return switch (indicator.type()) {
            case YES_NO -> labels.get("reportbook.column.yes-no");
            case PERCENTAGE -> labels.get("reportbook.column.percentage");
            case SCALE -> labels.get("reportbook.column.scale", labels.number(indicator.scaleMin()),
                    labels.number(indicator.scaleMax()));
            case NUMBER -> labels.get("reportbook.column.total");
        };
    }

    private String definition(String key, String definition) {
        var title = labels.get(key);
        return definition == null || definition.isBlank() ? title : title + ": " + definition;
    }

    private static FundingSourceKind kind(SpendingCommand line) {
        return line.kind() == null ? FundingSourceKind.STATE_BUDGET : line.kind();
    }

    private static String orNothing(String text) {
        return text == null || text.isBlank() ? Labels.NOTHING : text;
    }

    // ---- structure, protection and drop-downs ----

    /** A new row with its key in the hidden column A; returns its 0-based index. */
    private int keyed(String key) {
        int index = next++;
        row(index).createCell(Columns.KEY).setCellValue(key);
        rowKeys.put(index + 1, key);
        return index;
    }

    /** Row 1 names each column by its letter, so that a column inserted or deleted shows in the fingerprint. */
    private void markers() {
        var row = row(0);
        for (int c = Columns.CODE; c <= lastColumn; c++) {
            row.createCell(c).setCellValue(CellReference.convertNumToColString(c));
        }
        row.setZeroHeight(true);
    }

    private SortedMap<Integer, String> columnMarkers() {
        var markers = new TreeMap<Integer, String>();
        for (int c = Columns.CODE; c <= lastColumn; c++) {
            markers.put(c, CellReference.convertNumToColString(c));
        }
        return markers;
    }

    private void layout() {
        sheet.setColumnHidden(Columns.KEY, true);
        sheet.setColumnWidth(Columns.CODE, 14 * 256);
        sheet.setColumnWidth(Columns.LABEL, 46 * 256);
        sheet.setColumnWidth(Columns.PERIOD, 20 * 256);
        for (int c = Columns.TOTAL; c <= Columns.DENOMINATOR; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        sheet.setColumnWidth(Columns.NOTE, 28 * 256);
        for (int c = Columns.FIRST_PART; c <= lastColumn; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        var print = sheet.getPrintSetup();
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
    }

    private void protect() {
        sheet.protectSheet(PROTECTION);
        // people may still make rows taller and columns wider to read long texts; nothing else
        sheet.lockFormatRows(false);
        sheet.lockFormatColumns(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
        workbook.setWorkbookPassword(PROTECTION, HashAlgorithm.sha512);
        workbook.lockStructure();
    }

    private void validations() {
        var helper = new XSSFDataValidationHelper(sheet);
        list(helper, statusCells, Arrays.stream(ActivityStatus.values()).map(labels::status).toList(),
                "reportbook.validation.status");
        list(helper, sourceCells, Arrays.stream(FundingSourceKind.values()).map(labels::funding).toList(),
                "reportbook.validation.source");
        list(helper, yesNoCells, List.of(labels.get("reportbook.yes"), labels.get("reportbook.no")),
                "reportbook.validation.yes-no");
        int institutions = directory.all().size();
        if (institutions > 0 && institutionCells.countRanges() > 0) {
            // not strict: a name the directory knows by another spelling is still understood when read back
            add(helper, helper.createFormulaListConstraint(LISTS_SHEET + "!$A$1:$A$" + institutions), institutionCells,
                    null);
        }
        add(helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.GREATER_OR_EQUAL, "0", null),
                notNegativeCells, "reportbook.validation.not-negative");
        add(helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
                percentCells, "reportbook.validation.percentage");
        add(helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-999999999999999",
                "999999999999999"), numberCells, "reportbook.validation.number");
    }

    private void scale(int row, BigDecimal min, BigDecimal max) {
        var helper = new XSSFDataValidationHelper(sheet);
        var cells = new CellRangeAddressList(row, row, Columns.TOTAL, Columns.TOTAL);
        add(helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                min == null ? "-999999999999999" : min.toPlainString(), max == null ? "999999999999999" : max.toPlainString()),
                cells, "reportbook.validation.number");
    }

    private void list(XSSFDataValidationHelper helper, CellRangeAddressList cells, List<String> items, String errorKey) {
        // an explicit list is written as "a,b,c": a comma inside an item would split it
        var safe = items.stream().map(item -> item.replace(",", " ").replace("\"", "'")).toArray(String[]::new);
        add(helper, helper.createExplicitListConstraint(safe), cells, errorKey);
    }

    private void add(XSSFDataValidationHelper helper, DataValidationConstraint constraint, CellRangeAddressList cells,
            String errorKey) {
        if (cells.countRanges() == 0) {
            return;
        }
        DataValidation validation = helper.createValidation(constraint, cells);
        // POI's naming is the wrong way round for XLSX: true shows the drop-down arrow
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(errorKey != null);
        if (errorKey != null) {
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox(labels.get("reportbook.validation.title"), labels.get(errorKey));
        }
        sheet.addValidationData(validation);
    }

    private XSSFSheet lists() {
        var lists = workbook.createSheet(LISTS_SHEET);
        var names = directory.all().stream().map(InstitutionView::name).sorted(String.CASE_INSENSITIVE_ORDER).toList();
        for (int i = 0; i < names.size(); i++) {
            lists.createRow(i).createCell(0).setCellValue(safe(names.get(i)));
        }
        return lists;
    }

    private TemplateStamp stamp() {
        var period = report.period();
        return new TemplateStamp(report.planId(), period.id(), report.institutionId(), report.institutionName(),
                period.label(), sheet.getSheetName(), TemplateStamp.fingerprint(report.planId(), period.id(),
                report.institutionId(), rowKeys, columnMarkers(), partColumns), parts, partColumns);
    }

    // ---- cells ----

    private XSSFRow row(int index) {
        var row = sheet.getRow(index);
        return row == null ? sheet.createRow(index) : row;
    }

    private XSSFCell cell(int row, int column) {
        var cells = row(row);
        var cell = cells.getCell(column);
        return cell == null ? cells.createCell(column) : cell;
    }

    private void text(int row, int column, String text, XSSFCellStyle style) {
        var cell = cell(row, column);
        if (text == null || text.isEmpty()) {
            cell.setCellStyle(style);
            return;
        }
        var stored = safe(text);
        cell.setCellValue(stored);
        // a text that starts like a formula stays text even when the cell is edited again in Excel
        cell.setCellStyle(SafeSpreadsheetWriter.needsNeutralising(text) ? styles.quoted(style) : style);
    }

    private void number(int row, int column, BigDecimal value, XSSFCellStyle style) {
        var cell = cell(row, column);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        cell.setCellStyle(style);
    }

    private void merged(int row, int first, int last, String text, XSSFCellStyle style) {
        text(row, first, text, style);
        for (int c = first + 1; c <= last; c++) {
            cell(row, c).setCellStyle(style);
        }
        if (last > first) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
        }
    }

    private static String safe(String text) {
        var neutral = SafeSpreadsheetWriter.neutralise(text);
        return neutral.length() > MAX_CELL_TEXT ? neutral.substring(0, MAX_CELL_TEXT) : neutral;
    }

    /** Locked grey for what comes from the plan, unlocked light yellow for what the institution fills in. */
    private final class Styles {

        final XSSFCellStyle title = base();
        final XSSFCellStyle plain = base();
        final XSSFCellStyle hint = base();
        final XSSFCellStyle section = grey(0xD9, true);
        final XSSFCellStyle label = grey(0xF2, false);
        final XSSFCellStyle labelBold = grey(0xF2, true);
        final XSSFCellStyle header = grey(0xD9, true);
        final XSSFCellStyle input = yellow(false);
        final XSSFCellStyle legend = yellow(true);
        private final Map<XSSFCellStyle, XSSFCellStyle> quoted = new HashMap<>();

        Styles() {
            var big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title.setFont(big);
            title.setWrapText(false);
            var small = workbook.createFont();
            small.setItalic(true);
            small.setFontHeightInPoints((short) 9);
            hint.setFont(small);
            header.setAlignment(HorizontalAlignment.CENTER);
        }

        private XSSFCellStyle base() {
            var style = workbook.createCellStyle();
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        }

        private XSSFCellStyle grey(int shade, boolean bold) {
            var style = bordered(new XSSFColor(new byte[] {(byte) shade, (byte) shade, (byte) shade}, null));
            if (bold) {
                var font = workbook.createFont();
                font.setBold(true);
                style.setFont(font);
            }
            return style;
        }

        private XSSFCellStyle yellow(boolean locked) {
            var style = bordered(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC}, null));
            style.setLocked(locked);
            return style;
        }

        private XSSFCellStyle bordered(XSSFColor fill) {
            var style = base();
            style.setFillForegroundColor(fill);
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            for (var side : List.<java.util.function.Consumer<BorderStyle>>of(style::setBorderTop, style::setBorderBottom,
                    style::setBorderLeft, style::setBorderRight)) {
                side.accept(BorderStyle.THIN);
            }
            return style;
        }

        XSSFCellStyle quoted(XSSFCellStyle style) {
            return quoted.computeIfAbsent(style, original -> {
                var copy = workbook.createCellStyle();
                copy.cloneStyleFrom(original);
                copy.setQuotePrefixed(true);
                return copy;
            });
        }
    }
}
