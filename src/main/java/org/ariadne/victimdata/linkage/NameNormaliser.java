package org.ariadne.victimdata.linkage;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Brings a name written in Albanian, Serbian Latin or Cyrillic, Macedonian or English spelling to one canonical form,
 * so that Xhafa, Džafa, Џафа and Dzafa, or Gjoka, Đoka, Djoka and Ђока, come out the same. Steps: Serbian and
 * Macedonian Cyrillic letter by letter (an ICU rule set: џ → dž, ѓ → gj, ќ → ć, ѕ → dz, љ → lj...), any other script
 * by ICU's Any-Latin, then our folding of the sounds the orthographies write differently, then ICU's Latin-ASCII.
 *
 * <p>The folding is deliberately coarse: one letter per group of sounds the region's officers confuse or transcribe
 * into each other (xh/dž/dz/x/gj/đ/dj → one letter; ç/č/ć/q/ch → c; sh/š → s; zh/ž → z; dh → d; th → t; y → i;
 * ij → i; doubled letters once; ë → e, but a at the end of a word, as Gjakovë is also Gjakova). Coarser names match more easily; that
 * costs little precision, because a likely match also needs the date of birth and the other name to agree. Double
 * Metaphone is not used: it knows English sounds and splits Xhafa from Džafa.
 *
 * <p>The canonical form is an intermediate value in memory only; it is hashed at once and never stored or logged.
 */
final class NameNormaliser {

    /** The letter for the affricates xh/dž/dz/gj/đ (an upper-case letter cannot come out of the other steps). */
    static final char AFFRICATE = 'X';

    private static final String CYRILLIC_RULES = """
            а > a; б > b; в > v; г > g; д > d; ђ > đ; ѓ > gj; е > e; ѐ > e; ж > ž; з > z; ѕ > dz; и > i; ѝ > i;
            ј > j; й > j; к > k; ќ > ć; л > l; љ > lj; м > m; н > n; њ > nj; о > o; п > p; р > r; с > s; т > t;
            ћ > ć; у > u; ф > f; х > h; ц > c; ч > č; џ > dž; ш > š; щ > šč; ы > i; э > e; ю > ju; я > ja;
            ё > jo; є > je; і > i; ї > ji; ґ > g; ь > ; ъ > ;
            """;

    private static final ThreadLocal<Transliterator> CYRILLIC = ThreadLocal.withInitial(
            () -> Transliterator.createFromRules("ariadne-sr-mk-Latin", CYRILLIC_RULES, Transliterator.FORWARD));
    private static final ThreadLocal<Transliterator> ANY_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin"));
    private static final ThreadLocal<Transliterator> LATIN_ASCII = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Latin-ASCII"));

    private static final Pattern FINAL_E_DIAERESIS = Pattern.compile("ë(?=\\s|$)");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^a-z" + AFFRICATE + "]+");
    private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");

    /** Ordered: longer spellings before their parts (dzh before dz and zh, xh before x, tch before ch). */
    private static final String[][] FOLDING = {
            {"dzh", "X"}, {"dž", "X"}, {"xh", "X"}, {"gj", "X"}, {"dj", "X"}, {"đ", "X"}, {"dz", "X"}, {"x", "X"},
            {"tch", "c"}, {"ch", "c"}, {"ç", "c"}, {"č", "c"}, {"ć", "c"}, {"q", "c"},
            {"sh", "s"}, {"š", "s"}, {"zh", "z"}, {"ž", "z"},
            {"dh", "d"}, {"th", "t"}, {"ph", "f"}, {"kh", "h"}, {"w", "v"}, {"y", "i"}, {"ij", "i"}, {"ë", "e"}};

    /**
     * Kosovo's municipalities have an Albanian and a Serbian name that no spelling rule joins (Peć and Pejë, Uroševac
     * and Ferizaj); a place of birth is compared under its Albanian name.
     */
    private static final String[][] TOWNS = {{"Priština", "Prishtinë"}, {"Peć", "Pejë"}, {"Đakovica", "Gjakovë"},
            {"Kosovska Mitrovica", "Mitrovicë"}, {"Mitrovica", "Mitrovicë"}, {"Gnjilane", "Gjilan"},
            {"Uroševac", "Ferizaj"}, {"Vučitrn", "Vushtrri"}, {"Podujevo", "Podujevë"}, {"Suva Reka", "Suharekë"},
            {"Orahovac", "Rahovec"}, {"Lipljan", "Lipjan"}, {"Glogovac", "Drenas"}, {"Kosovo Polje", "Fushë Kosovë"},
            {"Dečani", "Deçan"}, {"Istok", "Istog"}, {"Klina", "Klinë"}, {"Kačanik", "Kaçanik"}, {"Vitina", "Viti"},
            {"Kosovska Kamenica", "Kamenicë"}, {"Kamenica", "Kamenicë"}, {"Obilić", "Obiliq"},
            {"Mališevo", "Malishevë"}, {"Srbica", "Skenderaj"}, {"Štimlje", "Shtime"}, {"Štrpce", "Shtërpcë"},
            {"Novo Brdo", "Novobërdë"}, {"Dragaš", "Dragash"}, {"Leposavić", "Leposaviq"}};
    private static final Map<String, String> ALBANIAN_TOWN = new HashMap<>();

    static {
        for (var town : TOWNS) {
            ALBANIAN_TOWN.put(canonical(town[0]), canonical(town[1]));
        }
    }

    private NameNormaliser() {
    }

    /** The canonical tokens of a place, a Kosovo town under its Albanian name. */
    static List<String> placeTokens(String place) {
        var canonical = canonical(place);
        canonical = ALBANIAN_TOWN.getOrDefault(canonical, canonical);
        return canonical.isEmpty() ? List.of() : Arrays.asList(canonical.split(" "));
    }

    /** The canonical tokens of a name (several first names or surnames give several tokens); empty if none. */
    static List<String> tokens(String name) {
        var canonical = canonical(name);
        return canonical.isEmpty() ? List.of() : Arrays.asList(canonical.split(" "));
    }

    /** The canonical form, tokens separated by one space. */
    static String canonical(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        var text = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        text = CYRILLIC.get().transliterate(text);
        text = ANY_LATIN.get().transliterate(text);
        text = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        // Albanian indefinite Gjakovë, definite Gjakova, Serbian Đakovica: a final ë reads as the a of the other forms
        text = FINAL_E_DIAERESIS.matcher(text).replaceAll("a");
        for (var rule : FOLDING) {
            text = text.replace(rule[0], rule[1]);
        }
        text = LATIN_ASCII.get().transliterate(text);
        text = NOT_A_LETTER.matcher(text).replaceAll(" ").strip();
        return DOUBLED.matcher(text).replaceAll("$1");
    }
}
