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
        return isAscii(name) ? ofAscii(name) : ofByFolding(name);
    }

    private static boolean isAscii(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * The key of a name written in ASCII alone, as {@link #ofByFolding} gives it without normalising anything (every
     * step of folding leaves ASCII as it is but for the case): an import looks up thousands of such names.
     */
    static String ofAscii(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean pendingSpace = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                continue;
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && key.length() > 0) {
                    key.append(' ');
                }
                pendingSpace = false;
                key.append(c);
            } else {
                pendingSpace = true;
            }
        }
        return key.toString();
    }

    /** The key by the whole folding described at {@link #of}, for any script. */
    static String ofByFolding(String name) {
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

    /**
     * {@link #similarity} of two names already turned into keys by {@link #of}: for a caller comparing one name with
     * many, each keyed once.
     */
    public static double similarityOfKeys(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        return Math.max(ratio(a, b), ratio(sortedWords(a), sortedWords(b)));
    }

    /**
     * {@link #similarityOfKeys(String, String)} when it is at least {@code atLeast}; otherwise some value below
     * {@code atLeast}, found without working out the whole distance (a caller that only keeps names that alike, one
     * typed name against a whole directory, does not pay for the names that are not).
     */
    public static double similarityOfKeys(String a, String b, double atLeast) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0.0;
        }
        if (a.equals(b)) {
            return 1.0;
        }
        return Math.max(ratio(a, b, atLeast), ratio(sortedWords(a), sortedWords(b), atLeast));
    }

    /**
     * A key made ready for {@link #similarity(Prepared, Prepared, double)}: its code points as written and with its
     * words sorted, for a caller that compares the same names many times.
     */
    public record Prepared(String key, int[] codePoints, int[] sortedCodePoints) {

        public static Prepared of(String key) {
            return new Prepared(key, key.codePoints().toArray(), sortedWords(key).codePoints().toArray());
        }

        /** The key's length in code points. */
        public int length() {
            return codePoints.length;
        }
    }

    /** {@link #similarityOfKeys(String, String, double)} of two prepared keys. */
    public static double similarity(Prepared a, Prepared b, double atLeast) {
        if (a.key().isEmpty() || b.key().isEmpty()) {
            return 0.0;
        }
        if (a.key().equals(b.key())) {
            return 1.0;
        }
        return Math.max(ratio(a.codePoints(), b.codePoints(), atLeast),
                ratio(a.sortedCodePoints(), b.sortedCodePoints(), atLeast));
    }

    /** {@link #ratio(String, String)} when it reaches {@code atLeast}, else a value below it. */
    private static double ratio(String a, String b, double atLeast) {
        return ratio(a.codePoints().toArray(), b.codePoints().toArray(), atLeast);
    }

    private static double ratio(int[] x, int[] y, double atLeast) {
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        // the most edits a ratio of atLeast allows, and one more against rounding: beyond, the ratio is too low
        int most = (int) Math.floor((1.0 - atLeast) * longer) + 1;
        int distance = levenshtein(x, y, most);
        // more than "most" edits is only possible when atLeast is above 0 (no name is further than its length)
        return distance > most ? 0.0 : 1.0 - (double) distance / longer;
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

    /**
     * The Levenshtein distance when it is at most {@code most}, or else {@code most + 1}: only the cells within
     * {@code most} of the diagonal are worked out (Ukkonen's band), and the work stops once a whole row exceeds it.
     */
    static int levenshtein(int[] x, int[] y, int most) {
        int beyond = most + 1;
        if (Math.abs(x.length - y.length) > most) {
            return beyond;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = Math.min(j, beyond);
        }
        for (int i = 1; i <= x.length; i++) {
            int from = Math.max(1, i - most);
            int to = Math.min(y.length, i + most);
            current[0] = Math.min(i, beyond);
            if (from > 1) {
                current[from - 1] = beyond;
            }
            int rowLeast = from == 1 ? current[0] : beyond;
            for (int j = from; j <= to; j++) {
                int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                int value = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                current[j] = Math.min(value, beyond);
                rowLeast = Math.min(rowLeast, current[j]);
            }
            if (to < y.length) {
                current[to + 1] = beyond;
            }
            if (rowLeast > most) {
                return beyond;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return Math.min(previous[y.length], beyond);
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
