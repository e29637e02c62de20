package org.ariadne.institutions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names in a spreadsheet matched to the directory as a person would: by acronym, by the institution's name in
 * another language or script, by a misspelling, and never one ministry for another because they share words.
 */
class InstitutionMatchingUnitTest {

    private static final InstitutionView LABOUR = institution(1, "Ministry of Labour and Social Welfare", "MLSW",
            "Ministria e Punës dhe Mirëqenies Sociale", "Министарство рада и социјалне заштите",
            "Министерство за труд и социјална политика", "MPMS, MRSZ");
    private static final InstitutionView EMPLOYMENT = institution(2, "Ministry of Labour and Employment", null,
            "Ministria e Punës dhe Punësimit", null, null, "MPP");
    private static final InstitutionView INTERIOR = institution(3, "Ministry of Internal Affairs", "MIA",
            "Ministria e Punëve të Brendshme", "Ministarstvo unutrašnjih poslova", null, "MPB, MUP");
    private static final InstitutionView FOREIGN = institution(4, "Ministry of Foreign Affairs", "MFA",
            "Ministria e Punëve të Jashtme", "Ministarstvo spoljnih poslova", null, "MPJ, MUP");

    private final InstitutionDirectory directory = new InstitutionDirectory(List.of(LABOUR, EMPLOYMENT, INTERIOR,
            FOREIGN));

    @Test
    void anAcronymTheDirectoryKeepsFindsTheInstitutionInAnyLanguage() {
        assertThat(directory.find("MLSW")).contains(LABOUR);
        assertThat(directory.find("MPMS")).contains(LABOUR);
        assertThat(directory.find("mrsz")).contains(LABOUR);
        assertThat(directory.find("MPB")).contains(INTERIOR);
    }

    @Test
    void anAcronymTwoInstitutionsShareIsNoMatchButSuggestsBoth() {
        assertThat(directory.find("MUP")).isEmpty();
        assertThat(directory.suggestions("MUP", 3)).containsExactlyInAnyOrder(INTERIOR, FOREIGN);
    }

    @Test
    void theNameInAnotherLanguageFindsTheInstitution() {
        assertThat(directory.find("Ministria e Punës dhe Mirëqenies Sociale")).contains(LABOUR);
        assertThat(directory.find("ministria e puneve te jashtme")).contains(FOREIGN);
    }

    @Test
    void theNameInCyrillicFindsTheInstitutionAndSoDoesItsLatinSpelling() {
        assertThat(directory.find("Министарство рада и социјалне заштите")).contains(LABOUR);
        assertThat(directory.find("Ministarstvo rada i socijalne zaštite")).contains(LABOUR);
        assertThat(directory.find("Министарство унутрашњих послова")).contains(INTERIOR);
        assertThat(directory.find("Министерство за труд и социјална политика")).contains(LABOUR);
    }

    @Test
    void aMisspeltNameInAnyLanguageSuggestsTheInstitutionFirst() {
        assertThat(directory.find("Ministy of Labor and Social Welfair")).isEmpty();
        assertThat(directory.suggestions("Ministy of Labor and Social Welfair", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("Ministria e Punes dhe Mireqenjes Sociale", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("Ministarstvo unutrasnih poslova", 3)).first().isEqualTo(INTERIOR);
    }

    @Test
    void twoMinistriesSharingWordsAreNeverTakenForEachOther() {
        assertThat(directory.suggestions("Ministry of Labour and Employment", 3)).doesNotContain(LABOUR);
        assertThat(directory.suggestions("Ministry of Labour and Social Welfare", 3)).doesNotContain(EMPLOYMENT);
        assertThat(directory.suggestions("Ministry of Internal Affairs", 3)).doesNotContain(FOREIGN);
        assertThat(directory.suggestions("Ministria e Punëve të Brendshme", 3)).doesNotContain(FOREIGN, LABOUR);
        assertThat(directory.suggestions("Ministry of Finance", 3)).isEmpty();
    }

    private static InstitutionView institution(long id, String name, String shortName, String nameSq, String nameSr,
            String nameMk, String acronyms) {
        return new InstitutionView(id, 0, name, shortName, InstitutionType.MINISTRY, InstitutionLevel.NATIONAL, false,
                true, null, null, null, true, false, List.of(), nameSq, nameSr, nameMk,
                InstitutionView.acronymsOf(acronyms));
    }
}
