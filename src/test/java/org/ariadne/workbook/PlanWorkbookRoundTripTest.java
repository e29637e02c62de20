package org.ariadne.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.ImportComparison.ChangeKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.support.Unique;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, then import into the same plan, in every language the application offers and as XLSX and CSV: the
 * preview says "identical" and has no problem and no note. Checked on the demo plan and on a plan that uses every
 * value of every list the exporter writes (so a label such as "Age group (under 18 / 18 and over)" is read back
 * whole).
 */
@AriadneIntegrationTest
class PlanWorkbookRoundTripTest {

    @Autowired
    PlanWorkbooks workbooks;
    @Autowired
    WorkbookImports imports;
    @Autowired
    Plans plans;
    @Autowired
    MessageSource messages;
    @Autowired
    org.ariadne.plan.PlanEditing editing;

    @BeforeEach
    void signIn() {
        TestSignIn.onThisThread(Role.ME_OFFICER);
    }

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theDemoPlanComesBackIdenticalInEveryLanguageAndFormat() throws Exception {
        var content = new ClassPathResource("demo/demo-plan-2015-2019.csv").getContentAsByteArray();
        var planId = imports.importAsNewPlan(Unique.name("Demo copy"), 2015, 2019, "demo.csv", content).planId();

        assertRoundTrip(planId);
    }

    @Test
    void aPlanUsingEveryValueOfEveryListComesBackIdentical() throws Exception {
        var planId = imports.importAsNewPlan(Unique.name("Every value"), 2015, 2020, "every.csv",
                everyValuePlan().getBytes(StandardCharsets.UTF_8)).planId();
        var tree = plans.tree(planId);
        assertThat(tree.objectives()).extracting(o -> o.thematicArea())
                .containsExactly(java.util.Arrays.stream(ThematicArea.values()).map(Enum::name).toArray(String[]::new));
        assertThat(tree.indicators().flatMap(i -> i.disaggregations().stream()).distinct())
                .containsExactlyInAnyOrder(Disaggregation.values());
        assertThat(tree.indicators().map(i -> i.type()).distinct()).containsExactlyInAnyOrder(IndicatorType.values());
        assertThat(tree.indicators().map(i -> i.resultLevel()).distinct()).containsExactlyInAnyOrder(ResultLevel.values());
        assertThat(tree.activities().map(a -> a.frequency()).distinct()).containsExactlyInAnyOrder(Frequency.values());
        assertThat(tree.activities().flatMap(a -> a.budgetLines().stream()).map(l -> l.currency()).distinct())
                .containsExactlyInAnyOrder(null, "ALL", "RSD", "MKD", "MDL", "BAM");

        assertRoundTrip(planId);
    }

    /**
     * A plan with its own areas (seed 004 section 2.5): one of the six renamed in both languages, one removed, three
     * of its own (an Albanian name on two), and an objective without an area. Written in English or Albanian, each
     * name is read back as the same area.
     */
    @Test
    void aPlanWithItsOwnAreasComesBackIdentical() throws Exception {
        var planId = imports.importAsNewPlan(Unique.name("Own areas"), 2020, 2022, "own.csv",
                ("Code,Title,Thematic area,Indicator\r\nSO 1,Identify victims,Identification and referral,Victims identified\r\n"
                        + "SO 1.1,Screening,,\r\nSO 2,Support,Support systems,\r\nSO 2.1,Shelters,,\r\n"
                        + "SO 3,Children,Child protection,\r\nSO 3.1,Schools,,\r\nSO 4,Prevent,Prevention,\r\n"
                        + "SO 4.1,Campaigns,,\r\nSO 5,Horizontal,,\r\nSO 5.1,Laws,,\r\n").getBytes(StandardCharsets.UTF_8))
                .planId();
        var areas = plans.areas(planId);
        var prevention = areas.stream().filter(a -> a.code().equals("PREVENTION")).findFirst().orElseThrow();
        editing.updateArea(prevention.id(), prevention.version(),
                new org.ariadne.plan.AreaCommand("Prevention and awareness", "Parandalimi dhe ndërgjegjësimi"));
        var children = areas.stream().filter(a -> a.code().equals("CHILDREN")).findFirst().orElseThrow();
        editing.deleteArea(children.id());
        for (var own : areas.stream().filter(a -> a.name().equals("Identification and referral")
                || a.name().equals("Support systems")).toList()) {
            editing.updateArea(own.id(), own.version(), new org.ariadne.plan.AreaCommand(own.name(),
                    own.name().startsWith("Identification") ? "Identifikimi dhe referimi" : "Sistemet mbështetëse"));
        }
        var tree = plans.tree(planId);
        assertThat(tree.areas()).extracting(org.ariadne.plan.PlanArea::name).containsExactly(
                "Prevention and awareness", "Protection", "Prosecution", "Partnership", "Supporting framework",
                "Identification and referral", "Support systems", "Child protection");
        assertThat(tree.objectives()).extracting(o -> tree.areaLabel(o.thematicArea(), Locale.forLanguageTag("sq")))
                .containsExactly("Identifikimi dhe referimi", "Sistemet mbështetëse", "Child protection",
                        "Parandalimi dhe ndërgjegjësimi", null);

        assertRoundTrip(planId);
        assertThat(plans.areas(planId)).as("no area added by the round trip").hasSize(8);
    }

    private void assertRoundTrip(long planId) throws Exception {
        for (var language : List.of("en", "sq")) {
            var locale = Locale.forLanguageTag(language);
            assertIdentical(planId, workbooks.exportXlsx(planId, locale), language + ".xlsx");
            assertIdentical(planId, workbooks.exportCsv(planId, locale), language + ".csv");
        }
    }

    private void assertIdentical(long planId, byte[] exported, String fileName) throws Exception {
        var token = workbooks.upload(planId, null, null, null, fileName, exported);
        var preview = workbooks.preview(token, Map.of());
        workbooks.cancel(token);
        var problems = preview.problems().stream()
                .map(p -> p.cell() + " " + messages.getMessage(p.message(), Locale.ENGLISH)).toList();
        var changed = preview.comparison().changes().stream().filter(c -> c.change() != ChangeKind.UNCHANGED)
                .map(c -> c.change() + " " + c.label() + " " + c.fields()).toList();
        assertThat(problems).as(fileName).isEmpty();
        assertThat(changed).as(fileName).isEmpty();
        assertThat(preview.unknownInstitutions()).as(fileName).isEmpty();
        assertThat(preview.unknownAreas()).as(fileName).isEmpty();
        assertThat(preview.comparison().isIdentical()).as(fileName).isTrue();
    }

    /** Six objectives (one per area), every level, type, frequency, direction, aggregation and funding source. */
    private String everyValuePlan() {
        var donor = Unique.name("Donor fund");
        var other = Unique.name("Foundation");
        var municipality = Unique.name("Municipality of Prizren");
        var lead = Unique.name("Ministry of Justice");
        var rows = new ArrayList<String>();
        rows.add("Code,Title,Thematic area,Indicator,Result level,Indicator type,Unit,Direction,Aggregation,"
                + "Disaggregation,Baseline,Target,Lead institution,Supporting institutions,Start,End,Frequency,Budget,"
                + "Funding source,Budget year,Currency");
        // every currency of the region, kept with its amount through export and import
        String[] currencies = {"ALL", "EUR", "RSD", "MKD", "MDL", "BAM"};
        var areas = ThematicArea.values();
        var levels = ResultLevel.values();
        var types = IndicatorType.values();
        var frequencies = Frequency.values();
        var directions = Direction.values();
        var aggregations = Aggregation.values();
        var dims = Disaggregation.values();
        String[] sources = {"State budget", "Municipality: " + municipality, donor, "Other", "Other: " + other};
        for (int i = 0; i < areas.length; i++) {
            int n = i + 1;
            rows.add(String.join(",", "SO " + n, "Objective " + n, label(areas[i].messageKey()), "Impact indicator " + n,
                    label(levels[i % levels.length].messageKey()), "", "", "", "", "", "", "", "", "", "", "", "", "",
                    "", "", ""));
            rows.add(String.join(",", "SO " + n + ".1", "Specific " + n, "", "Outcome indicator " + n,
                    label(ResultLevel.OUTCOME.messageKey()), "", "", "", "", "", "", "", "", "", "", "", "", "", "",
                    "", ""));
            var type = types[i % types.length];
            var unit = switch (type) {
                case PERCENTAGE -> "%";
                case YES_NO -> "yes/no";
                default -> "persons";
            };
            var target = type == IndicatorType.YES_NO ? "Yes" : type == IndicatorType.PERCENTAGE ? "40" : "12";
            var oneDim = label(dims[i % dims.length].messageKey());
            var allDims = Stream.of(dims).map(d -> label(d.messageKey())).collect(Collectors.joining("; "));
            rows.add(String.join(",", "A" + n + ".1.1", "Activity " + n, "", "Output indicator " + n,
                    label(levels[(i + 2) % levels.length].messageKey()), label(type.messageKey()),
                    unit, label(directions[i % directions.length].messageKey()),
                    label(aggregations[i % aggregations.length].messageKey()), q(i % 2 == 0 ? allDims : oneDim), "0",
                    target, q(lead), "", "2016", "2017", label(frequencies[i % frequencies.length].messageKey()),
                    String.valueOf(1000 * n), q(sources[i % sources.length]), "2016", ""));
            rows.add(String.join(",", "", "", "", "Second indicator " + n, "", "", "", "", "", q(oneDim), "", "", "",
                    "", "", "", "", String.valueOf(500 * n), q(sources[(i + 1) % sources.length]), "2017", currencies[i]));
        }
        return String.join("\r\n", rows) + "\r\n";
    }

    private String label(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static String q(String value) {
        return "\"" + value.replace("\"", "\"\"") + "\"";
    }
}
