package org.ariadne;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page that shows a data table ({@code <table class="data">}) offers it as CSV and as Excel (issue 4): a
 * template with such a table must link to a CSV and to an XLSX download, itself or through a fragment it includes
 * (the dashboards' "downloads" fragment). Tables that are forms or previews, where a download makes no sense, are
 * on the allow-list below, one by one with the reason, so that a new table without downloads is noticed here.
 */
class TableDownloadsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");

    /** "template table#id" (or the table's classes when it has no id) → why it needs no download. */
    private static final Map<String, String> WITHOUT_DOWNLOADS = Map.ofEntries(
            // forms: the rows are inputs being typed, not data to take away
            Map.entry("plan/activity-form.html table.data.dense.budget-lines",
                    "the budget lines of the activity form are inputs"),
            Map.entry("reporting/report/page.html table.data.dense.spending-lines",
                    "the funds spent in a report are inputs; the report itself downloads as a workbook"),
            Map.entry("reporting/report/parts.html table.data.dense.part-grid",
                    "a reported value broken down by sex and age group: inputs of the report page"),
            Map.entry("reporting/report/parts.html table.data.dense.part-list",
                    "a reported value broken down by one dimension: inputs of the report page"),
            Map.entry("reporting/schedule/form.html table#periods",
                    "the periods and deadlines the schedule form will produce: a preview of the settings"),
            Map.entry("reporting/schedule/holidays.html table#holiday-list",
                    "the public holidays setting, edited row by row (each row has its remove button)"),
            // previews of a workbook being imported: they exist until the import is confirmed or cancelled
            Map.entry("fragments/upload.html table#problems",
                    "problems of an uploaded file, in the preview every upload shares"),
            Map.entry("reporting/workbook/preview.html table#changes", "changes an uploaded report workbook would make"),
            Map.entry("workbook/preview.html table#column-mapping",
                    "a form: the officer says what each unrecognised column of the uploaded file is"),
            Map.entry("workbook/preview.html table#unknown-institutions",
                    "institutions of an uploaded plan workbook to match with the directory"),
            Map.entry("workbook/preview.html table#changes", "changes an uploaded plan workbook would make"),
            // the publish page: actions on what is public, not data; each publication is in the audit trail
            Map.entry("publication/office.html table#on-portal", "what is public now, each with its withdraw button"),
            Map.entry("publication/office.html table#documents", "generated reports to preview and publish"),
            Map.entry("documents/list.html table#document-list", "the generated reports themselves, each with its DOCX and PDF"),
            Map.entry("publication/office.html table#history",
                    "past publications and withdrawals, which the audit trail downloads"),
            // one victim case's page: decisions to take and links, not data to take away (never a download of a
            // single case: the register's export, which the access log records, is the one way cases leave)
            Map.entry("victimdata/case.html table#proposal-list",
                    "earlier cases proposed as the same person, each with its confirm and reject buttons"),
            Map.entry("victimdata/case.html table#person-cases",
                    "links to the other cases of the person; the register's export downloads them"),
            // one element's page: its facts, already in the monitoring matrix and its downloads
            Map.entry("plan/activity.html table.data", "the per-activity page: its indicators and budget lines, "
                    + "which the monitoring matrix downloads"),
            Map.entry("plan/activity.html table.data.follow-up-reports", "one activity's reports, period by period: "
                    + "each links to its report, which downloads whole"),
            Map.entry("plan/activity.html table.data.follow-up-values", "one activity's reported values: the reports "
                    + "they come from download whole, the matrix and the review download the activity"),
            // finance
            Map.entry("finance/commitment-form.html table.data.dense",
                    "the allocations of the commitment form are inputs"),
            Map.entry("finance/rates.html table#rates",
                    "the exchange-rates setting, kept row by row (each row has its delete button)"),
            // dataquality: the settings of the checks, each exception with its remove button (the flagged figures
            // themselves download from the data-quality page)
            Map.entry("dataquality/rules.html table.data.dense", "the exceptions to the data-quality checks: settings, "
                    + "each with its remove button"),
            // operationalplan: the years are links; a year's plan downloads whole as Word, PDF and Excel (one
            // document of two tables, which a CSV could not hold)
            Map.entry("operationalplan/list.html table#operational-plan-years", "the plan's years, each a link to its "
                    + "operational plan"),
            Map.entry("operationalplan/year.html table#due", "the year's activities: the operational plan downloads "
                    + "whole as Word, PDF and Excel"),
            Map.entry("operationalplan/year.html table#carry-overs", "the year's carry-overs: the operational plan "
                    + "downloads whole as Word, PDF and Excel"),
            // risks: the register downloads (risks/list.html); these are forms, one scenario's few lines, or links
            Map.entry("risks/parts.html table#risks-due-list", "the review's risks due, each with its mark-reviewed "
                    + "form; the register, filtered to the same risks, downloads them"),
            Map.entry("risks/parts.html table.data.minimum-package", "an active scenario's minimum package on the "
                    + "dashboard: a few lines, the same as on the scenario's page"),
            Map.entry("risks/scenario-form.html table#package-form", "the minimum package of the scenario form: inputs"),
            Map.entry("risks/scenario.html table#package", "one scenario's minimum package: a few lines of its page"),
            Map.entry("risks/scenarios.html table#scenario-list", "the plan's few scenarios, each a link to its page"),
            // coordination: one meeting's attendance and actions; the meetings list and the register download them
            Map.entry("coordination/meeting.html table#attendance", "one meeting's attendance, a few rows of its page; "
                    + "the meetings list downloads the totals"),
            Map.entry("coordination/meeting.html table#meeting-actions", "one meeting's few follow-up actions, each with "
                    + "its status form; the register of actions downloads them"),
            // evaluations: each evaluation's page downloads its matrix (criteria × questions × judgement × rating)
            Map.entry("evaluations/list.html table#evaluation-list", "the few evaluations, each a link to its page, "
                    + "whose evaluation matrix downloads as CSV and Excel"),
            // plan and workbook (issue 9): the plan's thematic areas
            Map.entry("plan/areas.html table#areas", "the plan's few thematic areas, each row a form to rename it"),
            Map.entry("workbook/preview.html table#unknown-areas",
                    "areas an uploaded plan workbook names that the plan has not, each with its choice"),
            // training: forms, a preview, and one training's page (its list is personal data, the office's download)
            Map.entry("training/parts.html table.data.dense", "professionals trained by institution and sex, a "
                    + "fragment: the trainings page that includes it links its downloads; on a training's page it is "
                    + "that training's few lines"),
            Map.entry("training/detail.html table#participants", "one training's participant list: personal data, "
                    + "downloaded by the office only, as the means of verification (participants.xlsx)"),
            Map.entry("training/detail.html table#count-table", "one training's few count lines"),
            Map.entry("training/form.html table#count-lines", "the count lines of the training form are inputs"),
            Map.entry("training/trainer-form.html table#certification-lines",
                    "the certification lines of the trainer form are inputs"),
            Map.entry("training/preview.html table#preview-participants",
                    "the participants an uploaded list would save: a preview until confirmed"),
            // recommendations: the rows of an uploaded file before the import is confirmed
            Map.entry("recommendations/preview.html table#import-rows",
                    "recommendations an uploaded file would import: a preview until confirmed or cancelled"),
            Map.entry("operationalplan/year.html table#proposed-from-recommendations",
                    "the few activities proposed for the year, each a link to its recommendation; the tracker's "
                            + "downloads list them with their recommendation"),
            // plan (issue 12): an office account's own worklist, a to-do list of a few activities per plan; its links
            // open the matrix and the review filtered to the account, which download
            Map.entry("plan/worklist.html table.data", "the signed-in account's own activities to collect and rate, "
                    + "each plan linking to the matrix filtered to them, whose downloads carry the filter"),
            // stakeholders: contact people are personal data kept on the page; a round's comments download from its
            // consultation report, which links both files
            Map.entry("stakeholders/contacts.html table#contact-list", "an institution's few contact people: personal "
                    + "data, read and kept on the page, not taken away in files"),
            Map.entry("stakeholders/contacts-overview.html table#contact-overview", "the institutions with the names of "
                    + "their contact people: personal data, each row a link to the institution's contacts"),
            Map.entry("stakeholders/analysis.html table#placement-table", "the grid's own table (what the drawing "
                    + "shows, for screen readers and without colour), each row with its move and remove actions"),
            Map.entry("stakeholders/rounds.html table#round-list", "a plan's few consultation rounds, each a link to "
                    + "its report, which downloads its comments"),
            Map.entry("stakeholders/round.html table#invited-table", "whom to write to: consenting contacts' addresses"),
            Map.entry("stakeholders/round.html table#link-table", "the outside organisations' links, each with its "
                    + "withdraw button"),
            Map.entry("stakeholders/round.html table#comment-table", "the comments to decide, each with its decide "
                    + "link; the consultation report downloads them with their dispositions"),
            Map.entry("stakeholders/round.html table#own-comment-table", "a focal point's own few comments with the "
                    + "office's answers"),
            // api (issue 18)
            Map.entry("api/tokens.html table#token-list", "a person's own few API tokens, each with its revoke "
                    + "button; a token's value is never shown again, so there is nothing to take away"),
            // victimdata (issue 14)
            Map.entry("victimdata/import-preview.html table#preview-rows", "what an uploaded case workbook would "
                    + "register, row by row and without names; the workbook is the officer's own"),
            Map.entry("victimdata/indicators.html table.data.dense", "the indicators linked to the register, each with "
                    + "its unlink button, and their quarterly figures for the office; the figures leave through the "
                    + "reports they are offered to"),
            // security: single sign-on (issue 18)
            Map.entry("security/sign-in-mappings.html table#mappings", "the administrator's few single sign-on "
                    + "rules, each with its remove button; the audit trail's downloads hold their history"),
            // institutions, plan: regions and municipalities, and a local plan's mapping (issue 19)
            Map.entry("territories/list.html table#territorial-units", "the few regions and municipalities with their "
                    + "edit links; the institutions they hold leave with the directory's own downloads"),
            Map.entry("plan/local.html table#mappings", "a form per element of the local plan (its national objective "
                    + "to choose); the plan with its elements leaves through the plan's export"),
            // regional (issue 19 item 2): the regional set's few rows with their edit links, and the participant's
            // mapping, a form per regional indicator; both leave with the comparison's own CSV/Excel and report
            Map.entry("regional/indicators.html table#regional-indicator-list", "the regional set's few indicators "
                    + "with their edit links; each is a row of the comparison's downloads"),
            Map.entry("regional/mapping.html table#regional-mapping", "a form per regional indicator (the national "
                    + "indicator to choose); the mapped figures leave with the comparison's downloads"),
            // security: the installation's participants (issue 19)
            Map.entry("security/participants.html table#participants", "the installation's few participants (a code "
                    + "and a name each) with their edit links; the audit trail's downloads hold their history"));

    private static final Pattern FRAGMENT = Pattern.compile("~\\{\\s*([\\w/\\-]+)\\s*::\\s*([\\w\\-]+)");

    @Test
    void everyTemplateWithADataTableLinksToItsCsvAndExcelDownloads() throws IOException {
        var missing = new TreeMap<String, String>();
        var allowed = new TreeSet<String>();
        for (var template : templates()) {
            var name = TEMPLATES.relativize(template).toString().replace('\\', '/');
            var document = parse(template);
            allowed.addAll(tables(name, document).stream().filter(WITHOUT_DOWNLOADS::containsKey).toList());
            var problem = problem(name, document);
            if (problem != null) {
                missing.put(name, problem);
            }
        }
        assertThat(missing).as("pages showing a data table without both downloads (add them, or put the table on "
                + "the allow-list with the reason)").isEmpty();
        assertThat(WITHOUT_DOWNLOADS.keySet()).as("allow-list entries that match no table any more")
                .isSubsetOf(allowed);
    }

    @Test
    void aNewTableWithOnlyACsvDownloadIsNoticed() {
        var page = Jsoup.parse("""
                <section><table class="data dense" id="new"><tr><td th:text="${x}">x</td></tr></table>
                <a th:href="@{/new.csv}">CSV</a></section>""");

        assertThat(problem("new.html", page)).isEqualTo("no Excel link for [new.html table#new]");
    }

    @Test
    void downloadsInAnIncludedFragmentCount() {
        var page = Jsoup.parse("""
                <section><table class="data" id="objectives"></table>
                <p th:replace="~{dashboards/parts :: downloads(${links['objectives']}, 'Objectives')}"></p></section>""");

        assertThat(problem("new.html", page)).isNull();
    }

    /** Why the template fails the rule, or null when it has no data table needing downloads or links to both. */
    private static String problem(String name, Document document) {
        var shown = tables(name, document).stream().filter(table -> !WITHOUT_DOWNLOADS.containsKey(table)).toList();
        if (shown.isEmpty()) {
            return null;
        }
        var links = links(document);
        boolean csv = links.stream().anyMatch(link -> link.toLowerCase(Locale.ROOT).contains("csv"));
        boolean xlsx = links.stream().anyMatch(link -> link.toLowerCase(Locale.ROOT).contains("xlsx"));
        if (csv && xlsx) {
            return null;
        }
        return (csv ? "" : "no CSV link ") + (xlsx ? "" : "no Excel link ") + "for " + shown;
    }

    private static List<String> tables(String name, Document document) {
        return document.select("table").stream().filter(table -> table.hasClass("data"))
                .map(table -> name + " " + describe(table)).toList();
    }

    /** The table's id, or its classes when it has none: stable enough to name it in the allow-list. */
    private static String describe(Element table) {
        return table.id().isEmpty() ? "table." + String.join(".", table.classNames()) : "table#" + table.id();
    }

    /** The targets of the page's links, and of the links in the fragments it includes. */
    private static List<String> links(Document document) {
        var links = new ArrayList<String>(hrefs(document));
        for (var element : document.getAllElements()) {
            var reference = element.attr("th:replace") + " " + element.attr("th:insert");
            var matcher = FRAGMENT.matcher(reference);
            if (!matcher.find()) {
                continue;
            }
            var file = TEMPLATES.resolve(matcher.group(1) + ".html");
            if (!Files.exists(file)) {
                continue;
            }
            try {
                for (var fragment : parse(file).getAllElements()) {
                    var declared = fragment.attr("th:fragment").split("\\(")[0].strip();
                    if (declared.equals(matcher.group(2))) {
                        links.addAll(hrefs(fragment));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Could not read " + file, e);
            }
        }
        return links;
    }

    private static List<String> hrefs(Element root) {
        var hrefs = new ArrayList<String>();
        for (var link : root.select("a")) {
            for (var attribute : List.of("href", "th:href")) {
                if (link.hasAttr(attribute)) {
                    hrefs.add(link.attr(attribute));
                }
            }
        }
        return hrefs;
    }

    private static Document parse(Path template) throws IOException {
        return Jsoup.parse(Files.readString(template));
    }

    private static List<Path> templates() throws IOException {
        try (var files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }
}
