package org.ariadne.common.text;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Serbian Cyrillic made from the Latin: Serbian words change script, what machines and other languages read does not. */
class SerbianScriptUnitTest {

    @Test
    void digraphsBecomeOneLetterInEveryCase() {
        assertThat(SerbianScript.toCyrillic("Ljubljana, ljudi, Njegoš, konj, Džep, DŽEP, odžak"))
                .isEqualTo("Љубљана, људи, Његош, коњ, Џеп, ЏЕП, оџак");
        assertThat(SerbianScript.toCyrillic("Đorđe ćuti, čeka šumu i žito; ĐAK ČITA"))
                .isEqualTo("Ђорђе ћути, чека шуму и жито; ЂАК ЧИТА");
    }

    @Test
    void placeholdersAndPluralSyntaxStayAsWritten() {
        assertThat(SerbianScript.toCyrillic("Rok za {0} je {1, date, short}."))
                .isEqualTo("Рок за {0} је {1, date, short}.");
        assertThat(SerbianScript.toCyrillic("{0, plural, one{# aktivnost} few{# aktivnosti} other{# aktivnosti}}"))
                .isEqualTo("{0, plural, one{# активност} few{# активности} other{# активности}}");
        assertThat(SerbianScript.toCyrillic("{0,plural,=0{nijedan} one{# izveštaj} other{# izveštaja}}"))
                .isEqualTo("{0,plural,=0{ниједан} one{# извештај} other{# извештаја}}");
        assertThat(SerbianScript.toCyrillic("Nosilac ''{0}'' nije poznat")).isEqualTo("Носилац ''{0}'' није познат");
    }

    @Test
    void htmlAddressesCodesAndAcronymsStayLatin() {
        assertThat(SerbianScript.toCyrillic("Pogledajte <a href=\"/plans/{0}/documents\" class=\"link\">izveštaje</a>&nbsp;sada"))
                .isEqualTo("Погледајте <a href=\"/plans/{0}/documents\" class=\"link\">извештаје</a>&nbsp;сада");
        assertThat(SerbianScript.toCyrillic("Pišite na info@natc.gov.rs ili https://natc.gov.rs/portal"))
                .isEqualTo("Пишите на info@natc.gov.rs или https://natc.gov.rs/portal");
        assertThat(SerbianScript.toCyrillic("Aktivnost A1.1.1 (SO 1) OSCE, 1.200 EUR, preuzmite CSV ili XLSX (.xlsx) u Excel"))
                .isEqualTo("Активност A1.1.1 (SO 1) OSCE, 1.200 EUR, преузмите CSV или XLSX (.xlsx) у Excel");
    }

    /** The rule's price: a word in capitals reads as an acronym unless it has a Serbian letter, so bundles don't shout. */
    @Test
    void capitalsAreAcronymsUnlessTheyHoldASerbianLetter() {
        assertThat(SerbianScript.toCyrillic("GODIŠNJI IZVEŠTAJ")).isEqualTo("ГОДИШЊИ ИЗВЕШТАЈ");
        assertThat(SerbianScript.toCyrillic("GRETA i NATC")).isEqualTo("GRETA и NATC");
        // Serbian's own acronyms are Serbian words
        assertThat(SerbianScript.toCyrillic("Osoblje NVO, izveštaj SAD i EU")).isEqualTo("Особље НВО, извештај САД и ЕУ");
    }

    @Test
    void cyrillicReadsBackAsLatin() {
        assertThat(SerbianScript.toLatin("Министарство унутрашњих послова, Џамбас, Љиљана"))
                .isEqualTo("Ministarstvo unutrašnjih poslova, Džambas, Ljiljana");
        assertThat(SerbianScript.isCyrillic("Београд")).isTrue();
        assertThat(SerbianScript.isCyrillic("Beograd")).isFalse();
    }

    @Test
    void onlySerbianInCyrillicIsRecognisedAsSuch() {
        assertThat(SerbianScript.isSerbianCyrillic(Locale.forLanguageTag("sr-Cyrl"))).isTrue();
        assertThat(SerbianScript.isSerbianCyrillic(Locale.forLanguageTag("sr-Cyrl-RS"))).isTrue();
        assertThat(SerbianScript.isSerbianCyrillic(Locale.forLanguageTag("sr-Latn"))).isFalse();
        assertThat(SerbianScript.isSerbianCyrillic(Locale.forLanguageTag("mk"))).isFalse();
        assertThat(SerbianScript.latinOf(Locale.forLanguageTag("sr-Cyrl-RS")).toLanguageTag()).isEqualTo("sr-Latn-RS");
    }
}
