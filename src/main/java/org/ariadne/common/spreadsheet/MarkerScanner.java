package org.ariadne.common.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Looks for a few ASCII markers in a stream of bytes of any length, in constant memory: ignoring case, and ignoring
 * NUL bytes so that text in UTF-16 or UTF-32 (and the UTF-16 names inside an OLE file) cannot hide a marker. Each
 * marker is followed with its own Knuth-Morris-Pratt automaton, so a marker split across two reads, or starting
 * inside a false start, is still found.
 */
final class MarkerScanner {

    private final String[] markers;
    private final byte[][] patterns;
    private final int[][] fallbacks;
    private final int[] matched;
    private final Set<String> found = new LinkedHashSet<>();

    MarkerScanner(String... markers) {
        this.markers = markers;
        this.patterns = new byte[markers.length][];
        this.fallbacks = new int[markers.length][];
        this.matched = new int[markers.length];
        for (int m = 0; m < markers.length; m++) {
            var pattern = markers[m].toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            patterns[m] = pattern;
            fallbacks[m] = fallbacks(pattern);
        }
    }

    private static int[] fallbacks(byte[] pattern) {
        var fallback = new int[pattern.length];
        int k = 0;
        for (int i = 1; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = fallback[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            fallback[i] = k;
        }
        return fallback;
    }

    void feed(byte[] bytes, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                continue;
            }
            if (b >= 'A' && b <= 'Z') {
                b += 32;
            }
            for (int m = 0; m < patterns.length; m++) {
                var pattern = patterns[m];
                int k = matched[m];
                while (k > 0 && pattern[k] != b) {
                    k = fallbacks[m][k - 1];
                }
                if (pattern[k] == b) {
                    k++;
                }
                if (k == pattern.length) {
                    found.add(markers[m]);
                    k = fallbacks[m][k - 1];
                }
                matched[m] = k;
            }
        }
    }

    boolean found(String marker) {
        return found.contains(marker);
    }

    boolean foundAny() {
        return !found.isEmpty();
    }

    Set<String> found() {
        return Set.copyOf(found);
    }
}
