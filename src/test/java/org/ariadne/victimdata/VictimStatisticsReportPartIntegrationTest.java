package org.ariadne.victimdata;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.ariadne.documents.ReportContent.Block;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.TestSignIn;
import org.ariadne.support.AriadneIntegrationTest;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The victim statistics of the report to the government, which is published: small counts are not printed whoever
 * generates the report (the M&amp;E officer reads exact figures on the statistics page, but not here), and nothing
 * of a case is. The register is national: the cases of this test are identified in {@value #YEAR}, a year no other
 * test registers cases in.
 */
@AriadneIntegrationTest
class VictimStatisticsReportPartIntegrationTest {

    static final int YEAR = 2011;

    @Autowired
    VictimStatisticsReportPart part;
    @Autowired
    VictimRegister register;
    @Autowired
    Institutions institutions;

    @AfterEach
    void signOut() {
        TestSignIn.clear();
    }

    @Test
    void theYearsFiguresAreProtectedForTheOfficerAsForAMemberAndHoldNoCase() {
        var cases = new StatisticsCases(register, institutions);
        var references = new java.util.ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            references.add(register.open(cases.anonymous(cases.police, LocalDate.of(YEAR, 4, 1 + i), Sex.FEMALE, 20))
                    .reference());
        }
        for (int i = 0; i < 8; i++) {
            cases.anonymous(cases.shelter, LocalDate.of(YEAR, 6, 1 + i), Sex.MALE, 30);
        }

        TestSignIn.onThisThread(Role.ME_OFFICER);
        var forTheOfficer = part.sections(1, YEAR, Locale.ENGLISH);
        TestSignIn.onThisThread(Role.MEMBER);
        var forAMember = part.sections(1, YEAR, Locale.ENGLISH);

        assertThat(part.order()).isEqualTo(300);
        assertThat(forTheOfficer).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Victim statistics");
            var figures = table(section, "Key figures of the year");
            assertThat(figures.rows()).contains(List.of("Persons", "10"), List.of("Cases", "10"));
            var bySexAndAge = table(section, "Persons by sex and age group");
            assertThat(bySexAndAge.header()).containsExactly("Sex", "Adult 18-24", "Adult 25-34", "Total");
            assertThat(bySexAndAge.rows().get(0)).startsWith("Female", "[c]");
            assertThat(bySexAndAge.rows()).allSatisfy(row -> assertThat(row).doesNotContain("2"));
            assertThat(text(section)).contains("[c] not published: fewer than 5 persons");
            references.forEach(reference -> assertThat(text(section)).doesNotContain(reference));
        });
        assertThat(forAMember).isEqualTo(forTheOfficer);
    }

    @Test
    void aYearWithoutCasesSaysSoInTheLanguageAsked() {
        TestSignIn.onThisThread(Role.COORDINATOR);

        var sections = part.sections(1, 1985, Locale.forLanguageTag("sq"));

        assertThat(sections).singleElement().satisfies(section -> {
            assertThat(section.heading()).isEqualTo("Statistikat e viktimave");
            assertThat(text(section)).contains("Për vitin 1985 nuk u regjistrua asnjë viktimë e trafikimit.");
        });
    }

    private static Table table(Section section, String heading) {
        var blocks = section.blocks();
        for (int i = 0; i < blocks.size() - 1; i++) {
            if (blocks.get(i) instanceof Subheading subheading && subheading.text().equals(heading)
                    && blocks.get(i + 1) instanceof Table table) {
                return table;
            }
        }
        throw new AssertionError("no table under " + heading);
    }

    private static String text(Section section) {
        var text = new StringBuilder();
        for (Block block : section.blocks()) {
            if (block instanceof Paragraph paragraph) {
                text.append(paragraph.text());
            } else if (block instanceof Subheading subheading) {
                text.append(subheading.text());
            } else if (block instanceof Table table) {
                text.append(table.header()).append(table.rows());
            } else {
                text.append(block);
            }
            text.append('\n');
        }
        return text.toString();
    }
}
