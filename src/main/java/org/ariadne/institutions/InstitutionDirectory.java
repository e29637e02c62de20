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

    /**
     * The same directory holding only the given institutions (issue 19: one participant's), so that names typed by a
     * person of that participant match and suggest its institutions only.
     */
    public InstitutionDirectory within(java.util.Collection<Long> ids) {
        var kept = Set.copyOf(ids);
        return new InstitutionDirectory(institutions.stream().filter(i -> kept.contains(i.id())).toList());
    }

    public List<InstitutionView> all() {
        return institutions;
    }

    /** The directory of the institutions {@code keep} takes only (one participant's, issue 19 item 2). */
    public InstitutionDirectory only(java.util.function.LongPredicate keep) {
        return new InstitutionDirectory(institutions.stream().filter(institution -> keep.test(institution.id())).toList());
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
        // an import asks for the same names at each preview and at confirmation, against the same directory
        var remembered = suggested.get(name + '\u0000' + limit);
        if (remembered != null) {
            return remembered;
        }
        var typed = new Typed(name, typedKey);
        var scored = new ArrayList<Map.Entry<InstitutionView, Double>>();
        for (var forms : forms()) {
            double score = score(typed, forms);
            if (score >= SUGGESTION_THRESHOLD) {
                scored.add(Map.entry(forms.institution(), score));
            }
        }
        scored.sort(Comparator.comparing((Map.Entry<InstitutionView, Double> entry) -> entry.getValue()).reversed());
        var found = scored.stream().limit(limit).map(Map.Entry::getKey).toList();
        remember(suggested, name + '\u0000' + limit, found);
        return found;
    }

    /** What {@link #suggestions} and {@link #closest} found for a name: the directory never changes, so neither do they. */
    private final Map<String, List<InstitutionView>> suggested = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Optional<InstitutionView>> closestFound = new java.util.concurrent.ConcurrentHashMap<>();
    /** Beyond this many names remembered, the others are worked out each time (a directory lives until a change). */
    private static final int REMEMBERED = 10_000;

    private static <V> void remember(Map<String, V> memory, String key, V value) {
        if (memory.size() < REMEMBERED) {
            memory.put(key, value);
        }
    }

    /** A name as typed, with what every comparison needs of it worked out once. */
    private static final class Typed {
        final NameKey.Prepared key;
        final boolean acronym;
        final String initials;
        final List<String> words;
        /**
         * How alike each of its words is to each word of the directory, and each word of the directory to it, worked
         * out once per pair (Jaro-Winkler, asked in the same order as {@link #covered} asks it).
         */
        final List<Map<String, Double>> wordLikeness;
        final List<Map<String, Double>> likenessTo;

        Typed(String text, String key) {
            this.key = NameKey.Prepared.of(key);
            this.acronym = looksLikeAcronym(text);
            this.initials = acronym ? key.replace(" ", "") : acronymOf(key);
            this.words = significantWords(key);
            this.wordLikeness = words.stream().map(word -> (Map<String, Double>) new HashMap<String, Double>()).toList();
            this.likenessTo = words.stream().map(word -> (Map<String, Double>) new HashMap<String, Double>()).toList();
        }

        /** How alike its significant words are to {@code others} (see {@link #wordSimilarity(String, String)}). */
        double wordSimilarity(List<String> others) {
            if (words.isEmpty() || others.isEmpty()) {
                return 0;
            }
            var likeness = new double[words.size()][others.size()];
            var likenessBack = new double[words.size()][others.size()];
            for (int i = 0; i < words.size(); i++) {
                var word = words.get(i);
                var known = wordLikeness.get(i);
                var knownBack = likenessTo.get(i);
                for (int j = 0; j < others.size(); j++) {
                    likeness[i][j] = known.computeIfAbsent(others.get(j), other -> JARO_WINKLER.apply(word, other));
                    likenessBack[i][j] = knownBack.computeIfAbsent(others.get(j), other -> JARO_WINKLER.apply(other, word));
                }
            }
            // the same sums as covered(words, others) and covered(others, words), in the same order
            double typedTotal = 0;
            double typedWeight = 0;
            for (int i = 0; i < words.size(); i++) {
                double best = 0;
                for (int j = 0; j < others.size(); j++) {
                    best = Math.max(best, likeness[i][j]);
                }
                typedTotal += (best >= 0.8 ? best : 0) * words.get(i).length();
                typedWeight += words.get(i).length();
            }
            double otherTotal = 0;
            double otherWeight = 0;
            for (int j = 0; j < others.size(); j++) {
                double best = 0;
                for (int i = 0; i < words.size(); i++) {
                    best = Math.max(best, likenessBack[i][j]);
                }
                otherTotal += (best >= 0.8 ? best : 0) * others.get(j).length();
                otherWeight += others.get(j).length();
            }
            return Math.max(0, Math.min(typedTotal / typedWeight, otherTotal / otherWeight) - 0.1);
        }
    }

    /** One spelling of an institution's name, keyed, with its initials and significant words. */
    private record Spelling(NameKey.Prepared key, String initials, List<String> words) {
        static Spelling of(String spelling) {
            var key = NameKey.of(spelling);
            return new Spelling(NameKey.Prepared.of(key), acronymOf(key), significantWords(key));
        }
    }

    /** An institution's short forms (keys without spaces) and spellings, keyed once for every suggestion asked. */
    private record Forms(InstitutionView institution, List<String> shortKeys, List<Spelling> spellings) {
    }

    private volatile List<Forms> forms;

    private List<Forms> forms() {
        var known = forms;
        if (known == null) {
            known = institutions.stream().map(institution -> new Forms(institution,
                    institution.shortForms().stream().map(form -> NameKey.of(form).replace(" ", "")).toList(),
                    institution.spellings().stream().map(Spelling::of).toList())).toList();
            forms = known;
        }
        return known;
    }

    private static double score(Typed typed, Forms institution) {
        double best = 0;
        for (var shortKey : institution.shortKeys()) {
            if (!shortKey.isEmpty() && typed.initials.length() >= 2 && typed.initials.equals(shortKey)) {
                // "MPMS" typed, and MPMS is one of the acronyms the directory keeps for it
                best = Math.max(best, typed.acronym ? 0.95 : 0.85);
            }
        }
        for (var spelling : institution.spellings()) {
            if (typed.initials.length() >= 3 && typed.initials.equals(spelling.initials())) {
                // "MPMS" for "Ministria e Punës dhe Mirëqenies Sociale"; a name for another name's short form
                best = Math.max(best, typed.acronym ? 0.95 : 0.85);
            }
            if (!typed.acronym) {
                // letter by letter only when nearly the same: "Ministry of Finance" is 0.7 like "Ministry of Justice";
                // a name that much longer or shorter cannot be (Levenshtein is at most shorter / longer alike)
                double letters = 0;
                var key = spelling.key();
                if (key.length() > 0 && (double) Math.min(typed.key.length(), key.length())
                        / Math.max(typed.key.length(), key.length()) >= CLOSE_SPELLING) {
                    letters = NameKey.similarity(typed.key, key, CLOSE_SPELLING);
                }
                best = Math.max(best, Math.max(letters >= CLOSE_SPELLING ? letters : 0,
                        typed.wordSimilarity(spelling.words())));
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
        var remembered = closestFound.get(name == null ? "" : name);
        if (remembered != null) {
            return remembered;
        }
        var found = closestOf(name);
        remember(closestFound, name == null ? "" : name, found);
        return found;
    }

    private Optional<InstitutionView> closestOf(String name) {
        var names = institutions.stream().flatMap(i -> i.spellings().stream()).toList();
        return NameKey.bestMatch(name, names, SUGGESTION_THRESHOLD)
                .flatMap(best -> institutions.stream().filter(i -> i.spellings().contains(best)).findFirst());
    }
}
