package org.ariadne.demo;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.stream.Collectors;

import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.linkage.Sex;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo register's made-up identifications look like a national register's and are the same every time. */
class DemoVictimsUnitTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void theSameDayGivesTheSameRegister() {
        assertThat(DemoVictims.plan(TODAY)).isEqualTo(DemoVictims.plan(TODAY));
    }

    @Test
    void theRegisterHasTheShapeOfARealOne() {
        var plan = DemoVictims.plan(TODAY);
        int cases = plan.size();
        long persons = plan.stream().map(planned -> planned.person().id()).distinct().count();
        long retrafficked = plan.stream().filter(planned -> planned.kind() == DemoVictims.Kind.RETRAFFICKED).count();
        long twice = plan.stream().filter(planned -> planned.kind() == DemoVictims.Kind.SECOND_REPORT).count();
        long women = plan.stream().filter(planned -> planned.person().sex() == Sex.FEMALE).count();
        long children = plan.stream().filter(planned -> planned.draft().age() != null && planned.draft().age() >= 12
                && planned.draft().age() <= 17).count();
        long sexual = plan.stream().filter(planned -> planned.draft().forms().contains(ExploitationForm.SEXUAL)).count();
        long labour = plan.stream().filter(planned -> planned.draft().forms().contains(ExploitationForm.LABOUR)).count();
        long kosovars = plan.stream().filter(planned -> planned.person().citizenship().equals("XK")).count();
        long refused = plan.stream().filter(planned -> planned.draft().decision() != null
                && planned.draft().decision().name().equals("REFUSED")).count();
        var years = plan.stream().collect(Collectors.groupingBy(planned -> planned.draft().identifiedOn().getYear(),
                java.util.TreeMap::new, Collectors.counting()));
        System.out.printf("demo register: %d cases, %d persons, %d re-trafficked, %d second reports, %d women, "
                + "%d aged 12-17, %d sexual, %d labour, %d XK, %d refused, by year %s%n", cases, persons, retrafficked,
                twice, women, children, sexual, labour, kosovars, refused, years);

        assertThat(cases).isBetween(400, 600);
        assertThat(years.keySet()).containsExactly(2021, 2022, 2023, 2024, 2025, 2026);
        assertThat((double) retrafficked / persons).isBetween(0.04, 0.09);
        assertThat((double) twice / persons).isBetween(0.03, 0.07);
        assertThat((double) women / cases).isBetween(0.7, 0.9);
        assertThat((double) children / cases).isBetween(0.3, 0.5);
        assertThat(sexual).isGreaterThan(labour);
        assertThat((double) (sexual + labour) / cases).isGreaterThan(0.7);
        assertThat((double) kosovars / cases).isBetween(0.65, 0.85);
        assertThat(refused).isPositive();
        for (var planned : plan) {
            var draft = planned.draft();
            assertThat(draft.identifiedOn()).isBeforeOrEqualTo(TODAY);
            if (draft.closedOn() != null) {
                assertThat(draft.closedOn()).isBeforeOrEqualTo(TODAY).isAfterOrEqualTo(draft.identifiedOn());
            }
            if (planned.kind() == DemoVictims.Kind.RETRAFFICKED) {
                var earlier = plan.get(planned.earlier()).draft();
                assertThat(earlier.closedOn()).isBefore(draft.identifiedOn());
            }
            if (planned.kind() == DemoVictims.Kind.SECOND_REPORT) {
                var earlier = plan.get(planned.earlier());
                assertThat(earlier.institution()).isNotEqualTo(planned.institution());
                assertThat(earlier.draft().identifiedOn()).isAfter(draft.identifiedOn().minusDays(10));
            }
        }
    }

    @Test
    void theSamePersonIsTypedInTheRegionsVariants() {
        var plan = DemoVictims.plan(TODAY);
        var seen = new HashSet<String>();
        for (var planned : plan) {
            if (planned.earlier() < 0) {
                continue;
            }
            var earlier = plan.get(planned.earlier()).draft();
            var later = planned.draft();
            if (!earlier.surnames().equals(later.surnames())) {
                seen.add(later.surnames().chars().anyMatch(c -> Character.UnicodeScript.of(c)
                        == Character.UnicodeScript.CYRILLIC) ? "cyrillic" : later.surnames().equals(earlier.firstNames())
                        ? "swapped" : "spelling");
            }
            if (later.dateOfBirth() != null && earlier.dateOfBirth() != null
                    && !later.dateOfBirth().equals(earlier.dateOfBirth())) {
                seen.add("date");
            }
        }
        assertThat(seen).contains("cyrillic", "swapped", "spelling", "date");
    }
}
