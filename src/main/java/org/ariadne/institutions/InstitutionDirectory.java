package org.ariadne.institutions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.ariadne.common.text.NameKey;

/**
 * A snapshot of the directory for matching names typed by people (spreadsheets, forms): by name, its names in
 * Albanian, Serbian and Macedonian, short name, acronyms or a known alias, in any script or accent, and the closest
 * existing names when nothing matches exactly.
 */
public final class InstitutionDirectory {

    /** How alike two names must be before one is suggested for the other. */
    private static final double SUGGESTION_THRESHOLD = 0.72;
    /** How alike letter by letter a whole name must be to count as the same name misspelt. */
    private static final double CLOSE_SPELLING = 0.85;

    private final List<InstitutionView> institutions;
    private final Map<Long, InstitutionView> byId = new HashMap<>();
    private final Map<String, InstitutionView> byKey = new HashMap<>();

    InstitutionDirectory(Collection<InstitutionView> institutions) {
        this.institutions = List.copyOf(institutions);
        for (var institution : institutions) {
            byId.put(institution.id(), institution);
            byKey.putIfAbsent(NameKey.of(institution.name()), institution);
        }
        // then the names in other languages and the learned spellings, which never shadow another's own name
        for (var institution : institutions) {
            institution.spellings().forEach(spelling -> byKey.putIfAbsent(NameKey.of(spelling), institution));
        }
        // short names and acronyms ("KP", "MPMS") come last so they never shadow a full name; one that two
        // institutions share names neither: it is a suggestion for both, not a match
        var byShortForm = new HashMap<String, Set<Long>>();
        for (var institution : institutions) {
            institution.shortForms().forEach(form -> byShortForm.computeIfAbsent(NameKey.of(form),
                    key -> new java.util.HashSet<>()).add(institution.id()));
        }
        byShortForm.forEach((key, ids) -> {
            if (!key.isEmpty() && ids.size() == 1) {
                byKey.putIfAbsent(key, byId.get(ids.iterator().next()));
            }
        });
    }

    public List<InstitutionView> all() {
        return institutions;
    }

    public Optional<InstitutionView> byId(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /**
     * Its name in the language of the page being written ({@link InstitutionView#nameIn}), its name where no
     * language is set (a task in the background names the language with {@link #nameOf(Long, java.util.Locale)}).
     */
    public String nameOf(Long id) {
        var context = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        return nameOf(id, context == null ? null : context.getLocale());
    }

    /** Its name in the given language where the directory holds one, its name otherwise. */
    public String nameOf(Long id, java.util.Locale locale) {
        return byId(id).map(institution -> institution.nameIn(locale)).orElse(null);
    }

    /** The institution this name means, if the directory knows the name or one of its spellings. */
    public Optional<InstitutionView> find(String name) {
        var key = NameKey.of(name);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /**
     * Up to {@code limit} institutions a person would think of for a name the directory does not know, best first:
     * the one whose acronym or short name it is ("MPMS", "MLSW"), the one whose name in another language or script
     * has the same initials, and names spelt nearly alike ("Ministy of Labor" for "Ministry of Labour"), counting
     * every spelling the directory keeps (name, short name, acronyms, names in other languages and those learned).
     */
    public List<InstitutionView> suggestions(String name, int limit) {
        var typedKey = NameKey.of(name);
        if (typedKey.isEmpty() || limit <= 0) {
            return List.of();
        }
        var scored = new ArrayList<Map.Entry<InstitutionView, Double>>();
        for (var institution : institutions) {
            double score = score(name, typedKey, institution);
            if (score >= SUGGESTION_THRESHOLD) {
                scored.add(Map.entry(institution, score));
            }
        }
        scored.sort(Comparator.comparing((Map.Entry<InstitutionView, Double> entry) -> entry.getValue()).reversed());
        return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
    }

    private static double score(String typed, String typedKey, InstitutionView institution) {
        boolean typedIsAcronym = looksLikeAcronym(typed);
        var typedInitials = typedIsAcronym ? typedKey.replace(" ", "") : acronymOf(typedKey);
        double best = 0;
        for (var form : institution.shortForms()) {
            var shortKey = NameKey.of(form).replace(" ", "");
            if (!shortKey.isEmpty() && typedInitials.length() >= 2 && typedInitials.equals(shortKey)) {
                // "MPMS" typed, and MPMS is one of the acronyms the directory keeps for it
                best = Math.max(best, typedIsAcronym ? 0.95 : 0.85);
            }
        }
        for (var spelling : institution.spellings()) {
            var key = NameKey.of(spelling);
            if (typedInitials.length() >= 3 && typedInitials.equals(acronymOf(key))) {
                // "MPMS" for "Ministria e Punës dhe Mirëqenies Sociale"; a name for another name's short form
                best = Math.max(best, typedIsAcronym ? 0.95 : 0.85);
            }
            if (!typedIsAcronym) {
                // letter by letter only when nearly the same: "Ministry of Finance" is 0.7 like "Ministry of Justice"
                double letters = NameKey.similarity(typed, spelling);
                best = Math.max(best, Math.max(letters >= CLOSE_SPELLING ? letters : 0, wordSimilarity(typedKey, key)));
            }
        }
        return best;
    }

    /** Words that no acronym takes a letter from, in the region's languages (after folding to Latin). */
    private static final Set<String> LINKING_WORDS = Set.of("of", "the", "and", "for", "in", "on", "e", "i", "te",
            "se", "dhe", "per", "ne", "me", "na", "za", "od", "u", "a", "do", "de", "si", "pentru", "al", "ale", "y");

    /** "Ministry of Labour and Social Welfare" is MLSW; nothing for a name of one word. */
    static String acronymOf(String key) {
        var letters = new StringBuilder();
        for (var word : key.split(" ")) {
            if (!word.isEmpty() && !LINKING_WORDS.contains(word)) {
                letters.append(word.charAt(0));
            }
        }
        return letters.length() >= 2 ? letters.toString() : "";
    }

    /** "MPMS", "KP", "ONATC": one short word, written in capitals. */
    private static boolean looksLikeAcronym(String typed) {
        var stripped = typed.strip().replace(".", "");
        return !stripped.isEmpty() && stripped.length() <= 8 && !stripped.contains(" ")
                && stripped.equals(stripped.toUpperCase(java.util.Locale.ROOT));
    }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    /**
     * How alike two names are word by word, each word matched to its most similar word in the other name
     * (Jaro-Winkler, which forgives a dropped or swapped letter); the weaker direction counts, so an extra word
     * lowers the score, and a word without a near-twin counts for nothing, so "Ministry of Health" does not suggest
     * "Ministry of Justice".
     */
    static double wordSimilarity(String a, String b) {
        var wordsA = significantWords(a);
        var wordsB = significantWords(b);
        if (wordsA.isEmpty() || wordsB.isEmpty()) {
            return 0;
        }
        return Math.max(0, Math.min(covered(wordsA, wordsB), covered(wordsB, wordsA)) - 0.1);
    }

    private static List<String> significantWords(String key) {
        return Stream.of(key.split(" ")).filter(word -> !word.isEmpty() && !LINKING_WORDS.contains(word)).toList();
    }

    private static double covered(List<String> words, List<String> others) {
        double total = 0;
        double weight = 0;
        for (var word : words) {
            double best = 0;
            for (var other : others) {
                best = Math.max(best, JARO_WINKLER.apply(word, other));
            }
            // a word with no near-twin counts for nothing: "Finance" is not a misspelt "Justice"
            total += (best >= 0.8 ? best : 0) * word.length();
            weight += word.length();
        }
        return total / weight;
    }

    /** The most similar known institution, to offer when {@link #find} finds nothing. */
    public Optional<InstitutionView> closest(String name) {
        var names = institutions.stream().flatMap(i -> i.spellings().stream()).toList();
        return NameKey.bestMatch(name, names, SUGGESTION_THRESHOLD)
                .flatMap(best -> institutions.stream().filter(i -> i.spellings().contains(best)).findFirst());
    }
}
