package org.ariadne.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellValuesTest {

    @Test
    void numbersComeBackAsUsersTypedThem() {
        assertThat(CellValues.number(2016.0).toPlainString()).isEqualTo("2016");
        assertThat(CellValues.number(12.5).toPlainString()).isEqualTo("12.5");
        assertThat(CellValues.number(0.1 + 0.2).toPlainString()).isEqualTo("0.3");
        assertThat(CellValues.number(1e-5).toPlainString()).isEqualTo("0.00001");
        assertThat(CellValues.number(1e20).toPlainString()).isEqualTo("100000000000000000000");
        assertThat(CellValues.number(-0.0).toPlainString()).isEqualTo("0");
        assertThat(CellValues.number(-1234.5).toPlainString()).isEqualTo("-1234.5");
        assertThat(CellValues.number(Double.NaN)).isNull();
    }

    @Test
    void referencesUseExcelColumnLetters() {
        assertThat(CellValues.reference(0, 0)).isEqualTo("A1");
        assertThat(CellValues.reference(11, 3)).isEqualTo("D12");
        assertThat(CellValues.columnLetters(25)).isEqualTo("Z");
        assertThat(CellValues.columnLetters(26)).isEqualTo("AA");
        assertThat(CellValues.columnLetters(701)).isEqualTo("ZZ");
        assertThat(CellValues.columnLetters(702)).isEqualTo("AAA");
        assertThat(CellValues.columnLetters(16_383)).isEqualTo("XFD");
        assertThat(CellValues.parseReference("D12")).containsExactly(11, 3);
        assertThat(CellValues.parseReference("xfd1048576")).containsExactly(1_048_575, 16_383);
        assertThat(CellValues.parseReference("12")).containsExactly(11, -1);
        assertThat(CellValues.parseReference("ZZZZZZZZZZZZ1")[1]).isGreaterThan(CellValues.MAX_EXCEL_COLUMN);
        assertThat(CellValues.parseReference("A0")).isNull();
        assertThat(CellValues.parseReference("1A")).isNull();
    }

    @Test
    void cleansTextWithoutChangingLetters() {
        assertThat(CellValues.cleanText("\u00A0 Ђорђе\u202Fš \u00A0")).isEqualTo("Ђорђе š");
        assertThat(CellValues.cleanText("'=SUM(A1)")).isEqualTo("=SUM(A1)");
        assertThat(CellValues.cleanText("'plain")).isEqualTo("'plain");
        assertThat(CellValues.decodeOoxmlEscapes("a_x000D_b_x005F_x0041_")).isEqualTo("a\rb_x0041_");
    }
}
