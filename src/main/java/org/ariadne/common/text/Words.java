package org.ariadne.common.text;

import java.util.Map;
import java.util.Optional;

/**
 * Small multilingual word sets that are not labels of an enum, such as the answers people type in a
 * yes/no column.
 */
public final class Words {

    /** Folded to lower-case Latin first, so "да"/"не" arrive here as "da"/"ne". */
    private static final Map<String, Boolean> YES_NO = Map.ofEntries(
            Map.entry("yes", true), Map.entry("y", true), Map.entry("true", true),
            Map.entry("po", true),                      // Albanian
            Map.entry("da", true),                      // Serbian, Macedonian (да)
            Map.entry("1", true), Map.entry("1.0", true), // "1.0": a number cell shown as text
            Map.entry("✓", true), Map.entry("✔", true),
            Map.entry("no", false), Map.entry("n", false), Map.entry("false", false),
            Map.entry("jo", false),                     // Albanian
            Map.entry("ne", false),                     // Serbian, Macedonian (не)
            Map.entry("0", false), Map.entry("0.0", false),
            Map.entry("✗", false), Map.entry("✘", false));

    /** Longer text is a sentence, not a yes or a no. */
    private static final int MAX_LENGTH = 20;

    private Words() {
    }

    /**
     * Reads a yes/no answer: yes/no, po/jo, da/ne, да/не, true/false, 1/0, ✓/✗, in any case,
     * with surrounding spaces or a final "." or "!". "x" is deliberately not read: in some
     * templates it ticks a box, in others it crosses it out.
     *
     * @param text the cell text, may be null
     * @return true for yes, false for no, empty for blank or anything else; never throws
     */
    public static Optional<Boolean> yesNo(String text) {
        if (text == null || text.isBlank() || text.strip().length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = Fold.latinLower(text).strip();
        if (s.length() > 1 && (s.endsWith(".") || s.endsWith("!"))) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return Optional.ofNullable(YES_NO.get(s));
    }
}
