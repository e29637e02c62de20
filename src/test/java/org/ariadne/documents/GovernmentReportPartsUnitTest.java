package org.ariadne.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts of the report to the government come in their order; one that fails or answers nonsense is replaced by
 * a note and the others still come; no two sections share an anchor (a bookmark in Word, a link in the PDF).
 */
class GovernmentReportPartsUnitTest {

    private final StaticMessageSource messages = new StaticMessageSource();
    private final List<String> asked = new ArrayList<>();

    GovernmentReportPartsUnitTest() {
        messages.addMessage("documents.government.part-failed.heading", Locale.ENGLISH, "Section not available");
        messages.addMessage("documents.government.part-failed", Locale.ENGLISH,
                "This section could not be produced (part: {0}).");
    }

    @Test
    void thePartsComeInTheirOrderWhateverTheOrderTheBeansCameIn() {
        var parts = new GovernmentReportParts(List.of(part(300, "Victims"), part(100, "Recommendations"),
                part(200, "Evaluations")), messages);

        var sections = parts.sections(1, 2024, Locale.ENGLISH, Set.of());

        assertThat(sections).extracting(Section::heading).containsExactly("Recommendations", "Evaluations", "Victims");
        assertThat(asked).containsExactly("Recommendations 2024", "Evaluations 2024", "Victims 2024");
    }

    @Test
    void aPartThatThrowsLeavesANoteInItsPlaceAndTheNextPartsStillCome() {
        GovernmentReportPart failing = new TestPart(200, null) {
            @Override
            public List<Section> sections(long planId, int year, Locale language) {
                throw new IllegalStateException("database gone");
            }
        };
        var parts = new GovernmentReportParts(List.of(part(100, "Recommendations"), failing, part(300, "Victims")),
                messages);

        var sections = parts.sections(1, 2024, Locale.ENGLISH, Set.of());

        assertThat(sections).extracting(Section::heading)
                .containsExactly("Recommendations", "Section not available", "Victims");
        assertThat(sections.get(1).blocks()).singleElement().isEqualTo(
                Paragraph.of("This section could not be produced (part: documents)."));
    }

    @Test
    void aPartThatAnswersNothingOrASectionWithoutHeadingIsTreatedAsNothingOrAsAFailure() {
        GovernmentReportPart none = new TestPart(100, null) {
            @Override
            public List<Section> sections(long planId, int year, Locale language) {
                return null;
            }
        };
        GovernmentReportPart headless = new TestPart(200, null) {
            @Override
            public List<Section> sections(long planId, int year, Locale language) {
                return List.of(new Section("x", null, List.of()));
            }
        };
        var sections = new GovernmentReportParts(List.of(none, headless), messages).sections(1, 2024,
                Locale.ENGLISH, Set.of());

        assertThat(sections).extracting(Section::heading).containsExactly("Section not available");
    }

    @Test
    void everySectionGetsAnAnchorOfItsOwn() {
        var parts = new GovernmentReportParts(List.of(part(100, "One", "summary"), part(200, "Two", "summary"),
                part(300, "Three", "Not an anchor!"), part(400, "Four", null)), messages);

        var sections = parts.sections(1, 2024, Locale.ENGLISH, Set.of("summary"));

        assertThat(sections).extracting(Section::anchor).containsExactly("summary-2", "summary-3", "part", "part-2");
    }

    private GovernmentReportPart part(int order, String heading) {
        return part(order, heading, heading.toLowerCase(Locale.ROOT));
    }

    private GovernmentReportPart part(int order, String heading, String anchor) {
        return new TestPart(order, heading) {
            @Override
            public List<Section> sections(long planId, int year, Locale language) {
                asked.add(heading + " " + year);
                return List.of(new Section(anchor, heading, List.of(Paragraph.of(heading))));
            }
        };
    }

    private abstract static class TestPart implements GovernmentReportPart {

        private final int order;

        TestPart(int order, String heading) {
            this.order = order;
        }

        @Override
        public int order() {
            return order;
        }
    }
}
