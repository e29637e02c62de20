package org.ariadne.institutions;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The institutions suggested for a name the directory does not know, as a colleague would suggest them. */
class InstitutionSuggestionsUnitTest {

    private static final InstitutionView LABOUR = institution(1, "Ministry of Labour and Social Welfare", null,
            List.of("Ministria e Punës dhe Mirëqenies Sociale", "Министарство рада и социјалне политике"));
    private static final InstitutionView HEALTH = institution(2, "Ministry of Health", "MoH", List.of());
    private static final InstitutionView JUSTICE = institution(3, "Ministry of Justice", null, List.of());
    private static final InstitutionView POLICE = institution(4, "Kosovo Police", "KP", List.of());

    private final InstitutionDirectory directory = new InstitutionDirectory(List.of(LABOUR, HEALTH, JUSTICE, POLICE));

    @Test
    void anAcronymInAnyOfTheInstitutionsLanguagesSuggestsIt() {
        assertThat(directory.suggestions("MLSW", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("MPMS", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("KP", 3)).first().isEqualTo(POLICE);
    }

    @Test
    void aMisspeltNameSuggestsTheInstitutionButAnotherMinistryIsNotSuggested() {
        assertThat(directory.suggestions("Ministy of Labor and Social Welfair", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("Ministria e Puneve dhe Mireqenies Sociale", 3)).first().isEqualTo(LABOUR);
        assertThat(directory.suggestions("Ministry of Health", 3)).doesNotContain(JUSTICE);
        assertThat(directory.suggestions("Ministry of Finance", 3)).isEmpty();
    }

    @Test
    void aNameInAnotherScriptIsMatchedThroughTheNamesTheDirectoryKeeps() {
        assertThat(directory.suggestions("Ministarstvo rada i socijalne politike", 3)).first().isEqualTo(LABOUR);
    }

    private static InstitutionView institution(long id, String name, String shortName, List<String> aliases) {
        return new InstitutionView(id, 0, name, shortName, InstitutionType.MINISTRY, InstitutionLevel.NATIONAL, false,
                true, null, null, null, true, false, aliases);
    }
}
