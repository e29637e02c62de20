package org.ariadne.common.text;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.ibm.icu.text.Transliterator;

/**
 * Serbian is written in two scripts that map letter for letter (lj is љ, nj is њ, dž is џ). The Cyrillic texts of
 * the application are made from the Latin ones here, so the two never drift apart.
 * <p>
 * {@link #toCyrillic} turns only Serbian words: it leaves untouched what a machine or another language reads:
 * message placeholders and ICU syntax ({@code {0}}, {@code {0, plural, one{…} few{…} other{…}}}, {@code #}), HTML
 * tags and entities, addresses (web, e-mail, paths), file extensions, tokens that hold a digit ("A1.1.1", "SO 1",
 * "2026") and words written in capitals without a Serbian letter ("OSCE", "EUR", "CSV", "GRETA"), and a few product
 * names ("Excel", "Word").
 */
public final class SerbianScript {

    private static final String LATIN_TO_CYRILLIC_RULES = """
            LJ > Љ; Lj > Љ; lj > љ; NJ > Њ; Nj > Њ; nj > њ; DŽ > Џ; Dž > Џ; dž > џ;
            A > А; B > Б; V > В; G > Г; D > Д; Đ > Ђ; E > Е; Ž > Ж; Z > З; I > И; J > Ј; K > К; L > Л; M > М;
            N > Н; O > О; P > П; R > Р; S > С; T > Т; Ć > Ћ; U > У; F > Ф; H > Х; C > Ц; Č > Ч; Š > Ш;
            a > а; b > б; v > в; g > г; d > д; đ > ђ; e > е; ž > ж; z > з; i > и; j > ј; k > к; l > л; m > м;
            n > н; o > о; p > п; r > р; s > с; t > т; ć > ћ; u > у; f > ф; h > х; c > ц; č > ч; š > ш;
            """;

    private static final Transliterator LATIN_TO_CYRILLIC = Transliterator.createFromRules("sr_Latn-sr_Cyrl",
            "::NFC; " + LATIN_TO_CYRILLIC_RULES, Transliterator.FORWARD);
    private static final Transliterator CYRILLIC_TO_LATIN = Transliterator.getInstance("Serbian-Latin/BGN");

    /**
     * What stays as written, in the order tried: ICU and MessageFormat syntax, HTML, addresses, tokens with digits,
     * capitals without a Serbian letter, file extensions and product names.
     */
    private static final Pattern KEPT = Pattern.compile(String.join("|",
            "\\{\\s*\\d+\\s*(?:,[^{}]*)?}",                                  // {0}, {1,number,#}, {0,date}
            "\\{\\s*\\d+\\s*,\\s*\\w+\\s*,",                                 // {0, plural,
            "(?<![\\p{L}])(?:zero|one|two|few|many|other|=\\d+)\\s*\\{",     // one{ few{ other{ =0{
            "<[^<>]*>",                                                      // <strong>, <a href="…">
            "&#?\\w+;",                                                      // &nbsp; &#8212;
            "(?:https?|mailto):[^\\s<>\"']+",                                // addresses
            "[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+",                              // e-mail addresses
            "(?<![\\p{L}\\d])/[\\w/{}.-]*[\\w}]",                            // /plans/{0}/documents
            "[\\p{L}\\d]*\\d[\\p{L}\\d.-]*",                                 // A1.1.1, SO1, 2026, V63
            "(?<!\\p{L})[A-Z]{2,}(?!\\p{L})",                                // OSCE, CSV, XLSX (ASCII capitals only)
            "(?<!\\p{L})\\.[a-z]{3,4}(?!\\p{L})",                                 // .xlsx, .docx
            "(?<!\\p{L})(?:Excel|Word|LibreOffice|Ariadne|PDFBox|Chromium|htmx)(?!\\p{L})"));

    private static final Map<String, String> CYRILLIC = new ConcurrentHashMap<>();
    private static final Set<Character> CYRILLIC_ONLY_CAPITALS = Set.of('Č', 'Ć', 'Š', 'Ž', 'Đ');
    /** Serbian's own acronyms, which Cyrillic writes in Cyrillic (NVO is НВО, SAD is САД) unlike OSCE or CSV. */
    private static final Set<String> SERBIAN_ACRONYMS = Set.of("NVO", "SAD", "EU", "UN", "SOP");

    private SerbianScript() {
    }

    /** The Serbian Cyrillic of a Latin-script text (a message pattern, a name), keeping what is not Serbian. */
    public static String toCyrillic(String latin) {
        if (latin == null || latin.isEmpty()) {
            return latin;
        }
        return CYRILLIC.computeIfAbsent(latin, SerbianScript::transliterate);
    }

    /** The Latin-script spelling of a Serbian Cyrillic text ("Београд" is "Beograd"); Latin text is unchanged. */
    public static String toLatin(String cyrillic) {
        if (cyrillic == null || cyrillic.isEmpty()) {
            return cyrillic;
        }
        synchronized (CYRILLIC_TO_LATIN) {
            return CYRILLIC_TO_LATIN.transliterate(cyrillic);
        }
    }

    /** Whether the text holds Cyrillic letters. */
    public static boolean isCyrillic(String text) {
        return text != null && text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    /** Whether a locale asks for Serbian in Cyrillic ("sr-Cyrl", "sr-Cyrl-RS"). */
    public static boolean isSerbianCyrillic(Locale locale) {
        return locale != null && "sr".equals(locale.getLanguage()) && "Cyrl".equals(locale.getScript());
    }

    /** The same Serbian locale in Latin script ("sr-Cyrl-RS" gives "sr-Latn-RS"). */
    public static Locale latinOf(Locale locale) {
        return new Locale.Builder().setLocale(locale).setScript("Latn").build();
    }

    private static String transliterate(String latin) {
        var out = new StringBuilder(latin.length());
        var matcher = KEPT.matcher(latin);
        int from = 0;
        while (matcher.find()) {
            var kept = matcher.group();
            out.append(words(latin.substring(from, matcher.start())));
            boolean serbian = SERBIAN_ACRONYMS.contains(kept)
                    || kept.chars().anyMatch(c -> CYRILLIC_ONLY_CAPITALS.contains((char) c));
            out.append(serbian ? words(kept) : kept);
            from = matcher.end();
        }
        out.append(words(latin.substring(from)));
        return out.toString();
    }

    private static String words(String text) {
        if (text.isEmpty()) {
            return text;
        }
        synchronized (LATIN_TO_CYRILLIC) {
            return LATIN_TO_CYRILLIC.transliterate(text);
        }
    }
}
