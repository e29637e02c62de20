package org.ariadne.search;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How what the reader typed matches codes and words, whatever the script, accents and case. */
class SearchTermsUnitTest {

    private static int rank(String typed, String code, String... texts) {
        return SearchTerms.of(typed, Locale.ENGLISH).rank(code, texts);
    }

    @Test
    void aCodeTypedExactlyComesFirstAndItsStartFindsTheElementsBelowIt() {
        assertThat(rank("A1.2.3", "A1.2.3", "Training")).isEqualTo(100);
        assertThat(rank("a1.2", "A1.2.3", "Training")).isEqualTo(90);
        assertThat(rank("A1.2", "A1.21.1", "Training")).as("A1.2 is not the start of A1.21")
                .isEqualTo(SearchTerms.NO_MATCH);
        assertThat(rank("SO 1", "SO 1.2", "Protection")).isEqualTo(90);
    }

    @Test
    void everyWordTypedMustAppearInAnyScriptOrSpelling() {
        assertThat(rank("trafikimi femijeve", null, "Parandalimi i trafikimit", "mbrojtja e viktimave"))
                .as("every word must appear").isZero();
        assertThat(rank("trafikim viktimave", null, "Parandalimi i trafikimit", "mbrojtja e viktimave")).isEqualTo(50);
        assertThat(rank("ministarstvo unutrasnjih", null, "Министарство унутрашњих послова")).isEqualTo(50);
        assertThat(rank("puneve brendshme", null, "Ministria e Punëve të Brendshme")).isEqualTo(50);
        assertThat(rank("POLICE", null, "Kosovo Police")).isEqualTo(50);
        assertThat(rank("olice", null, "Kosovo Police")).as("inside a word ranks below the start of one").isEqualTo(30);
        assertThat(rank("police shelter", null, "Kosovo Police")).isZero();
    }

    @Test
    void nothingSearchableIsTypedWithASingleLetterOrOnlyPunctuation() {
        assertThat(SearchTerms.of("", Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(SearchTerms.of("  - ", Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(SearchTerms.of("a", Locale.ENGLISH).isEmpty()).isTrue();
        assertThat(SearchTerms.of("A1", Locale.ENGLISH).isEmpty()).isFalse();
        assertThat(rank("a", "A1.1", "a title")).isZero();
    }

    @Test
    void wordsMayNameThePlanAnElementIsInAsLongAsOneIsTheElementsOwn() {
        var terms = SearchTerms.of("A1.1.1 Kosovo 2015", Locale.ENGLISH);
        var plan = java.util.List.of("National plan of Kosovo", "2015-2019");
        assertThat(terms.rankIn(plan, "A1.1.1", "Training of police officers")).isEqualTo(40);
        assertThat(terms.rankIn(plan, "A1.1.2", "Joint operations")).isZero();
        assertThat(SearchTerms.of("training kosovo", Locale.ENGLISH).rankIn(plan, "A1.1.1", "Training of police officers"))
                .isEqualTo(40);
        assertThat(SearchTerms.of("national kosovo", Locale.ENGLISH).rankIn(plan, "A1.1.1", "Training of police officers"))
                .as("no word of the element's own").isZero();
    }
}
