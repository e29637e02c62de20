package org.ariadne.common.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * Matching key for names typed by people, so that an institution name typed in a spreadsheet
 * finds its entry in the directory whatever the script, accents, case or punctuation.
 *
 * <p>"Министарство унутрашњих послова" and "Ministarstvo unutrašnjih poslova" both give
 * {@code "ministarstvo unutrasnjih poslova"}; "Ministria e Punëve të Brendshme" and
 * "MINISTRIA E PUNEVE TE BRENDSHME" both give {@code "ministria e puneve te brendshme"};
 * "Kosovo  Police." gives {@code "kosovo police"}.
 *
 * <p>The key is for comparing, never for showing: it loses the distinctions (č/ć, ž/z) that
 * people also lose when they type without a Balkan keyboard.
 */
public final class NameKey {

    /**
     * Quotes and apostrophes are dropped rather than turned into spaces, so that "Nan's" and
     * "Nans" agree. The spacing acute (´) is listed because NFKC would otherwise turn it into a
     * space plus a combining accent, i.e. a word break.
     */
    private static final String QUOTES = "'\"`´‘’‚‛“”„‟«»‹›′″ʹʺʻʼʽˈ＂＇";

    private NameKey() {
    }

    /**
     * Returns the matching key of a name: NFKC; Serbian and Macedonian Cyrillic written in Latin;
     * diacritics removed (ë→e, š→s, đ→dj like ђ); lower case; quotes and apostrophes removed; every
     * other run of characters that are neither letters nor digits replaced by one space; trimmed.
     *
     * @param name a name as typed, may be null
     * @return the key; {@code ""} for null or blank input
     */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        // Quotes are removed before folding (for ´, see QUOTES) and after it (fullwidth quotes
        // only become ASCII quotes during NFKC).
        String folded = removeQuotes(Fold.latinLower(removeQuotes(withoutInvisibles(name))));
        StringBuilder key = new StringBuilder(folded.length());
        boolean pendingSpace = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.appendCodePoint(cp);
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /**
     * How alike two names are, from 0 (nothing in common, or either name blank) to 1 (same key).
     *
     * <p>Compares the keys with a normalised Levenshtein distance, once as written and once with
     * the words sorted, and keeps the better: a typo ("Polise") and a different word order
     * ("Kosovo Police" / "Police Kosovo") both stay close, while a name that merely
     * shares a word with another ("Ministry of Health" / "Ministry of Justice") does not score
     * as high as a true variant.
     *
     * @param a a name as typed, may be null
     * @param b another name as typed, may be null
     * @return the similarity in [0, 1]
     */
    public static double similarity(String a, String b) {
        return similarityOfKeys(of(a), of(b));
    }

    /**
     * The candidate most similar to {@code wanted}, if its {@link #similarity} reaches
     * {@code threshold}. When two candidates score the same, the first one in iteration order wins,
     * so a caller that lists its directory in a stable order gets a stable suggestion.
     *
     * @param wanted     the name as typed, may be null
     * @param candidates the existing names, may be null or contain nulls
     * @param threshold  the lowest acceptable similarity, in [0, 1]; 0.85 is a sensible start
     *                   for suggestions shown to a person
     * @return the best candidate as given (not its key), or empty if none reaches the threshold
     *         or {@code wanted} is blank
     * @throws IllegalArgumentException if {@code threshold} is not in [0, 1]
     */
    public static Optional<String> bestMatch(String wanted, Collection<String> candidates, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new IllegalArgumentException("threshold must be in [0, 1], was " + threshold);
        }
        String wantedKey = of(wanted);
        if (wantedKey.isEmpty() || candidates == null) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = -1.0;
        for (String candidate : candidates) {
            String key = of(candidate);
            if (key.isEmpty()) {
                continue;
            }
            // Levenshtein can never score above shorter/longer length, so skip the quadratic work
            // when that bound already loses; it keeps a pasted paragraph from stalling the import.
            int keyLength = key.codePointCount(0, key.length());
            int wantedLength = wantedKey.codePointCount(0, wantedKey.length());
            double bound = (double) Math.min(keyLength, wantedLength) / Math.max(keyLength, wantedLength);
            if (bound < threshold || bound <= bestScore) {
                continue;
            }
            double score = similarityOfKeys(wantedKey, key);
            if (score >= threshold && score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static double similarityOfKeys(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        return Math.max(ratio(a, b), ratio(sortedWords(a), sortedWords(b)));
    }

    private static String sortedWords(String key) {
        String[] words = key.split(" ");
        Arrays.sort(words);
        return String.join(" ", words);
    }

    /** 1 − Levenshtein distance / length of the longer string, on code points. */
    private static double ratio(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) levenshtein(x, y) / longer;
    }

    private static int levenshtein(int[] x, int[] y) {
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length];
    }

    /**
     * Invisible format characters (zero-width space and joiners, soft hyphen, word joiner, byte order mark) are
     * dropped, not read as a word break: "Po\u200Blice" looks exactly like "Police" and must be the same name.
     */
    private static String withoutInvisibles(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> Character.getType(cp) != Character.FORMAT).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static String removeQuotes(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> QUOTES.indexOf(cp) < 0).forEach(out::appendCodePoint);
        return out.toString();
    }
}
