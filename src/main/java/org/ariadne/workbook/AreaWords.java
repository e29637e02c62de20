package org.ariadne.workbook;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Pattern;

import org.ariadne.common.text.NameKey;
import org.ariadne.plan.ThematicArea;

/**
 * The thematic area a section or objective title names ("PROTECTION OF VICTIMS", "Parandalimi ...", "Заштита"),
 * in any of the region's languages, for plans that have no area column.
 */
final class AreaWords {

    private static final Map<ThematicArea, Pattern> AREA_WORDS = Map.of(
            ThematicArea.PREVENTION, Pattern.compile("\\b(prevent\\w*|parandal\\w*|prevenc\\w*|prevencij\\w*|"
                    + "prevencii\\w*|awareness|ndergjegjes\\w*)"),
            ThematicArea.PROTECTION, Pattern.compile("\\b(protect\\w*|mbroj\\w*|zastit\\w*|zastit\\w*|zastita|"
                    + "assistance|asistenc\\w*|pomoc\\w*|pomos\\w*|victims?|viktim\\w*|zrtv\\w*|identification|"
                    + "identifikim\\w*|identifikacij\\w*|referral|support services|reintegr\\w*)"),
            ThematicArea.PROSECUTION, Pattern.compile("\\b(prosecut\\w*|ndjek\\w*|krivicn\\w*|krivichn\\w*|"
                    + "gonjenj\\w*|progon\\w*|judicial|investigat\\w*|hetim\\w*|detection|otkrivanj\\w*)"),
            ThematicArea.PARTNERSHIP, Pattern.compile("\\b(partner\\w*|cooperat\\w*|coordinat\\w*|bashkepun\\w*|"
                    + "koordin\\w*|saradnj\\w*|sorabot\\w*|suradnj\\w*)"),
            ThematicArea.CHILDREN, Pattern.compile("\\b(child\\w*|femij\\w*|dece|decu|djec\\w*|deca|decata)\\b"),
            ThematicArea.SUPPORTING_FRAMEWORK, Pattern.compile("\\b(framework|legal|legislat\\w*|korniz\\w*|"
                    + "ligj\\w*|zakon\\w*|okvir\\w*|ramka|general measures|support systems|institutional)"));

    private final Vocabulary vocabulary;

    AreaWords(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** The thematic area a title or section names in any of the languages, when it names exactly one. */
    ThematicArea areaIn(String text) {
        var exact = vocabulary.choice(ThematicArea.class, text);
        if (exact.isPresent()) {
            return exact.get();
        }
        var key = NameKey.of(text);
        var found = AREA_WORDS.entrySet().stream().filter(entry -> entry.getValue().matcher(key).find())
                .map(Map.Entry::getKey).toList();
        if (found.size() == 1) {
            return found.get(0);
        }
        // "prevention of child trafficking" names two; the first word of the title decides
        return found.stream().min(Comparator.comparingInt(area -> {
            var matcher = AREA_WORDS.get(area).matcher(key);
            return matcher.find() ? matcher.start() : Integer.MAX_VALUE;
        })).orElse(null);
    }
}
