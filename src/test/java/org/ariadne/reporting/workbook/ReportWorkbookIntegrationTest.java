package org.ariadne.reporting.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.PlanEditing;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportingFixture;
import org.ariadne.reportingcycle.ReportingSchedules;
import org.ariadne.reporting.ValueView;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.ariadne.support.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A focal point fills the report offline: download, fill, upload, check the preview, confirm. */
@AriadneIntegrationTest
class ReportWorkbookIntegrationTest {

    private static final String GIRLS = "SEX=FEMALE|AGE_GROUP=UNDER_18";
    private static final String WOMEN = "SEX=FEMALE|AGE_GROUP=ADULT";
    private static final String BOYS = "SEX=MALE|AGE_GROUP=UNDER_18";

    @Autowired
    MockMvc mvc;
    @Autowired
    ProgressReports reports;
    @Autowired
    ReportingSchedules schedules;
    @Autowired
    PlanEditing editing;
    @Autowired
    Institutions institutions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    ReportingFixture plan;
    PeriodView period;
    SignedInUser policeFocalPoint;
    SignedInUser shelterFocalPoint;

    @BeforeEach
    void setUp() {
        plan = new ReportingFixture(editing, institutions, schedules);
        period = plan.lastEndedPeriod(schedules);
        policeFocalPoint = TestSignIn.user(Unique.username("police-focal"), plan.police, Role.FOCAL_POINT);
        shelterFocalPoint = TestSignIn.user(Unique.username("shelter-focal"), plan.shelter, Role.FOCAL_POINT);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    // ---- the story ----

    @Test
    void aFilledWorkbookShowsExactlyItsChangesAndSavesThemOnConfirmation() throws Exception {
        var month = period.startsOn();
        var donor = shelterName();
        var spent = RowKeys.spending(plan.training, 1);
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "3 – Has started")
                .text(RowKeys.of(RowKeys.NARRATIVE, plan.training), Columns.ENTRY, "Trained 40 officers in two sessions")
                .text(spent, Columns.SOURCE, "Donor")
                .number(spent, Columns.AMOUNT, 1200.5)
                .text(spent, Columns.SOURCE_INSTITUTION, donor)
                .number(RowKeys.value(plan.victimsIdentified, month), part(GIRLS), 4)
                .number(RowKeys.value(plan.victimsIdentified, month), part(WOMEN), 3)
                .number(RowKeys.value(plan.victimsIdentified, month), part(BOYS), 1)
                .text(RowKeys.value(plan.operationsHeld, month), Columns.TOTAL, "Yes");

        var preview = previewPage(upload(policeFocalPoint, book.bytes()));

        assertThat(preview).contains("data-count=\"changes\">3<").contains("data-count=\"errors\">0<");
        var training = "A1.1.1 Training of police officers";
        var victims = "A1.1.1 Victims identified, " + monthName(month);
        var victimsRow = RowKeys.value(plan.victimsIdentified, month);
        assertThat(changeRows(preview)).containsExactlyInAnyOrder(
                book.ref(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY) + " | " + training
                        + " | status | — | 3 – Has started",
                book.ref(RowKeys.of(RowKeys.NARRATIVE, plan.training), Columns.ENTRY) + " | " + training
                        + " | what was done | — | Trained 40 officers in two sessions",
                book.ref(spent, Columns.SOURCE) + " | " + training + " | funds spent | — | 1,200.5 Donor (" + donor + ")",
                book.ref(victimsRow, Columns.TOTAL) + " | " + victims + " | total | — | 8",
                book.ref(victimsRow, part(GIRLS)) + " | " + victims + " | Female, Under 18 | — | 4",
                book.ref(victimsRow, part(WOMEN)) + " | " + victims + " | Female, 18 and over | — | 3",
                book.ref(victimsRow, part(BOYS)) + " | " + victims + " | Male, Under 18 | — | 1",
                book.ref(RowKeys.value(plan.operationsHeld, month), Columns.TOTAL) + " | A1.1.2 Joint operation held, "
                        + quarterName() + " | total | — | Yes");

        var token = lastToken;
        var confirmed = mvc.perform(post(base() + "/workbook/" + token + "/confirm").with(TestSignIn.as(policeFocalPoint))
                .with(csrf())).andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo(base());
        assertThat(messages.getMessage((String) confirmed.getFlashMap().get("noticeKey"),
                (Object[]) confirmed.getFlashMap().get("noticeArgs"), Locale.ENGLISH))
                .isEqualTo("3 parts of the report were saved from the workbook.");

        var sheet = sheetAs(policeFocalPoint);
        var entry = sheet.activities().get(0).entry();
        assertThat(entry.status()).isEqualTo(ActivityStatus.STARTED);
        assertThat(entry.narrative()).isEqualTo("Trained 40 officers in two sessions");
        assertThat(entry.spending()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(org.ariadne.plan.FundingSourceKind.DONOR);
            assertThat(line.sourceInstitutionId()).isEqualTo(plan.shelter);
            assertThat(line.amount()).isEqualByComparingTo("1200.50");
        });
        var saved = value(sheet, plan.victimsIdentified, month);
        assertThat(saved.total()).isEqualByComparingTo("8");
        assertThat(saved.parts()).containsOnlyKeys(GIRLS, WOMEN, BOYS);
        assertThat(saved.parts().get(GIRLS)).isEqualByComparingTo("4");
        assertThat(value(sheet, plan.operationsHeld, month).total()).isEqualByComparingTo("1");
        assertThat(sheet.activities().get(1).entry().status()).isNull();

        var again = new Book(download(policeFocalPoint, period.id(), plan.police));
        assertThat(again.cell(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY).getStringCellValue())
                .isEqualTo("3 – Has started");
        assertThat(again.cell(RowKeys.of(RowKeys.NARRATIVE, plan.training), Columns.ENTRY).getStringCellValue())
                .isEqualTo("Trained 40 officers in two sessions");
        assertThat(again.cell(spent, Columns.SOURCE).getStringCellValue()).isEqualTo("Donor");
        assertThat(again.cell(spent, Columns.AMOUNT).getNumericCellValue()).isEqualTo(1200.5);
        assertThat(again.cell(spent, Columns.SOURCE_INSTITUTION).getStringCellValue()).isEqualTo(donor);
        assertThat(again.cell(RowKeys.value(plan.victimsIdentified, month), Columns.TOTAL).getNumericCellValue()).isEqualTo(8);
        assertThat(again.cell(RowKeys.value(plan.victimsIdentified, month), part(GIRLS)).getNumericCellValue()).isEqualTo(4);
        assertThat(again.cell(RowKeys.value(plan.operationsHeld, month), Columns.TOTAL).getStringCellValue()).isEqualTo("Yes");

        // the fresh download, uploaded as it is, changes nothing
        var unchanged = previewPage(upload(policeFocalPoint, again.bytes()));
        assertThat(unchanged).contains("data-count=\"changes\">0<").contains("id=\"confirm-workbook\" disabled");
    }

    @Test
    void theWorkbookSpeaksTheUsersLanguageAndIsUnderstoodWhateverTheLanguageOfTheUpload() throws Exception {
        var albanian = mvc.perform(get(base() + "/workbook.xlsx").locale(Locale.forLanguageTag("sq"))
                .with(TestSignIn.as(policeFocalPoint))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        var book = new Book(albanian);
        assertThat(book.sheet.getSheetName()).isEqualTo("Raporti");
        assertThat(book.cell(RowKeys.of(RowKeys.COLUMNS, plan.victimsIdentified), part(GIRLS)).getStringCellValue())
                .isEqualTo("Femra, Nën 18 vjeç");
        // dates the Albanian way ("31 dhj 2026"), as the pages write them, not a pattern of their own
        var heading = new StringBuilder();
        for (int r = 0; r <= 2; r++) {
            for (var cell : book.sheet.getRow(r)) {
                heading.append(cell.toString()).append(' ');
            }
        }
        assertThat(heading.toString()).contains("afati "
                + org.ariadne.common.format.Formats.of(Locale.forLanguageTag("sq")).date(period.deadline()));
        book.text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "Ka filluar")
                .text(RowKeys.value(plan.operationsHeld, period.startsOn()), Columns.TOTAL, "Jo");

        var preview = previewPage(upload(policeFocalPoint, book.bytes()));

        assertThat(changeRows(preview)).containsExactlyInAnyOrder(
                book.ref(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY)
                        + " | A1.1.1 Training of police officers | status | — | 3 – Has started",
                book.ref(RowKeys.value(plan.operationsHeld, period.startsOn()), Columns.TOTAL)
                        + " | A1.1.2 Joint operation held, " + quarterName() + " | total | — | No");
    }

    @Test
    void theWorkbookOfAnotherInstitutionIsRefusedAndTheReportStaysAsItWas() throws Exception {
        var shelterBook = download(shelterFocalPoint, period.id(), plan.shelter);
        var shelterName = shelterName();

        var page = refusedUpload(policeFocalPoint, shelterBook);

        assertThat(page).contains("This workbook is the template of " + shelterName + ", " + period.label()
                + "; download the template of this report.");
        assertNothingSavedOrKept();
    }

    @Test
    void theWorkbookOfAnotherPeriodIsRefused() throws Exception {
        var other = otherPeriod();
        var book = new Book(download(policeFocalPoint, other.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "4");

        var page = refusedUpload(policeFocalPoint, book.bytes());

        assertThat(page).contains("This workbook is the template of " + policeName() + ", " + other.label());
        assertNothingSavedOrKept();
    }

    @Test
    void aWorkbookWithARowInsertedIsRefusedAsEdited() throws Exception {
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "4")
                .insertRowAbove(RowKeys.of(RowKeys.NARRATIVE, plan.training));

        var page = refusedUpload(policeFocalPoint, book.bytes());

        assertThat(page).contains("were inserted, deleted or moved").contains("Download a fresh template");
        assertNothingSavedOrKept();
    }

    @Test
    void theReportWorkbookWithAMacroHiddenAfterTheFirstMibIsRefused() throws Exception {
        var book = download(policeFocalPoint, period.id(), plan.police);
        var hidden = org.ariadne.common.spreadsheet.Fixtures.macroDeclaredAfterTheFirstMib(book, "xl",
                org.ariadne.common.spreadsheet.Fixtures.vbaProject());

        var page = refusedUpload(policeFocalPoint, hidden);

        assertThat(page).contains("This file contains macros, which are not accepted.");
        assertNothingSavedOrKept();
    }

    @Test
    void aSpreadsheetThatIsNoTemplateIsRefused() throws Exception {
        var page = refusedUpload(policeFocalPoint, new Workbooks().row("Activity", "Status").row("A1.1.1", 3).xlsx());

        assertThat(page).contains("This file is not an Ariadne report template.");
        assertNothingSavedOrKept();
    }

    @Test
    void everyProblemIsShownByCellAndNothingCanBeSaved() throws Exception {
        var first = period.startsOn();
        var second = first.plusMonths(1);
        var third = first.plusMonths(2);
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "3")
                .text(RowKeys.value(plan.victimsIdentified, first), part(GIRLS), "many")
                .number(RowKeys.value(plan.victimsIdentified, second), Columns.TOTAL, 5)
                .number(RowKeys.value(plan.victimsIdentified, second), part(GIRLS), 1)
                .number(RowKeys.value(plan.victimsIdentified, second), part(WOMEN), 1)
                .formula(RowKeys.value(plan.victimsIdentified, third), part(BOYS), "SUM(1,2)")
                .text(RowKeys.of(RowKeys.STATUS, plan.operations), Columns.ENTRY, "almost done");

        var token = upload(policeFocalPoint, book.bytes());
        var page = previewPage(token);

        assertThat(problemRows(page)).containsExactlyInAnyOrder(
                book.ref(RowKeys.value(plan.victimsIdentified, first), part(GIRLS)) + " | 'many' is not a number.",
                book.ref(RowKeys.value(plan.victimsIdentified, second), Columns.TOTAL)
                        + " | The parts by Sex × Age group add up to 2, but the total is 5. Correct the total or the parts.",
                book.ref(RowKeys.value(plan.victimsIdentified, third), part(BOYS))
                        + " | This cell holds a formula (=SUM(1,2)). Ariadne does not calculate formulas: type the value itself.",
                book.ref(RowKeys.of(RowKeys.STATUS, plan.operations), Columns.ENTRY)
                        + " | 'almost done' is not one of the four statuses: 1 – Hasn't started, 2 – In continuum, 3 – Has started, 4 – Completed.");
        assertThat(page).contains("id=\"confirm-workbook\" disabled");

        var refused = mvc.perform(post(base() + "/workbook/" + token + "/confirm").with(TestSignIn.as(policeFocalPoint))
                .with(csrf())).andReturn().getResponse();
        assertThat(refused.getRedirectedUrl()).isNull();
        assertThat(HtmlUtils.htmlUnescape(refused.getContentAsString())).contains("4 cells have a problem.");
        assertThat(sheetAs(policeFocalPoint).report()).isNull();
    }

    @Test
    void aPartSavedInAriadneSinceTheDownloadIsKeptUnlessTheUserChoosesToOverwriteIt() throws Exception {
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "3")
                .text(RowKeys.of(RowKeys.STATUS, plan.operations), Columns.ENTRY, "1");
        as(policeFocalPoint);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, "Finished early", null, List.of()));

        var token = upload(policeFocalPoint, book.bytes());
        var page = previewPage(token);
        assertThat(page).contains("data-count=\"conflicts\">1<").contains("data-count=\"changes\">2<");
        assertThat(changeRows(page)).contains(book.ref(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY)
                + " | A1.1.1 Training of police officers | status | 4 – Completed | 3 – Has started");
        assertThat(page).containsPattern("data-conflict=\"true\"[^>]*>\\s*<td><code>C\\d+</code>");
        var keptNotice = mvc.perform(post(base() + "/workbook/" + token + "/confirm").with(TestSignIn.as(policeFocalPoint))
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn().getFlashMap();
        assertThat(messages.getMessage((String) keptNotice.get("noticeKey"), (Object[]) keptNotice.get("noticeArgs"),
                Locale.ENGLISH)).isEqualTo("One part of the report was saved from the workbook. One part changed in Ariadne"
                + " since your download was kept as saved.");

        var kept = sheetAs(policeFocalPoint);
        assertThat(kept.activities().get(0).entry().status()).isEqualTo(ActivityStatus.COMPLETED);
        assertThat(kept.activities().get(0).entry().narrative()).isEqualTo("Finished early");
        assertThat(kept.activities().get(1).entry().status()).isEqualTo(ActivityStatus.NOT_STARTED);

        var second = upload(policeFocalPoint, book.bytes());
        assertThat(previewPage(second)).contains("data-count=\"conflicts\">1<").contains("data-count=\"changes\">1<");
        mvc.perform(post(base() + "/workbook/" + second + "/confirm").param("overwrite", "true")
                .with(TestSignIn.as(policeFocalPoint)).with(csrf())).andExpect(status().is3xxRedirection());

        var overwritten = sheetAs(policeFocalPoint);
        assertThat(overwritten.activities().get(0).entry().status()).isEqualTo(ActivityStatus.STARTED);
        assertThat(overwritten.activities().get(0).entry().narrative()).isNull();
    }

    @Test
    void aPreviewOvertakenByASaveInAriadneIsNotConfirmedAndASecondConfirmationSavesNothing() throws Exception {
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "3");
        var token = upload(policeFocalPoint, book.bytes());
        var confirm = base() + "/workbook/" + token + "/confirm";
        var seen = seen(previewPage(token));
        // a colleague saves the same part in Ariadne while the preview is open
        as(policeFocalPoint);
        reports.saveActivity(period.id(), plan.police, plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.COMPLETED, "Finished early", null, List.of()));

        var stale = mvc.perform(post(confirm).param("seen", seen).param("overwrite", "true")
                .with(TestSignIn.as(policeFocalPoint)).with(csrf())).andReturn().getResponse();

        assertThat(stale.getRedirectedUrl()).isNull();
        var again = HtmlUtils.htmlUnescape(stale.getContentAsString());
        assertThat(again).contains("Confirming would no longer do what this preview showed")
                .contains("data-count=\"conflicts\">1<");
        assertThat(org.jsoup.Jsoup.parse(again).select("#confirm-form input[name=overwrite]")).hasSize(1);
        assertThat(org.jsoup.Jsoup.parse(again).select("#changes")).hasSize(1);
        assertThat(sheetAs(policeFocalPoint).activities().get(0).entry().status()).isEqualTo(ActivityStatus.COMPLETED);

        // confirmed from the preview as it is now, then a second time (a double click, the back button)
        var first = mvc.perform(post(confirm).param("seen", seen(again)).param("overwrite", "true")
                .with(TestSignIn.as(policeFocalPoint)).with(csrf())).andReturn();
        assertThat(first.getResponse().getRedirectedUrl()).isEqualTo(base());
        assertThat(sheetAs(policeFocalPoint).activities().get(0).entry().status()).isEqualTo(ActivityStatus.STARTED);
        var version = sheetAs(policeFocalPoint).activities().get(0).entry().version();
        var second = mvc.perform(post(confirm).param("seen", seen(again)).param("overwrite", "true")
                .with(TestSignIn.as(policeFocalPoint)).with(csrf())).andReturn();
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(base());
        assertThat(second.getFlashMap().get("noticeKey")).isEqualTo("upload.already-confirmed");
        assertThat(sheetAs(policeFocalPoint).activities().get(0).entry().version()).isEqualTo(version);
        mvc.perform(get(base() + "/workbook/" + token).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void onlyThoseWhoMaySeeTheReportDownloadItAndOnlyItsFocalPointUploads() throws Exception {
        var policeBook = download(policeFocalPoint, period.id(), plan.police);
        var shelter = TestSignIn.as(shelterFocalPoint);

        mvc.perform(get(base() + "/workbook.xlsx").with(shelter)).andExpect(status().isForbidden());
        mvc.perform(get(base() + "/workbook").with(shelter)).andExpect(status().isForbidden());
        mvc.perform(multipart(base() + "/workbook").file(new MockMultipartFile("file", "report.xlsx", null, policeBook))
                .with(shelter).with(csrf())).andExpect(status().isForbidden());
        var member = TestSignIn.as(TestSignIn.user(Unique.username("member"), null, Role.MEMBER));
        mvc.perform(get(base() + "/workbook.xlsx").with(member)).andExpect(status().isForbidden());
        var officer = TestSignIn.as(TestSignIn.user(Unique.username("officer"), null, Role.ME_OFFICER));
        mvc.perform(get(base() + "/workbook.xlsx").with(officer)).andExpect(status().isOk());
        mvc.perform(multipart(base() + "/workbook").file(new MockMultipartFile("file", "report.xlsx", null, policeBook))
                .with(officer).with(csrf())).andExpect(status().isForbidden());
        assertNothingSavedOrKept();
    }

    @Test
    void aFocalPointOfAnotherInstitutionCanNeitherSeeNorConfirmNorDiscardThePolicesUpload() throws Exception {
        var book = new Book(download(policeFocalPoint, period.id(), plan.police))
                .text(RowKeys.of(RowKeys.STATUS, plan.training), Columns.ENTRY, "3 – Has started");
        var token = upload(policeFocalPoint, book.bytes());
        var shelter = TestSignIn.as(shelterFocalPoint);
        var upload = base() + "/workbook/" + token;

        mvc.perform(get(upload).with(shelter)).andExpect(status().isForbidden());
        mvc.perform(post(upload + "/confirm").param("overwrite", "true").with(shelter).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(upload + "/cancel").with(shelter).with(csrf())).andExpect(status().isForbidden());
        // nor through their own report's address: the token only opens the upload it was given for
        var own = "/reporting/" + period.id() + "/institutions/" + plan.shelter + "/workbook/" + token;
        mvc.perform(get(own).with(shelter)).andExpect(status().isNotFound());
        mvc.perform(post(own + "/confirm").with(shelter).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(own + "/cancel").with(shelter).with(csrf())).andExpect(status().isNotFound());

        assertThat(sheetAs(policeFocalPoint).report()).isNull();
        var preview = previewPage(token);
        assertThat(preview).contains("data-count=\"changes\">1<");
        var confirmed = mvc.perform(post(upload + "/confirm").with(TestSignIn.as(policeFocalPoint)).with(csrf()))
                .andReturn().getResponse();
        assertThat(confirmed.getRedirectedUrl()).isEqualTo(base());
        assertThat(sheetAs(policeFocalPoint).activities().get(0).entry().status()).isEqualTo(ActivityStatus.STARTED);
    }

    @Test
    void theReportSheetIsProtectedWithOnlyItsInputCellsOpenAndTheStatusAsAList() throws Exception {
        var book = new Book(download(policeFocalPoint, period.id(), plan.police));
        var workbook = book.workbook;

        assertThat(book.sheet.getSheetName()).isEqualTo("Report");
        assertThat(book.sheet.getProtect()).isTrue();
        assertThat(workbook.isStructureLocked()).isTrue();
        assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(TemplateStamp.SHEET)))
                .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
        var status = RowKeys.of(RowKeys.STATUS, plan.training);
        var month = RowKeys.value(plan.victimsIdentified, period.startsOn());
        for (var input : List.of(book.cell(status, Columns.ENTRY), book.cell(RowKeys.of(RowKeys.NARRATIVE, plan.training),
                Columns.ENTRY), book.cell(month, Columns.TOTAL), book.cell(month, part(GIRLS)),
                book.cell(RowKeys.spending(plan.training, 1), Columns.AMOUNT))) {
            assertThat(input.getCellStyle().getLocked()).as(input.getReference()).isFalse();
        }
        for (var label : List.of(book.cell(RowKeys.of(RowKeys.ACTIVITY, plan.training), Columns.CODE),
                book.cell(RowKeys.of(RowKeys.ACTIVITY, plan.training), Columns.LABEL), book.cell(month, Columns.LABEL),
                book.cell(month, Columns.PERIOD), book.cell(RowKeys.of(RowKeys.COLUMNS, plan.victimsIdentified), part(GIRLS)))) {
            assertThat(label.getCellStyle().getLocked()).as(label.getReference()).isTrue();
        }
        var statusCell = book.cell(status, Columns.ENTRY);
        var validation = book.sheet.getDataValidations().stream()
                .filter(v -> java.util.Arrays.stream(v.getRegions().getCellRangeAddresses())
                        .anyMatch(range -> range.isInRange(statusCell)))
                .findFirst().orElseThrow();
        assertThat(validation.getValidationConstraint().getExplicitListValues())
                .containsExactly("1 – Hasn't started", "2 – In continuum", "3 – Has started", "4 – Completed");
        assertThat(book.cell(RowKeys.of(RowKeys.COLUMNS, plan.victimsIdentified), part(GIRLS)).getStringCellValue())
                .isEqualTo("Female, Under 18");
    }

    @Test
    void savingManyPartsIsAllOrNothing() {
        as(policeFocalPoint);
        var parts = Map.of(GIRLS, new BigDecimal("2"));
        var good = new org.ariadne.reporting.ActivityEntryUpdate(plan.training, 0,
                new ActivityEntryCommand(ActivityStatus.STARTED, null, null, List.of()));
        var wrong = new org.ariadne.reporting.ValueUpdate(plan.victimsIdentified, period.startsOn(), 0,
                new org.ariadne.reporting.ValueCommand(new BigDecimal("7"), null, null, parts, null));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.saveAll(period.id(), plan.police, List.of(good),
                List.of(wrong))).isInstanceOf(org.ariadne.common.UserFacingException.class);

        assertThat(reports.sheet(period.id(), plan.police).activities().get(0).entry().status()).isNull();
    }

    // ---- helpers ----

    private String lastToken;

    private String base() {
        return "/reporting/" + period.id() + "/institutions/" + plan.police;
    }

    private byte[] download(SignedInUser user, long periodId, long institutionId) throws Exception {
        var response = mvc.perform(get("/reporting/" + periodId + "/institutions/" + institutionId + "/workbook.xlsx")
                .with(TestSignIn.as(user))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        // saved under its own name, never opened or guessed at by the browser, nothing kept in a cache
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment;").contains("filename*=UTF-8''");
        assertThat(response.getHeaders("X-Content-Type-Options")).containsExactly("nosniff");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
        return response.getContentAsByteArray();
    }

    private String upload(SignedInUser user, byte[] content) throws Exception {
        var result = mvc.perform(multipart(base() + "/workbook").file(new MockMultipartFile("file", "report.xlsx", null,
                content)).with(TestSignIn.as(user)).with(csrf())).andReturn();
        var location = result.getResponse().getRedirectedUrl();
        assertThat(location).as(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString()))
                .startsWith(base() + "/workbook/");
        lastToken = location.substring((base() + "/workbook/").length());
        return lastToken;
    }

    private String refusedUpload(SignedInUser user, byte[] content) throws Exception {
        var response = mvc.perform(multipart(base() + "/workbook").file(new MockMultipartFile("file", "report.xlsx", null,
                content)).with(TestSignIn.as(user)).with(csrf())).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isNull();
        return HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    private String previewPage(String token) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get(base() + "/workbook/" + token).with(TestSignIn.as(policeFocalPoint)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** The fingerprint the preview page sends with its confirmation. */
    private static String seen(String page) {
        return org.jsoup.Jsoup.parse(page).select("#confirm-form input[name=seen]").val();
    }

    /** The rows of the changes table as "cell | code label | field | before | after". */
    private static List<String> changeRows(String page) {
        var table = org.jsoup.Jsoup.parse(page).getElementById("changes");
        if (table == null) {
            return List.of();
        }
        return table.select("tbody tr").stream().map(row -> {
            var cells = row.select("td");
            var part = cells.get(1).select("strong").text() + " " + cells.get(1).select("span").first().text();
            return cells.get(0).text() + " | " + part + " | " + cells.get(2).text() + " | " + cells.get(3).text() + " | "
                    + cells.get(4).text();
        }).toList();
    }

    /** The rows of the problems table as "cell | message". */
    private static List<String> problemRows(String page) {
        var table = org.jsoup.Jsoup.parse(page).getElementById("problems");
        return table.select("tbody tr").stream()
                .map(row -> row.select("td").get(0).text() + " | " + row.select("td").get(2).text()).toList();
    }

    private void as(SignedInUser user) {
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    private ReportSheet sheetAs(SignedInUser user) {
        as(user);
        return reports.sheet(period.id(), plan.police);
    }

    private static ValueView value(ReportSheet sheet, long indicatorId, LocalDate startsOn) {
        return sheet.indicators().filter(i -> i.indicator().id() == indicatorId).findFirst().orElseThrow().values().stream()
                .filter(v -> v.startsOn().equals(startsOn)).findFirst().orElseThrow();
    }

    /** Nothing of the police report was saved and no upload waits for confirmation. */
    private void assertNothingSavedOrKept() {
        assertThat(sheetAs(policeFocalPoint).report()).isNull();
        assertThat(jdbc.sql("select count(*) from pending_upload where subject = ?")
                .param("period:" + period.id() + "/institution:" + plan.police).query(Long.class).single()).isZero();
    }

    private PeriodView otherPeriod() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return schedules.periods(plan.planId).stream().filter(p -> p.id() != period.id())
                .filter(p -> p.endsOn().isBefore(period.startsOn())).reduce((a, b) -> b).orElseThrow();
    }

    private String shelterName() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return institutions.get(plan.shelter).name();
    }

    private String policeName() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
        return institutions.get(plan.police).name();
    }

    private String monthName(LocalDate month) {
        var name = month.getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE, Locale.ENGLISH);
        return name + " " + month.getYear();
    }

    private String quarterName() {
        var start = period.startsOn().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                Locale.ENGLISH);
        var end = period.endsOn().getMonth().getDisplayName(java.time.format.TextStyle.FULL_STANDALONE,
                Locale.ENGLISH);
        return start + " – " + end + " " + period.endsOn().getYear();
    }

    /** The column of a part of the victims indicator, from the header the workbook shows for it. */
    private static int part(String key) {
        return Columns.FIRST_PART + List.of(GIRLS, WOMEN, BOYS, "SEX=MALE|AGE_GROUP=ADULT").indexOf(key);
    }

    /** A downloaded workbook, filled the way a person fills it (the rows are found by their hidden keys). */
    private static final class Book {

        final XSSFWorkbook workbook;
        final XSSFSheet sheet;
        final Map<String, Integer> rows = new HashMap<>();

        Book(byte[] content) {
            try {
                workbook = new XSSFWorkbook(new ByteArrayInputStream(content));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sheet = workbook.getSheetAt(0);
            index();
        }

        private void index() {
            rows.clear();
            for (var row : sheet) {
                var key = row.getCell(Columns.KEY);
                if (key != null && !key.getStringCellValue().isEmpty()) {
                    rows.put(key.getStringCellValue(), row.getRowNum());
                }
            }
        }

        XSSFCell cell(String key, int column) {
            var row = sheet.getRow(rows.get(key));
            var cell = row.getCell(column);
            return cell == null ? row.createCell(column) : cell;
        }

        String ref(String key, int column) {
            return new CellReference(rows.get(key), column).formatAsString(false);
        }

        Book text(String key, int column, String text) {
            cell(key, column).setCellValue(text);
            return this;
        }

        Book number(String key, int column, double number) {
            cell(key, column).setCellValue(number);
            return this;
        }

        Book formula(String key, int column, String formula) {
            cell(key, column).setCellFormula(formula);
            return this;
        }

        Book insertRowAbove(String key) {
            int at = rows.get(key);
            sheet.shiftRows(at, sheet.getLastRowNum(), 1);
            sheet.createRow(at).createCell(Columns.LABEL).setCellValue("an extra line");
            index();
            return this;
        }

        byte[] bytes() {
            try (var out = new ByteArrayOutputStream()) {
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
