package org.ariadne.workbook;

import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ariadne.institutions.InstitutionCommand;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.Plans;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Imports each workbook of {@link PlanWorkbookCorpus} as a new plan and compares what arrives with its expected
 * result: objectives, activities, indicators, institutions, budget lines and total, the plan period, and the notes
 * by kind. Also checks the "no silent loss" invariant: every non-empty cell of the plan sheet is imported or named
 * in a message, and every message names its sheet and place and reads as a sentence in English and Albanian.
 */
@AriadneIntegrationTest
class PlanWorkbookCorpusTest {

    @Autowired
    PlanWorkbooks workbooks;
    @Autowired
    Vocabulary vocabulary;
    @Autowired
    Plans plans;
    @Autowired
    Institutions institutions;
    @Autowired
    MessageSource messages;

    @BeforeEach
    void signIn() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    static Stream<PlanWorkbookCorpus.Case> corpus() {
        return PlanWorkbookCorpus.cases().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importsAsExpectedAndLosesNothingSilently(PlanWorkbookCorpus.Case corpusCase) throws Exception {
        var expected = expected(corpusCase.name());
        var suffix = Unique.name("").strip();
        var book = corpusCase.build().apply(suffix);
        for (var name : book.knownInstitutions()) {
            var others = book.otherNames().get(name);
            if (others == null) {
                institutions.create(InstitutionCommand.named(name, InstitutionType.OTHER));
            } else {
                // an acronym is the institution's only while no other has it (earlier runs on the same database)
                WorkbookImportIntegrationTest.takeAcronymsFromOthers(institutions, others[0]);
                institutions.create(InstitutionCommand.named(name, InstitutionType.OTHER)
                        .withNames(null, others[1], null, others[0]));
            }
        }
        var content = book.xlsx();

        var token = workbooks.upload(null, Unique.name(corpusCase.name()), null, null, corpusCase.name() + ".xlsx",
                content);
        var first = workbooks.preview(token, Map.of());
        // a name that may be several institutions is never created as it is without the officer saying so
        for (var unknown : first.unknownInstitutions()) {
            if (unknown.name().matches("(?s).*([,;/]| and | dhe | и | i ).*")) {
                assertThat(unknown.decision().create()).as(unknown.name()).isFalse();
                assertThat(unknown.decision().mappedTo()).as(unknown.name()).isNull();
            }
        }
        // the officer says what each unknown name is: here, a new institution each (also those that look like two)
        var decisions = new HashMap<String, UnknownInstitution.Decision>();
        first.unknownInstitutions().forEach(unknown -> decisions.put(unknown.key(),
                UnknownInstitution.Decision.create(InstitutionType.OTHER)));
        var preview = workbooks.preview(token, decisions);

        assertThat(preview.sheet()).isEqualTo(expected.getProperty("sheet"));
        assertThat(errors(preview)).isEmpty();
        assertThat(notesByKind(preview)).as(preview.problems().stream().map(p -> p.cell() + " " + code(p) + " "
                + java.util.Arrays.toString(p.message().getArguments())).collect(Collectors.joining("\n")))
                .isEqualTo(expectedNotes(expected));
        assertMessagesNameTheirPlace(first);
        assertMessagesNameTheirPlace(preview);
        assertNothingLostSilently(content, corpusCase.name());

        var outcome = workbooks.confirm(token, decisions, false);
        var tree = plans.tree(outcome.planId());
        var header = plans.header(outcome.planId());
        assertThat(tree.objectives().size()).as("strategic objectives").isEqualTo(number(expected, "strategic"));
        assertThat(tree.objectives().stream().mapToLong(o -> o.specificObjectives().size()).sum())
                .as("specific objectives").isEqualTo(number(expected, "specific"));
        assertThat(tree.activities().count()).as("activities").isEqualTo(number(expected, "activities"));
        assertThat(tree.indicators().count()).as("indicators").isEqualTo(number(expected, "indicators"));
        var named = new HashSet<Long>();
        tree.activities().forEach(a -> {
            if (a.leadInstitutionId() != null) {
                named.add(a.leadInstitutionId());
            }
            named.addAll(a.supportingInstitutionIds());
        });
        assertThat(named).as("institutions").hasSize(number(expected, "institutions"));
        var lines = tree.activities().flatMap(a -> a.budgetLines().stream()).toList();
        assertThat(lines).as("budget lines").hasSize(number(expected, "budgetLines"));
        assertThat(lines.stream().map(l -> l.planned()).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("budget total").isEqualByComparingTo(expected.getProperty("budgetTotal"));
        if (expected.containsKey("currencies")) {
            // each amount keeps the currency the file writes it in; the installation's own is stored as none
            assertThat(lines.stream().map(l -> l.currency() == null ? "EUR" : l.currency()).sorted().toList())
                    .as("currencies").containsExactly(expected.getProperty("currencies").split(","));
        }
        if (expected.containsKey("types")) {
            // the indicator type as the values say it ("60%", "Po"/"Jo"), in the order of the file
            assertThat(tree.indicators().map(i -> i.type().name()).toList()).as("indicator types")
                    .containsExactlyInAnyOrder(expected.getProperty("types").split(","));
        }
        if (expected.containsKey("frequencies")) {
            assertThat(tree.activities().map(a -> a.frequency()).filter(Objects::nonNull).map(Enum::name).toList())
                    .as("frequencies").containsExactly(expected.getProperty("frequencies").split(","));
        }
        if (expected.containsKey("areas")) {
            // the plan's own areas: the six it starts with, then those the file added, in the file's order
            assertThat(plans.areas(outcome.planId()).stream().map(org.ariadne.plan.PlanArea::name).toList())
                    .as("thematic areas").containsExactly(expected.getProperty("areas").split(","));
            assertThat(tree.objectives().stream().map(o -> tree.areaLabel(o.thematicArea(), Locale.ENGLISH)).toList())
                    .as("areas of the objectives").containsExactly(expected.getProperty("objectiveAreas").split(","));
        }
        assertThat(header.startYear()).as("first year").isEqualTo(number(expected, "firstYear"));
        assertThat(header.endYear()).as("last year").isEqualTo(number(expected, "lastYear"));
    }

    /** In the documented layout a row holding only an indicator name continues the element above it. */
    @org.junit.jupiter.api.Test
    void aRowWithOnlyAnIndicatorNameIsAnotherIndicatorNotAHeading() throws Exception {
        var csv = "Code,Title,Thematic area,Indicator\r\nSO 1,Prevention,Prevention,Awareness rate\r\n"
                + ",,,Result of the survey published\r\n,,,Strategic objective 2 reviewed\r\nSO 1.1,Awareness,,\r\n"
                + "A1.1.1,Campaign,,Spots broadcast\r\n,,,Result 2 reached\r\n";
        var token = workbooks.upload(null, Unique.name("Continuation"), 2016, 2018, "plan.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(errors(preview)).isEmpty();
        assertThat(preview.problems()).isEmpty();
        var comparison = preview.comparison();
        assertThat(comparison.count(org.ariadne.plan.ImportComparison.ChangeKind.NEW,
                org.ariadne.plan.ImportComparison.ElementKind.INDICATOR)).isEqualTo(5);
        assertThat(comparison.count(org.ariadne.plan.ImportComparison.ChangeKind.NEW,
                org.ariadne.plan.ImportComparison.ElementKind.STRATEGIC_OBJECTIVE)).isEqualTo(1);
    }

    /**
     * A measure whose objective is missing is refused with one message; the activities under it are still listed
     * in the preview as not imported, pointing at that message, instead of one error each or nothing at all.
     */
    @org.junit.jupiter.api.Test
    void elementsUnderARefusedParentAreListedWithOneMessageForTheProblem() throws Exception {
        var csv = "Code,Title,Thematic area,Indicator\r\nSO 1,Prevention,Prevention,Awareness rate\r\n"
                + "SO 1.1,Awareness,,\r\nA1.1.1,Campaign,,Spots broadcast\r\nSO 2.1,Orphan measure,,Orphan indicator\r\n"
                + "A2.1.1,Shelter,,Victims sheltered\r\n,,,Victims reintegrated\r\nA2.1.2,Hotline,,Calls answered\r\n";
        var token = workbooks.upload(null, Unique.name("Orphans"), 2016, 2018, "plan.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(errors(preview)).singleElement().asString().startsWith("A5 workbook.problem.no-parent");
        assertThat(preview.refusedElements()).extracting(RefusedElement::label, RefusedElement::row,
                RefusedElement::problemRow, RefusedElement::indicators).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SO 2.1 Orphan measure", 5, 5, 1),
                        org.assertj.core.groups.Tuple.tuple("A2.1.1 Shelter", 6, 5, 2),
                        org.assertj.core.groups.Tuple.tuple("A2.1.2 Hotline", 8, 5, 1));
        assertMessagesNameTheirPlace(preview);
        assertThat(preview.comparison().count(org.ariadne.plan.ImportComparison.ChangeKind.NEW,
                org.ariadne.plan.ImportComparison.ElementKind.ACTIVITY)).isEqualTo(1);
    }

    /**
     * A misspelt name is not created as a new institution behind the officer's back: it waits for a choice, with
     * the institution it resembles suggested first.
     */
    @org.junit.jupiter.api.Test
    void aMisspeltInstitutionWaitsForTheOfficersChoiceWithTheLikelyOneSuggested() throws Exception {
        var suffix = Unique.name("").strip();
        var ministry = institutions.create(InstitutionCommand.named("Ministry of Labour and Social Welfare " + suffix,
                InstitutionType.MINISTRY));
        var csv = "Code,Title,Thematic area,Lead institution\r\nSO 1,Prevention,Prevention,\r\nSO 1.1,Awareness,,\r\n"
                + "A1.1.1,Campaign,,Ministy of Labor and Social Welfair " + suffix + "\r\n";
        var token = workbooks.upload(null, Unique.name("Misspelt"), 2016, 2018, "plan.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(preview.unknownInstitutions()).singleElement().satisfies(unknown -> {
            assertThat(unknown.decision().create()).as("not created without asking").isFalse();
            assertThat(unknown.decision().mappedTo()).isNull();
            assertThat(unknown.suggestions()).first().extracting(i -> i.id()).isEqualTo(ministry);
        });
        assertThat(errors(preview)).singleElement().asString().contains("workbook.problem.choose-institution");
        assertThat(preview.canConfirm()).isFalse();
    }

    /** Without a year in the sheet, the years in the file's name give the plan period, not today's date. */
    @org.junit.jupiter.api.Test
    void thePlanPeriodComesFromTheFileNameWhenTheSheetHasNoYears() throws Exception {
        var csv = "Code,Title,Thematic area\r\nSO 1,Prevention,Prevention\r\nSO 1.1,Awareness,\r\nA1.1.1,Campaign,\r\n";
        var token = workbooks.upload(null, Unique.name("Period"), null, null, "NAP 2031-2034.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);

        assertThat(preview.startYear()).isEqualTo(2031);
        assertThat(preview.endYear()).isEqualTo(2034);
    }

    /** The thematic area is optional: an objective whose area the file does not tell is imported without one. */
    @org.junit.jupiter.api.Test
    void anObjectiveWithoutAreaIsImportedWithoutOne() throws Exception {
        var csv = "Code,Title\r\nSO 1,Horizontal questions\r\nSO 1.1,Awareness\r\nA1.1.1,Campaign\r\n";
        var token = workbooks.upload(null, Unique.name("No area"), 2016, 2018, "plan.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        var preview = workbooks.preview(token, Map.of());
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.unknownAreas()).isEmpty();

        var tree = plans.tree(workbooks.confirm(token, Map.of(), false).planId());
        assertThat(tree.objectives()).singleElement().satisfies(o -> assertThat(o.thematicArea()).isNull());
    }

    private static java.util.List<String> errors(ImportPreview preview) {
        return preview.problems().stream().filter(RowProblem::isError)
                .map(p -> p.cell() + " " + code(p) + " " + java.util.Arrays.toString(p.message().getArguments()))
                .toList();
    }

    private static Map<String, Integer> notesByKind(ImportPreview preview) {
        return preview.problems().stream().filter(p -> !p.isError())
                .collect(Collectors.toMap(p -> code(p), p -> 1, Integer::sum, TreeMap::new));
    }

    private static Map<String, Integer> expectedNotes(Properties expected) {
        var notes = new TreeMap<String, Integer>();
        expected.stringPropertyNames().stream().filter(key -> key.startsWith("notes."))
                .forEach(key -> notes.put(key.substring("notes.".length()), Integer.valueOf(expected.getProperty(key))));
        return notes;
    }

    /** Each message names its sheet and cell (or at least its row) and reads in both languages without gaps. */
    private void assertMessagesNameTheirPlace(ImportPreview preview) {
        for (var problem : preview.problems()) {
            assertThat(problem.sheet()).as("sheet of %s", problem).isEqualTo(preview.sheet());
            assertThat(problem.cell() != null || problem.row() > 0).as("place of %s", problem).isTrue();
            for (var locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("sq")}) {
                var text = messages.getMessage(problem.message(), locale);
                assertThat(text).as(locale + " text of " + code(problem))
                        .doesNotContain("null").doesNotContain("{0}").doesNotContain("{1}")
                        .doesNotContainPattern("targetValue|baselineValue|plannedAmount|sourceKind|workbook\\.");
            }
        }
        var duplicates = preview.problems().stream()
                .collect(Collectors.groupingBy(p -> p.cell() + "|" + code(p), Collectors.counting()));
        assertThat(duplicates.values()).as("one message per problem").allMatch(count -> count == 1);
    }

    /** Every non-empty cell of the sheet that holds the plan is imported or named in a message. */
    private void assertNothingLostSilently(byte[] content, String name) throws Exception {
        var grid = workbooks.read(content, name + ".xlsx");
        var directory = institutions.directory();
        var result = PlanWorkbookReader.read(grid, vocabulary, new PlanWorkbookReader.InstitutionNames() {
            private long next = -1;

            public Long idFor(String institution, InstitutionRole role, int row) {
                return directory.find(institution).map(i -> i.id()).orElse(next--);
            }

            public boolean known(String institution) {
                return directory.find(institution).isPresent();
            }
        });
        var silent = new java.util.ArrayList<String>();
        for (var row : grid.rows()) {
            for (var cell : row.cells()) {
                if (cell.isEmpty() || cell.text().isBlank()) {
                    continue;
                }
                boolean merged = cell.mergedFrom() != null && result.accounted().contains(cell.mergedFrom());
                if (!merged && !result.accounted().contains(cell.reference())) {
                    silent.add(cell.reference() + "=" + cell.text());
                }
            }
        }
        assertThat(silent).as("cells neither imported nor named").isEmpty();
        // and the safety net that names left-over values is not what accounts for the expected ones
        assertThat(result.problems().stream().map(p -> code(p)))
                .doesNotContain("workbook.note.values-outside-columns");
    }

    private static String code(RowProblem problem) {
        var codes = problem.message().getCodes();
        return codes == null || codes.length == 0 ? String.valueOf(problem.message().getDefaultMessage()) : codes[0];
    }

    private static Properties expected(String name) throws Exception {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("workbook-corpus/" + name + ".properties")
                .getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static int number(Properties expected, String key) {
        return Integer.parseInt(Objects.requireNonNull(expected.getProperty(key), key));
    }
}
