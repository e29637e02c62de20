package org.ariadne.training;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A certification is flagged from 90 days before its expiry, and once expired; valid on its expiry day. */
class CertificationStatusUnitTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    @Test
    void validBeyondNinetyDays() {
        assertThat(CertificationStatus.of(TODAY.plusDays(91), TODAY)).isEqualTo(CertificationStatus.VALID);
        assertThat(CertificationStatus.VALID.flagged()).isFalse();
    }

    @Test
    void flaggedWithinNinetyDaysIncludingTheExpiryDay() {
        assertThat(CertificationStatus.of(TODAY.plusDays(90), TODAY)).isEqualTo(CertificationStatus.EXPIRES_SOON);
        assertThat(CertificationStatus.of(TODAY, TODAY)).isEqualTo(CertificationStatus.EXPIRES_SOON);
        assertThat(CertificationStatus.EXPIRES_SOON.flagged()).isTrue();
    }

    @Test
    void expiredTheDayAfter() {
        assertThat(CertificationStatus.of(TODAY.minusDays(1), TODAY)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(CertificationStatus.EXPIRED.flagged()).isTrue();
    }

    @Test
    void withoutExpiryNeverFlagged() {
        assertThat(CertificationStatus.of(null, TODAY)).isEqualTo(CertificationStatus.NO_EXPIRY);
        assertThat(CertificationStatus.NO_EXPIRY.flagged()).isFalse();
    }
}
