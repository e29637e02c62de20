package org.ariadne.common.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NameKeyTest {

    @ParameterizedTest(name = "[{index}] {0} → \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # Albanian: ë and ç lose their marks, case goes
            Ministria e Punëve të Brendshme          | ministria e puneve te brendshme
            MINISTRIA E PUNEVE TE BRENDSHME          | ministria e puneve te brendshme
            Qendra për Çështje Sociale               | qendra per ceshtje sociale
            # Serbian, both scripts give the same key
            Министарство унутрашњих послова          | ministarstvo unutrasnjih poslova
            Ministarstvo unutrašnjih poslova         | ministarstvo unutrasnjih poslova
            Ђорђе Чубриловић                          | djordje cubrilovic
            Đorđe Čubrilović                          | djordje cubrilovic
            Џеп Љубав Њива Ћуприја Жабаљ Шабац         | dzep ljubav njiva cuprija zabalj sabac
            Džep Ljubav Njiva Ćuprija Žabalj Šabac    | dzep ljubav njiva cuprija zabalj sabac
            # Macedonian letters
            Министерство за внатрешни работи         | ministerstvo za vnatresni raboti
            Ѓорче Петров                              | gjorce petrov
            Ќерка Ѕвезда Ѐ Ѝ                          | kjerka dzvezda e i
            Ǵorče Petrov                              | gjorce petrov
            # punctuation and spaces
            Kosovo  Police.                           | kosovo police
            "  Kosovo Police  "                       | kosovo police
            IOM / OIM – Mission in Skopje             | iom oim mission in skopje
            Ministry of Labour & Social Welfare       | ministry of labour social welfare
            # quotes and apostrophes vanish, they do not split words
            Nan's Shelter                             | nans shelter
            Nan’s Shelter                             | nans shelter
            Nan´s Shelter                             | nans shelter
            „Otvorena vrata“                          | otvorena vrata
            «Ilina» Shelter                           | ilina shelter
            "'Sigurimi' Shelter"                      | sigurimi shelter
            # other Latin accents, NFKC
            Société Générale                          | societe generale
            Müller-Lüdenscheidt GmbH                  | muller ludenscheidt gmbh
            Œuvre Straße                              | oeuvre strasse
            ＵＮＤＰ Ｋｏｓｏｖｏ                        | undp kosovo
            Centre No 2                               | centre no 2
            """)
    void keys(String name, String key) {
        assertThat(NameKey.of(name)).isEqualTo(key);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\t", "...", "\"\"", " - / - "})
    void blankAndPunctuationOnlyGiveEmptyKey(String name) {
        assertThat(NameKey.of(name)).isEmpty();
    }

    static Stream<Arguments> sameInstitution() {
        return Stream.of(
                Arguments.of("Министарство унутрашњих послова", "Ministarstvo unutrašnjih poslova"),
                Arguments.of("Министарство унутрашњих послова", "MINISTARSTVO UNUTRASNJIH POSLOVA"),
                Arguments.of("Ministria e Punëve të Brendshme", "MINISTRIA E PUNEVE TE BRENDSHME"),
                Arguments.of("Ministria e Punëve të Brendshme", "ministria e puneve te brendshme"),
                Arguments.of("Kosovo  Police.", "Kosovo Police"),
                Arguments.of("Министерство за труд и социјална политика", "Ministerstvo za trud i socijalna politika"),
                // decomposed input (e + combining diaeresis) is the same as composed
                Arguments.of("Pune\u0308ve", "Punëve"),
                // Macedonian ѓ typed as г + combining acute
                Arguments.of("\u0413\u0301орче", "Ѓорче"),
                // no-break and narrow no-break spaces
                Arguments.of("Kosovo\u00A0Police", "Kosovo\u202FPolice"),
                // invisible characters inside a word: the same name to the eye, so the same key
                Arguments.of("Po\u200Blice of Kos\u00ADovo\uFEFF", "Police of Kosovo"));
    }

    @ParameterizedTest
    @MethodSource
    void sameInstitution(String a, String b) {
        assertThat(NameKey.of(a)).isEqualTo(NameKey.of(b)).isNotEmpty();
        assertThat(NameKey.similarity(a, b)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "[{index}] {0} ~ {1} in [{2}, {3}]")
    @CsvSource(delimiter = '|', textBlock = """
            Kosovo Police                            | Police Kosovo                           | 1.0  | 1.0
            Ministria e Punëve të Brendshme          | Ministria e Puneve te Brendhsme         | 0.9  | 0.99
            Ministarstvo unutrašnjih poslova         | Ministrastvo unutrasnjih poslova        | 0.9  | 0.99
            Shelter for Victims of Trafficking       | Shelter for victims of trafficking Ltd  | 0.85 | 0.99
            Ministry of Health                       | Ministry of Justice                     | 0.0  | 0.75
            Kosovo Police                            | Albanian State Police                   | 0.0  | 0.6
            Centre for Social Work Tirana            | Centre for Social Work Durrës           | 0.7  | 0.85
            """)
    void similarityOfRealisticPairs(String a, String b, double atLeast, double atMost) {
        assertThat(NameKey.similarity(a, b)).isBetween(atLeast, atMost);
        assertThat(NameKey.similarity(b, a)).isEqualTo(NameKey.similarity(a, b));
    }

    @Test
    void similarityOfBlankIsZero() {
        assertThat(NameKey.similarity(null, "Kosovo Police")).isZero();
        assertThat(NameKey.similarity("Kosovo Police", "  ")).isZero();
        assertThat(NameKey.similarity(null, null)).isZero();
        assertThat(NameKey.similarity("...", "...")).isZero();
    }

    private static final List<String> DIRECTORY = List.of(
            "Ministria e Punëve të Brendshme",
            "Ministria e Drejtësisë",
            "Policia e Shtetit",
            "Министарство унутрашњих послова",
            "Kosovo Police",
            "Centre for Social Work Tirana",
            "Centre for Social Work Durrës");

    @ParameterizedTest(name = "[{index}] {0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ministria e puneve te brendshme    | Ministria e Punëve të Brendshme
            Ministria e Puneve te Brendhsme    | Ministria e Punëve të Brendshme
            POLICIA E SHTETIT.                 | Policia e Shtetit
            Ministarstvo unutrašnjih poslova   | Министарство унутрашњих послова
            Police Kosovo                      | Kosovo Police
            Centre for Social Work - Durres    | Centre for Social Work Durrës
            """)
    void bestMatchSuggestsTheDirectoryEntry(String typed, String expected) {
        assertThat(NameKey.bestMatch(typed, DIRECTORY, 0.85)).contains(expected);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Ministarstvo zdravlja", "Ministry of Health", "Centre for Social Work Shkodër", "Police"})
    void bestMatchFindsNothingBelowThreshold(String typed) {
        assertThat(NameKey.bestMatch(typed, DIRECTORY, 0.85)).isEmpty();
    }

    @Test
    void bestMatchPrefersTheFirstOfEqualCandidatesAndSkipsNulls() {
        List<String> candidates = Arrays.asList(null, "", "Kosovo Police", "KOSOVO POLICE", null);
        assertThat(NameKey.bestMatch("kosovo police", candidates, 0.5)).contains("Kosovo Police");
        assertThat(NameKey.bestMatch("kosovo police", null, 0.5)).isEmpty();
        assertThat(NameKey.bestMatch("kosovo police", List.of(), 0.0)).isEmpty();
    }

    @Test
    void bestMatchRejectsAThresholdOutsideZeroToOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> NameKey.bestMatch("a", DIRECTORY, 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> NameKey.bestMatch("a", DIRECTORY, -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> NameKey.bestMatch("a", DIRECTORY, Double.NaN));
    }

    /** The shortcut for names in plain ASCII gives exactly the key the whole folding gives. */
    @Test
    void anAsciiNameGetsTheKeyTheWholeFoldingGives() {
        var random = new java.util.Random(11);
        var alphabet = "aZ9 .,;:'\"`-_/()&+\t\nQxMm0";
        for (int n = 0; n < 5_000; n++) {
            var name = new StringBuilder();
            int length = random.nextInt(24);
            for (int i = 0; i < length; i++) {
                name.append(random.nextBoolean() ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : (char) (random.nextInt(0x7F)));
            }
            assertThat(NameKey.of(name.toString())).as("«%s»", name).isEqualTo(NameKey.ofByFolding(name.toString()));
        }
        assertThat(NameKey.of("Ministry of Labour & Social Welfare (MLSW)")).isEqualTo("ministry of labour social welfare mlsw");
        assertThat(NameKey.of("Nan's \"Kosovo\" `Police`")).isEqualTo("nans kosovo police");
    }

    /** Bounded, the distance is the whole distance while within the bound, and one more than the bound beyond it. */
    @Test
    void aBoundedDistanceIsTheDistanceWithinTheBound() {
        var random = new java.util.Random(7);
        for (int n = 0; n < 5_000; n++) {
            int[] x = random.ints(random.nextInt(14), 'a', 'e').toArray();
            int[] y = random.ints(random.nextInt(14), 'a', 'e').toArray();
            int most = random.nextInt(8);
            int whole = wholeDistance(x, y);
            assertThat(NameKey.levenshtein(x, y, most)).isEqualTo(whole <= most ? whole : most + 1);
        }
    }

    /** Asked only for names at least so alike, the similarity is the same for those, and below the bar for the others. */
    @Test
    void aSimilarityAskedAboveABarIsTheSameForNamesAboveIt() {
        var random = new java.util.Random(3);
        var words = List.of("ministry", "ministy", "of", "labour", "labor", "social", "welfare", "police", "polise",
                "kosovo", "justice", "finance");
        for (int n = 0; n < 3_000; n++) {
            var a = String.join(" ", random.ints(1 + random.nextInt(4), 0, words.size()).mapToObj(words::get).toList());
            var b = String.join(" ", random.ints(1 + random.nextInt(4), 0, words.size()).mapToObj(words::get).toList());
            double bar = random.nextInt(101) / 100.0;
            double whole = NameKey.similarity(a, b);
            double bounded = NameKey.similarityOfKeys(NameKey.of(a), NameKey.of(b), bar);
            if (whole >= bar) {
                assertThat(bounded).as("%s / %s at %s", a, b, bar).isEqualTo(whole);
            } else {
                assertThat(bounded).as("%s / %s at %s", a, b, bar).isLessThan(bar);
            }
        }
    }

    private static int wholeDistance(int[] x, int[] y) {
        int[][] d = new int[x.length + 1][y.length + 1];
        for (int i = 0; i <= x.length; i++) {
            for (int j = 0; j <= y.length; j++) {
                d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1),
                        Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
            }
        }
        return d[x.length][y.length];
    }
}
