package org.ariadne.training;

import java.util.List;

import org.ariadne.training.Participation.Attendance;
import org.ariadne.training.Participation.Count;
import org.ariadne.training.Participation.Person;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Professionals trained: distinct persons across lists, counts added, by institution and sex. */
class ParticipationUnitTest {

    private static final long POLICE = 1;
    private static final long SHELTER = 2;

    @Test
    void aPersonOnTheListsOfTwoTrainingsIsOneProfessionalTrained() {
        var first = new Attendance(1, List.of(), List.of(new Person("arta gashi", POLICE, Sex.FEMALE),
                new Person("burim krasniqi", POLICE, Sex.MALE)));
        var second = new Attendance(2, List.of(), List.of(new Person("arta gashi", POLICE, Sex.FEMALE),
                new Person("drita leka", SHELTER, Sex.FEMALE)));

        var trained = Participation.of(List.of(first, second));

        assertThat(trained.trainings()).isEqualTo(2);
        assertThat(trained.total()).isEqualTo(3);
        assertThat(trained.women()).isEqualTo(2);
        assertThat(trained.men()).isEqualTo(1);
        assertThat(trained.listed()).isEqualTo(3);
    }

    @Test
    void theSameNameInAnotherInstitutionIsAnotherPerson() {
        var trained = Participation.of(List.of(new Attendance(1, List.of(), List.of(
                new Person("arta gashi", POLICE, Sex.FEMALE), new Person("arta gashi", SHELTER, Sex.FEMALE)))));

        assertThat(trained.total()).isEqualTo(2);
        assertThat(trained.byInstitution()).containsOnlyKeys(POLICE, SHELTER);
    }

    @Test
    void trainingsKeptAsCountsAddTheirCountsByInstitutionAndSex() {
        var counted = new Attendance(1, List.of(new Count(POLICE, 3, 5), new Count(SHELTER, 2, 0),
                new Count(POLICE, 1, 1)), List.of());
        var listed = new Attendance(2, List.of(), List.of(new Person("arta gashi", POLICE, Sex.FEMALE)));

        var trained = Participation.of(List.of(counted, listed));

        assertThat(trained.total()).isEqualTo(13);
        assertThat(trained.byInstitution().get(POLICE)).isEqualTo(new Participation.Figures(5, 6));
        assertThat(trained.byInstitution().get(SHELTER)).isEqualTo(new Participation.Figures(2, 0));
        assertThat(trained.women() + trained.men()).as("the by-sex totals make the total").isEqualTo(trained.total());
        assertThat(trained.counted()).isEqualTo(12);
    }

    @Test
    void noTrainingTrainsNobody() {
        assertThat(Participation.of(List.of())).satisfies(none -> {
            assertThat(none.total()).isZero();
            assertThat(none.byInstitution()).isEmpty();
        });
    }
}
