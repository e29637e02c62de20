package org.ariadne.victimdata;

import java.time.LocalDate;

import org.ariadne.common.disclosure.DisclosureControl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of the register's figure a plan indicator's report is offered: through the one disclosure rule. */
class IndicatorOfferUnitTest {

    private static final DisclosureControl RULE = new DisclosureControl(5);

    /** Women and men under 18 and adults; nobody of another sex or of unknown age. */
    private static RegisterFigure figure(long girls, long women, long boys, long men) {
        return new RegisterFigure(RegisterMeasure.IDENTIFIED, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30),
                girls + women + boys + men, girls + women, boys + men, 0, girls + boys, women + men, 0,
                new long[][] {{girls, women}, {boys, men}});
    }

    @Test
    void aFigureWithNoSmallCellIsOfferedWithItsWholeBreakdown() {
        var offer = IndicatorOffer.of(figure(6, 6, 5, 5), true, true, RULE).orElseThrow();
        assertThat(offer.total()).isEqualTo(22);
        assertThat(offer.parts()).containsEntry("SEX=FEMALE|AGE_GROUP=UNDER_18", 6L)
                .containsEntry("SEX=FEMALE|AGE_GROUP=ADULT", 6L).containsEntry("SEX=MALE|AGE_GROUP=UNDER_18", 5L)
                .containsEntry("SEX=MALE|AGE_GROUP=ADULT", 5L).containsEntry("SEX=FEMALE", 12L)
                .containsEntry("SEX=MALE", 10L);
        assertThat(offer.withheld()).isEmpty();
    }

    @Test
    void aSmallTotalIsNotOfferedAtAll() {
        assertThat(IndicatorOffer.of(figure(1, 1, 0, 1), true, true, RULE)).isEmpty();
        assertThat(IndicatorOffer.of(figure(0, 4, 0, 0), false, false, RULE)).isEmpty();
    }

    @Test
    void zeroIsOfferedItIdentifiesNoOne() {
        var offer = IndicatorOffer.of(figure(0, 0, 0, 0), true, true, RULE).orElseThrow();
        assertThat(offer.total()).isZero();
        assertThat(offer.parts()).containsEntry("SEX=MALE|AGE_GROUP=ADULT", 0L);
    }

    @Test
    void aGridWithASmallCellKeepsItsTotalAndLosesTheCellsThatWouldGiveItAway() {
        // three boys: the cell goes, and with it the cells and margins it could be worked out from
        var offer = IndicatorOffer.of(figure(7, 9, 3, 8), true, true, RULE).orElseThrow();
        assertThat(offer.total()).isEqualTo(27);
        assertThat(offer.parts()).doesNotContainKeys("SEX=MALE|AGE_GROUP=UNDER_18", "SEX=FEMALE|AGE_GROUP=UNDER_18",
                "SEX=FEMALE|AGE_GROUP=ADULT", "SEX=MALE|AGE_GROUP=ADULT");
        assertThat(offer.withheld()).containsExactly(IndicatorOffer.SMALL);
        // the margins stay: from them and the total, each suppressed cell still has several possible values
        assertThat(offer.parts()).containsEntry("SEX=MALE", 11L).containsEntry("AGE_GROUP=UNDER_18", 10L);
    }

    @Test
    void aBreakdownBySexAloneWithOneSmallPartIsWithheldWholeForTheOtherWouldGiveItAway() {
        var offer = IndicatorOffer.of(figure(0, 10, 0, 2), true, false, RULE).orElseThrow();
        assertThat(offer.total()).isEqualTo(12);
        assertThat(offer.parts()).isEmpty();
        assertThat(offer.withheld()).containsExactly(IndicatorOffer.SMALL);
    }

    @Test
    void personsTheReportCannotPlaceLeaveTheBreakdownOut() {
        var unknownAge = new RegisterFigure(RegisterMeasure.REGISTERED, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 3, 31), 12, 12, 0, 0, 5, 5, 2, new long[][] {{5, 5}, {0, 0}});
        var offer = IndicatorOffer.of(unknownAge, true, true, RULE).orElseThrow();
        assertThat(offer.parts()).isEmpty();
        assertThat(offer.withheld()).containsExactly(IndicatorOffer.UNCOUNTABLE);
        assertThat(IndicatorOffer.of(unknownAge, true, false, RULE).orElseThrow().parts())
                .as("by sex alone they all count").containsEntry("SEX=FEMALE", 12L).containsEntry("SEX=MALE", 0L);
    }
}
