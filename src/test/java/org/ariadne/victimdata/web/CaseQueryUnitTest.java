package org.ariadne.victimdata.web;

import org.ariadne.victimdata.CaseStatus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The register's filters carried on to its downloads, and an unknown status filtering nothing. */
class CaseQueryUnitTest {

    @Test
    void theDownloadsKeepEveryFilterEncoded() {
        var query = new CaseQuery(2023, 12L, "IDENTIFIED", " VC 2023&x ");

        assertThat(query.suffix()).isEqualTo("?year=2023&institution=12&status=IDENTIFIED&reference=VC%202023%26x");
        assertThat(query.filter().status()).isEqualTo(CaseStatus.IDENTIFIED);
        assertThat(query.filter().reference()).isEqualTo("VC 2023&x");
    }

    @Test
    void noFilterAndAnUnknownStatusFilterNothing() {
        assertThat(CaseQuery.none().suffix()).isEmpty();
        assertThat(CaseQuery.none().isEmpty()).isTrue();
        var old = new CaseQuery(null, null, "CLOSED", "  ");
        assertThat(old.isEmpty()).isTrue();
        assertThat(old.filter().status()).isNull();
        assertThat(old.suffix()).isEmpty();
    }

    @Test
    void theAccessLogsDownloadsKeepItsFilters() {
        assertThat(new AccessLogQuery("VC-2023-00012", "teuta.rama").suffix())
                .isEqualTo("?reference=VC-2023-00012&user=teuta.rama");
        assertThat(AccessLogQuery.none().suffix()).isEmpty();
    }
}
