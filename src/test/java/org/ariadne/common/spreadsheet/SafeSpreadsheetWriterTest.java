package org.ariadne.common.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SafeSpreadsheetWriterTest {

    private static final List<String> TRICKY = Arrays.asList("=1+1", "+381 11 123", "-5", "+3.5", "-0,25", "- bullet",
            "@SUM(A1)", "=HYPERLINK(\"http://x\",\"y\")", "'=already", "''=twice", "'-5", "'", "''", "'plain",
            "\t=tab", "\r=cr", "-", "+", "=", "@", "", null, "plain text", "Ђорђе", "1e5", "-1E+5", "--5", "-5-");

    @Test
    void neutralisesFormulaStartsButNotPlainNumbers() {
        assertThat(SafeSpreadsheetWriter.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(SafeSpreadsheetWriter.neutralise("+381 11 123")).isEqualTo("'+381 11 123");
        assertThat(SafeSpreadsheetWriter.neutralise("- bullet")).isEqualTo("'- bullet");
        assertThat(SafeSpreadsheetWriter.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeSpreadsheetWriter.neutralise("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("'=HYPERLINK(\"http://x\",\"y\")");
        assertThat(SafeSpreadsheetWriter.neutralise("\tx")).isEqualTo("'\tx");
        assertThat(SafeSpreadsheetWriter.neutralise("\rx")).isEqualTo("'\rx");
        assertThat(SafeSpreadsheetWriter.neutralise("'=already")).isEqualTo("''=already");
        assertThat(SafeSpreadsheetWriter.neutralise("-5")).isEqualTo("-5");
        assertThat(SafeSpreadsheetWriter.neutralise("+3.5")).isEqualTo("+3.5");
        assertThat(SafeSpreadsheetWriter.neutralise("'plain")).isEqualTo("'plain");
        assertThat(SafeSpreadsheetWriter.neutralise("")).isEmpty();
        assertThat(SafeSpreadsheetWriter.neutralise(null)).isNull();
        assertThat(SafeSpreadsheetWriter.restore("'=1+1")).isEqualTo("=1+1");
        assertThat(SafeSpreadsheetWriter.restore("'plain")).isEqualTo("'plain");
    }

    @Test
    void restoreUndoesNeutraliseForEveryString() {
        List<String> samples = new ArrayList<>(TRICKY);
        // Property-style: many random strings over the characters that matter, with a fixed seed to be repeatable.
        char[] alphabet = {'=', '+', '-', '@', '\t', '\r', '\'', '1', '5', '.', ',', 'e', 'E', ' ', 'a', '"', 'ђ'};
        Random random = new Random(20_240_601);
        for (int i = 0; i < 20_000; i++) {
            char[] chars = new char[random.nextInt(7)];
            for (int j = 0; j < chars.length; j++) {
                chars[j] = alphabet[random.nextInt(alphabet.length)];
            }
            samples.add(new String(chars));
        }
        for (String s : samples) {
            String neutral = SafeSpreadsheetWriter.neutralise(s);
            assertThat(SafeSpreadsheetWriter.restore(neutral)).as("restore(neutralise(%s))", s).isEqualTo(s);
            if (neutral != null && !neutral.isEmpty()) {
                char first = neutral.charAt(0);
                boolean formulaStart = "=+-@\t\r".indexOf(first) >= 0;
                assertThat(!formulaStart || neutral.matches("[+-]?(\\d+([.,]\\d+)?|[.,]\\d+)([eE][+-]?\\d+)?"))
                        .as("%s is safe to open", neutral).isTrue();
            }
        }
    }
}
