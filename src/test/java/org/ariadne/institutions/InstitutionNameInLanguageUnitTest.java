package org.ariadne.institutions;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An institution is named in the reader's language where the directory holds that name, in the reader's script. */
class InstitutionNameInLanguageUnitTest {

    private static InstitutionView ministry(String nameSr) {
        return new InstitutionView(1, 0, "Ministry of Interior", "MoI", InstitutionType.MINISTRY, InstitutionLevel.NATIONAL,
                true, true, null, null, null, true, false, List.of(), "Ministria e Brendshme", nameSr, "Министерство за внатрешни работи",
                List.of());
    }

    @Test
    void eachReaderGetsTheNameInTheirLanguage() {
        var ministry = ministry("Ministarstvo unutrašnjih poslova");

        assertThat(ministry.nameIn(Locale.ENGLISH)).isEqualTo("Ministry of Interior");
        assertThat(ministry.nameIn(Locale.forLanguageTag("sq"))).isEqualTo("Ministria e Brendshme");
        assertThat(ministry.nameIn(Locale.forLanguageTag("mk"))).isEqualTo("Министерство за внатрешни работи");
        assertThat(ministry.nameIn(Locale.forLanguageTag("sr-Latn"))).isEqualTo("Ministarstvo unutrašnjih poslova");
    }

    @Test
    void serbianIsShownInTheReadersScriptWhicheverScriptItIsKeptIn() {
        assertThat(ministry("Ministarstvo unutrašnjih poslova").nameIn(Locale.forLanguageTag("sr-Cyrl")))
                .isEqualTo("Министарство унутрашњих послова");
        assertThat(ministry("Министарство унутрашњих послова").nameIn(Locale.forLanguageTag("sr-Latn")))
                .isEqualTo("Ministarstvo unutrašnjih poslova");
    }

    @Test
    void withoutANameInTheLanguageTheDirectorysNameStands() {
        assertThat(ministry(null).nameIn(Locale.forLanguageTag("sr-Cyrl"))).isEqualTo("Ministry of Interior");
        assertThat(ministry(" ").nameIn(Locale.forLanguageTag("sr-Latn"))).isEqualTo("Ministry of Interior");
    }
}
