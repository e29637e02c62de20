package org.ariadne.publication;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.common.charts.Chart;
import org.ariadne.plan.PlanStatus;
import org.ariadne.progress.Achievement;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of publishing, one test each, without Spring or a database. */
class PublicationUnitTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2025, 3, 3, 10, 0);

    @Test
    void onlyAnAdoptedPlanIsPublishedAndNothingOfADraft() {
        assertThat(PublicationKind.PLAN.allows(PlanStatus.ADOPTED)).isTrue();
        assertThat(PublicationKind.PLAN.allows(PlanStatus.DRAFT)).isFalse();
        assertThat(PublicationKind.PLAN.allows(PlanStatus.ARCHIVED)).isFalse();
        assertThat(PublicationKind.FIGURES.allows(PlanStatus.ARCHIVED)).isTrue();
        assertThat(PublicationKind.REPORT.allows(PlanStatus.ARCHIVED)).isTrue();
        assertThat(PublicationKind.FIGURES.allows(PlanStatus.DRAFT)).isFalse();
        assertThat(PublicationKind.REPORT.allows(PlanStatus.DRAFT)).isFalse();
    }

    @Test
    void aWithdrawalNeedsAReasonAndHappensOnce() {
        var publication = publication();
        assertThatThrownBy(() -> publication.withdraw("  ", "natc", NOW))
                .isInstanceOfSatisfying(PublicationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("publication.error.reason-required"));
        assertThat(publication.status()).isEqualTo(PublicationStatus.PUBLISHED);

        publication.withdraw(" Wrong figures ", "natc", NOW);

        assertThat(publication.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        assertThat(publication.auditState()).containsEntry("withdrawalReason", "Wrong figures")
                .containsEntry("status", "WITHDRAWN");
        assertThatThrownBy(() -> publication.withdraw("Again", "natc", NOW))
                .isInstanceOfSatisfying(PublicationException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("publication.error.not-on-portal"));
    }

    @Test
    void aSupersededPublicationCanNoLongerBeWithdrawnOrSupersededAgain() {
        var publication = publication();
        publication.supersede("natc", NOW);
        publication.supersededBy(42);

        assertThat(publication.status()).isEqualTo(PublicationStatus.SUPERSEDED);
        assertThat(publication.auditState()).containsEntry("supersededBy", 42L);
        assertThatThrownBy(() -> publication.withdraw("Late", "natc", NOW)).isInstanceOf(PublicationException.class);
        assertThatThrownBy(() -> publication.supersede("natc", NOW)).isInstanceOf(PublicationException.class);
    }

    @Test
    void aSubjectCarriesAYearOnlyForFiguresAndADocumentOnlyForAReport() {
        assertThat(PublicationSubject.figures(2024).year()).isEqualTo(2024);
        assertThatThrownBy(() -> new PublicationSubject(PublicationKind.PLAN, 2024, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicationSubject(PublicationKind.FIGURES, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PublicationSubject(PublicationKind.REPORT, 2024, 7L))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewerReportOfTheSameKindYearQuarterAndLanguageSupersedesTheOlder() {
        var annual = document(1, "annual-report", null, java.util.Locale.ENGLISH);
        var regenerated = document(2, "Annual-Report", null, java.util.Locale.ENGLISH);
        var albanian = document(3, "annual-report", null, java.util.Locale.forLanguageTag("sq"));
        var quarterly = document(4, "quarterly-summary", 2, java.util.Locale.ENGLISH);

        assertThat(Snapshots.reportKey(annual)).isEqualTo("report:annual-report:2024:-:en")
                .isEqualTo(Snapshots.reportKey(regenerated));
        assertThat(Snapshots.reportKey(albanian)).isEqualTo("report:annual-report:2024:-:sq");
        assertThat(Snapshots.reportKey(quarterly)).isEqualTo("report:quarterly-summary:2024:2:en");
    }

    @Test
    void aTableReadsTheSameAfterItWasStoredAsJson() {
        var rows = new ArrayList<List<Object>>();
        rows.add(Arrays.asList("SO 1", 3, new BigDecimal("68.7500"), null, LocalDate.of(2024, 1, 31)));
        var table = new PublicTable("objectives", "By objective", List.of("a", "b", "c", "d", "e"), rows);

        var json = JsonMapper.builder().build();
        var text = json.writeValueAsString(table);
        var again = json.readerFor(PublicTable.class)
                .with(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .<PublicTable>readValue(text);

        assertThat(table.rows().get(0)).containsExactly("SO 1", new BigDecimal("3"), new BigDecimal("68.75"), null,
                "2024-01-31");
        assertThat(again).isEqualTo(table);
    }

    @Test
    void theSameFiguresAlwaysHaveTheSameFingerprint() {
        var json = new SnapshotJson(JsonMapper.builder().build());
        var english = new FiguresSnapshot.Worded(List.of(chart("Activities")), List.of());
        var albanian = new FiguresSnapshot.Worded(List.of(chart("Aktivitete")), List.of());
        var oneOrder = new LinkedHashMap<String, FiguresSnapshot.Worded>();
        oneOrder.put("sq", albanian);
        oneOrder.put("en", english);
        var otherOrder = new LinkedHashMap<String, FiguresSnapshot.Worded>();
        otherOrder.put("en", english);
        otherOrder.put("sq", albanian);

        var first = json.write(figures(oneOrder));
        var second = json.write(figures(otherOrder));

        assertThat(SnapshotJson.fingerprint(first)).isEqualTo(SnapshotJson.fingerprint(second)).hasSize(64);
        assertThat(json.read(PublicationKind.FIGURES, first)).isEqualTo(figures(otherOrder));
    }

    @Test
    void aChartsTableHoldsExactlyTheFiguresItIsDrawnFrom() {
        var chart = chart("Activities");

        assertThat(chart.table().header()).containsExactly("Strategic objective", "Completed", "Started");
        assertThat(chart.table().rows()).containsExactly(List.of("SO 1", new BigDecimal("1"), new BigDecimal("2")),
                List.of("SO 2", BigDecimal.ZERO, new BigDecimal("3")));
        assertThat(chart.chart().series().get("Started")).containsExactly(new BigDecimal("2"), new BigDecimal("3"));
    }

    private static PublicChart chart(String title) {
        var series = new LinkedHashMap<String, List<BigDecimal>>();
        series.put("Completed", List.of(BigDecimal.ONE, BigDecimal.ZERO));
        series.put("Started", List.of(new BigDecimal("2.0"), new BigDecimal("3")));
        return new PublicChart("statuses", Chart.Kind.STACKED_HORIZONTAL_BARS, title, "Activities",
                "Strategic objective", List.of("SO 1", "SO 2"), series, Map.of());
    }

    private static FiguresSnapshot figures(Map<String, FiguresSnapshot.Worded> languages) {
        return new FiguresSnapshot("Plan", 2023, 2026, 2024,
                new PublicAchievement(Achievement.Kind.MEASURED, new BigDecimal("68.75"), null, Achievement.Light.AMBER),
                4, 2, 1, 1, 1, 2, 1, languages);
    }

    private static PublishableDocument document(long id, String kind, Integer quarter, java.util.Locale language) {
        return new PublishableDocument(id, 1, "Report", kind, "Report", 2024, quarter, language, NOW);
    }

    private static Publication publication() {
        var snapshot = new PlanSnapshot("Plan", null, null, null, 2023, 2026, List.of());
        var candidate = new Candidate(1, PublicationSubject.plan(), "plan", "Plan", null, snapshot, "{}",
                SnapshotJson.fingerprint("{}"), List.of(),
                org.ariadne.common.disclosure.DisclosureControl.RULE);
        return Publication.of(candidate, null, "natc", NOW);
    }
}
