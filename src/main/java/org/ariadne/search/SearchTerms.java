package org.ariadne.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.text.NameKey;
import org.springframework.modulith.NamedInterface;

/**
 * What the reader typed, folded the way names are compared everywhere ({@link NameKey}: any script, accents, case
 * and punctuation), so "trafikimi" finds "Trafikimi", "Министарство" finds "Ministarstvo" and "polic" finds "Kosovo
 * Police". A record matches when every word typed appears in one of its texts (as the start of a word or anywhere in
 * it, from three letters); a code matches when it starts with what was typed ("A1.2" finds A1.2.3).
 */
@NamedInterface("spi")
public final class SearchTerms {

    /** Ranks: a code typed exactly first, then a code it starts, then every word at the start of words, then inside. */
    public static final int NO_MATCH = 0;

    private final String text;
    private final List<String> words;
    private final String code;
    private final Locale locale;

    private SearchTerms(String text, Locale locale) {
        this.text = text == null ? "" : text.strip();
        this.words = Arrays.stream(NameKey.of(this.text).split(" ")).filter(word -> !word.isEmpty()).toList();
        this.code = this.text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        this.locale = locale;
    }

    public static SearchTerms of(String text, Locale locale) {
        return new SearchTerms(text, locale);
    }

    /** Whether anything searchable was typed (a single letter is not enough). */
    public boolean isEmpty() {
        return words.isEmpty() || (words.size() == 1 && words.get(0).length() < 2 && code.length() < 2);
    }

    public String text() {
        return text;
    }

    public Locale locale() {
        return locale;
    }

    /**
     * How well a record with this code (may be null) and these texts matches: 0 for not at all, higher is better.
     */
    public int rank(String recordCode, String... texts) {
        return rankIn(java.util.List.of(), recordCode, texts);
    }

    /**
     * As {@link #rank(String, String...)}, for a record found within something larger (an activity within its plan):
     * a word typed may also name that {@code context} ("A1.1.1 2015-2019", "training police national plan"), as long
     * as the code, or at least one word, is the record's own.
     */
    public int rankIn(java.util.List<String> context, String recordCode, String... texts) {
        if (isEmpty()) {
            return NO_MATCH;
        }
        var own = rankOwn(recordCode, texts);
        if (own > NO_MATCH || context.isEmpty() || text.split("\\s+").length < 2) {
            return own;
        }
        var contextKeys = context.stream().map(NameKey::of).filter(key -> !key.isEmpty()).toList();
        var ownKeys = java.util.Arrays.stream(texts).map(NameKey::of).filter(key -> !key.isEmpty()).toList();
        var folded = recordCode == null ? "" : recordCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        boolean anyOwn = false;
        for (var token : text.split("\\s+")) {
            if (!folded.isEmpty() && token.toUpperCase(Locale.ROOT).equals(folded)) {
                anyOwn = true;
                continue;
            }
            for (var word : NameKey.of(token).split(" ")) {
                if (word.isEmpty()) {
                    continue;
                }
                boolean inOwn = found(ownKeys, word);
                if (!inOwn && !found(contextKeys, word)) {
                    return NO_MATCH;
                }
                anyOwn |= inOwn;
            }
        }
        return anyOwn ? 40 : NO_MATCH;
    }

    private static boolean found(java.util.List<String> keys, String word) {
        return keys.stream().anyMatch(key -> (" " + key).contains(" " + word))
                || (word.length() >= 3 && keys.stream().anyMatch(key -> key.contains(word)));
    }

    private int rankOwn(String recordCode, String... texts) {
        if (isEmpty()) {
            return NO_MATCH;
        }
        if (recordCode != null && !recordCode.isBlank()) {
            var folded = recordCode.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (folded.equals(code)) {
                return 100;
            }
            if (code.length() >= 2 && folded.startsWith(code) && isCodeBoundary(folded, code.length())) {
                return 90;
            }
        }
        var keys = Arrays.stream(texts).map(NameKey::of).filter(key -> !key.isEmpty()).toList();
        if (keys.isEmpty()) {
            return NO_MATCH;
        }
        boolean allAtWordStart = true;
        for (var word : words) {
            boolean atStart = keys.stream().anyMatch(key -> (" " + key).contains(" " + word));
            boolean inside = word.length() >= 3 && keys.stream().anyMatch(key -> key.contains(word));
            if (!atStart && !inside) {
                return NO_MATCH;
            }
            allAtWordStart &= atStart;
        }
        return allAtWordStart ? 50 : 30;
    }

    /** "A1.2" is a start of "A1.2.3" and of "A1.21"? Only where the typed code ends at a separator or the end. */
    private static boolean isCodeBoundary(String folded, int end) {
        return end == folded.length() || !Character.isDigit(folded.charAt(end)) || !Character.isDigit(folded.charAt(end - 1));
    }
}
