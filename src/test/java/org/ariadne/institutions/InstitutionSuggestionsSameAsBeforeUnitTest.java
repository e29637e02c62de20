package org.ariadne.institutions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.ariadne.common.text.NameKey;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The suggestions are worked out faster (each spelling keyed once, distances bounded, word likeness remembered), and
 * must be exactly those of the plain scoring they replace, kept here as it was: same institutions, same order.
 */
class InstitutionSuggestionsSameAsBeforeUnitTest {

    private static final List<String> WORDS = List.of("Ministry", "Ministy", "of", "Labour", "Labor", "and", "Social",
            "Welfare", "Welfair", "Kosovo", "Police", "Polise", "Justice", "Health", "Finance", "Ministria", "e",
            "Punës", "dhe", "Mirëqenies", "Sociale", "Министарство", "рада", "и", "социјалне", "политике", "Centre",
            "for", "Social", "Work", "Prishtina", "Prizren", "Agency", "Victims", "Trafficking", "no.", "1", "12");

    @Test
    void suggestionsAreThoseOfThePlainScoring() {
        var random = new Random(5);
        var institutions = new ArrayList<InstitutionView>();
        for (int id = 1; id <= 120; id++) {
            var aliases = new ArrayList<String>();
            for (int a = random.nextInt(3); a > 0; a--) {
                aliases.add(name(random));
            }
            var shortName = random.nextInt(3) == 0 ? initials(name(random)) : null;
            institutions.add(new InstitutionView(id, 0, name(random), shortName, InstitutionType.MINISTRY,
                    InstitutionLevel.NATIONAL, false, true, null, null, null, true, false, aliases,
                    random.nextInt(3) == 0 ? name(random) : null, random.nextInt(4) == 0 ? name(random) : null, null,
                    random.nextInt(4) == 0 ? List.of(initials(name(random))) : List.of()));
        }
        var directory = new InstitutionDirectory(institutions);
        int suggested = 0;
        for (int n = 0; n < 200; n++) {
            var typed = switch (random.nextInt(4)) {
                case 0 -> initials(name(random));
                case 1 -> institutions.get(random.nextInt(institutions.size())).name().replaceFirst("i", "y");
                default -> name(random);
            };
            int limit = 1 + random.nextInt(4);
            var plain = plainSuggestions(institutions, typed, limit);
            assertThat(directory.suggestions(typed, limit)).as(typed).isEqualTo(plain);
            // asked again, the same answer (remembered)
            assertThat(directory.suggestions(typed, limit)).as(typed).isEqualTo(plain);
            suggested += plain.isEmpty() ? 0 : 1;
        }
        // the names asked about do resemble the directory's: most get suggestions
        assertThat(suggested).isGreaterThan(100);
    }

    private static String name(Random random) {
        var words = new ArrayList<String>();
        for (int w = 1 + random.nextInt(5); w > 0; w--) {
            words.add(WORDS.get(random.nextInt(WORDS.size())));
        }
        return String.join(" ", words);
    }

    private static String initials(String name) {
        var letters = new StringBuilder();
        for (var word : name.split(" ")) {
            letters.append(Character.toUpperCase(word.charAt(0)));
        }
        return letters.toString();
    }

    // ---- the scoring as it was before it was made faster ----

    private static List<InstitutionView> plainSuggestions(List<InstitutionView> institutions, String name, int limit) {
        var typedKey = NameKey.of(name);
        if (typedKey.isEmpty() || limit <= 0) {
            return List.of();
        }
        var scored = new ArrayList<Map.Entry<InstitutionView, Double>>();
        for (var institution : institutions) {
            double score = plainScore(name, typedKey, institution);
            if (score >= 0.72) {
                scored.add(Map.entry(institution, score));
            }
        }
        scored.sort(Comparator.comparing((Map.Entry<InstitutionView, Double> entry) -> entry.getValue()).reversed());
        return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static double plainScore(String typed, String typedKey, InstitutionView institution) {
        var stripped = typed.strip().replace(".", "");
        boolean typedIsAcronym = !stripped.isEmpty() && stripped.length() <= 8 && !stripped.contains(" ")
                && stripped.equals(stripped.toUpperCase(java.util.Locale.ROOT));
        var typedInitials = typedIsAcronym ? typedKey.replace(" ", "") : InstitutionDirectory.acronymOf(typedKey);
        double best = 0;
        for (var form : institution.shortForms()) {
            var shortKey = NameKey.of(form).replace(" ", "");
            if (!shortKey.isEmpty() && typedInitials.length() >= 2 && typedInitials.equals(shortKey)) {
                best = Math.max(best, typedIsAcronym ? 0.95 : 0.85);
            }
        }
        for (var spelling : institution.spellings()) {
            var key = NameKey.of(spelling);
            if (typedInitials.length() >= 3 && typedInitials.equals(InstitutionDirectory.acronymOf(key))) {
                best = Math.max(best, typedIsAcronym ? 0.95 : 0.85);
            }
            if (!typedIsAcronym) {
                double letters = NameKey.similarity(typed, spelling);
                best = Math.max(best, Math.max(letters >= 0.85 ? letters : 0,
                        InstitutionDirectory.wordSimilarity(typedKey, key)));
            }
        }
        return best;
    }
}
