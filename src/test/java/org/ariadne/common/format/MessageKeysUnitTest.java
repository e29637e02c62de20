package org.ariadne.common.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A key written twice in a bundle silently keeps the second value: the import page's label "Language of the texts"
 * once read as an error message about language codes. No bundle, in any language, may define a key twice.
 */
class MessageKeysUnitTest {

    @Test
    void noBundleDefinesAKeyTwice() throws IOException {
        var duplicates = new ArrayList<String>();
        for (var bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            var lines = new String(bundle.getInputStream().readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            var seen = new HashMap<String, Integer>();
            boolean continued = false;
            for (int i = 0; i < lines.length; i++) {
                var line = lines[i].stripTrailing();
                var starts = !continued;
                continued = line.endsWith("\\") && !line.endsWith("\\\\");
                var text = line.strip();
                if (!starts || text.isEmpty() || text.startsWith("#") || text.startsWith("!")) {
                    continue;
                }
                var end = text.length();
                for (var separator : new char[] {'=', ':'}) {
                    int at = text.indexOf(separator);
                    if (at >= 0 && at < end) {
                        end = at;
                    }
                }
                var key = text.substring(0, end).strip();
                var first = seen.putIfAbsent(key, i + 1);
                if (first != null) {
                    duplicates.add(bundle.getFilename() + ": " + key + " (lines " + first + " and " + (i + 1) + ")");
                }
            }
        }
        assertThat(duplicates).isEmpty();
    }
}
