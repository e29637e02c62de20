package org.ariadne.common.text;

import java.text.Normalizer;
import java.util.Locale;

/** TEMPORARY stand-in until the full implementation lands. */
public final class NameKey {
    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        var decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    public static java.util.Optional<String> bestMatch(String wanted, java.util.Collection<String> candidates, double threshold) {
        return candidates.stream().filter(c -> of(c).equals(of(wanted))).findFirst();
    }
}
