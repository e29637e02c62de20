package org.ariadne.common.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * Reduces text typed in any of the plan languages to plain lower-case Latin, so that one table of
 * words (month names, "continuous", "yes") and one matching key serve Albanian, Serbian in either
 * script, Macedonian and English alike.
 *
 * <p>Package-private: callers outside this package use {@link NameKey}, {@link PeriodText} or
 * {@link Words}, which decide what to do with punctuation.
 */
final class Fold {

    /**
     * Serbian and Macedonian Cyrillic in the spelling that matches the Latin text after its
     * diacritics are removed: ч and ћ both become "c" because č and ć both become "c", and ђ becomes
     * "dj" because đ does. A few Russian/Bulgarian/Ukrainian letters are included so that a name
     * copied from another source does not keep stray Cyrillic in its key.
     */
    private static final Map<Integer, String> LETTERS = Map.ofEntries(
            // Serbian and Macedonian alphabets (lower case; the text is lower-cased first)
            e('а', "a"), e('б', "b"), e('в', "v"), e('г', "g"), e('д', "d"), e('ђ', "dj"),
            e('ѓ', "gj"), e('е', "e"), e('ж', "z"), e('з', "z"), e('ѕ', "dz"), e('и', "i"),
            e('ј', "j"), e('к', "k"), e('л', "l"), e('љ', "lj"), e('м', "m"), e('н', "n"),
            e('њ', "nj"), e('о', "o"), e('п', "p"), e('р', "r"), e('с', "s"), e('т', "t"),
            e('ћ', "c"), e('ќ', "kj"), e('у', "u"), e('ф', "f"), e('х', "h"), e('ц', "c"),
            e('ч', "c"), e('џ', "dz"), e('ш', "s"),
            // Macedonian letters with a grave accent, used to tell homographs apart
            e('ѐ', "e"), e('ѝ', "i"),
            // other Cyrillic alphabets, for names pasted from elsewhere
            e('й', "j"), e('ё', "e"), e('ы', "y"), e('э', "e"), e('ю', "ju"), e('я', "ja"),
            e('щ', "sc"), e('ъ', ""), e('ь', ""), e('і', "i"), e('ї', "ji"), e('є', "je"),
            e('ґ', "g"), e('ў', "u"),
            // Latin letters that have no canonical decomposition, so removing marks would keep
            // them; đ must agree with ђ, and Macedonian Latin ǵ/ḱ with ѓ/ќ
            e('đ', "dj"), e('ð', "d"), e('ǵ', "gj"), e('ḱ', "kj"), e('ħ', "h"), e('ı', "i"),
            e('ł', "l"), e('ø', "o"), e('ß', "ss"), e('æ', "ae"), e('œ', "oe"), e('þ', "th"));

    private Fold() {
    }

    /**
     * NFKC, lower case (Locale.ROOT), Cyrillic to Latin, diacritics removed. Punctuation, spaces
     * and digits are kept as they are (after NFKC, so fullwidth digits become ASCII digits and
     * no-break spaces become ordinary spaces).
     *
     * @param text any text, not null
     * @return the folded text, never null
     */
    static String latinLower(String text) {
        // NFKC first: it composes г + combining acute into ѓ (so ѓ is not read as plain г below)
        // and turns ligatures, fullwidth forms and odd spaces into their ordinary equivalents.
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(lower.length() + 16);
        lower.codePoints().forEach(cp -> {
            String replacement = LETTERS.get(cp);
            if (replacement != null) {
                latin.append(replacement);
            } else {
                latin.appendCodePoint(cp);
            }
        });
        String decomposed = Normalizer.normalize(latin, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().forEach(cp -> {
            int type = Character.getType(cp);
            if (type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                bare.appendCodePoint(cp);
            }
        });
        // Recompose what is left (e.g. Hangul), so non-Latin scripts come out in their usual form.
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    private static Map.Entry<Integer, String> e(char letter, String latin) {
        return Map.entry((int) letter, latin);
    }
}
