package org.ariadne.victimdata.linkage;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class VictimLinkageUnitTest {

    static final LinkageKey KEY = LinkageKey.fromConfiguration("base64:" + "c2VjcmV0LWtleS1mb3ItdGVzdHMtb25seS0wMTIzNDU2Nzg5YWJjZGVm");
    static final LinkageKey OTHER_KEY = LinkageKey.fromConfiguration("another secret key of at least thirty-two bytes");

    private final VictimLinkage linkage = new VictimLinkage(KEY);

    private static IdentifyingData person(String first, String sur, LocalDate born) {
        return new IdentifyingData(first, sur, Sex.FEMALE, born, "Prizren", "", "", List.of());
    }

    private double score(IdentifyingData a, IdentifyingData b) {
        return linkage.score(linkage.encode(a), linkage.encode(b));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "Xhafa, Džafa", "Xhafa, Џафа", "Xhafa, Dzafa", "Džafa, Џафа",
            "Hoxha, Hodža", "Hoxha, Хоџа", "Hoxha, Hodza", "Hoxha, Hodja",
            "Shehu, Šehu", "Shehu, Шеху", "Šehu, Sehu",
            "Çela, Čela", "Çela, Чела", "Çela, Cela",
            "Gjoka, Đoka", "Gjoka, Djoka", "Gjoka, Ђока", "Gjoka, Ѓока",
            "Qerimi, Ćerimi", "Zhuri, Žuri", "Dhimitri, Dimitri", "Gjakovë, Gjakova",
            "Krasniqi, Krasnići", "Krasniqi, Красниqи"})
    void theRegionsSpellingsOfOneNameComeOutTheSame(String one, String other) {
        assertThat(NameNormaliser.canonical(one)).isEqualTo(NameNormaliser.canonical(other));
    }

    @Test
    void anInnerËReadsAsEAndAFinalOneAsTheAOfTheDefiniteForm() {
        assertThat(NameNormaliser.canonical("Tërnavë")).isEqualTo(NameNormaliser.canonical("Ternava"));
        assertThat(BloomEncoding.dice(names("Drenicë"), names("Drenica"))).isGreaterThanOrEqualTo(0.85);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"Peć, Pejë", "Пећ, Peja", "Uroševac, Ferizaj", "Урошевац, Ferizaj", "Đakovica, Gjakovë",
            "Kosovo Polje, Fushë Kosovë", "Prizren, Призрен"})
    void aKosovoTownIsComparedUnderItsAlbanianName(String one, String other) {
        assertThat(NameNormaliser.placeTokens(one)).isEqualTo(NameNormaliser.placeTokens(other));
    }

    @Test
    void nearSpellingsStayClose() {
        assertThat(BloomEncoding.dice(names("Fatmire"), names("Fatmira"))).isGreaterThanOrEqualTo(0.7);
        assertThat(BloomEncoding.dice(names("Krasniqi"), names("Krasnigi"))).isGreaterThanOrEqualTo(0.7);
        assertThat(BloomEncoding.dice(names("Hoxha"), names("Berisha"))).isLessThan(0.55);
    }

    private long[] names(String name) {
        return linkage.encode(person(name, "", null)).firstNames;
    }

    @Test
    void oneWomanWrittenInAlbanianAndInSerbianCyrillicIsALikelyMatch() {
        var albanian = new IdentifyingData("Valbona", "Xhafa", Sex.FEMALE, LocalDate.of(1998, 3, 14), "Gjakovë",
                "Qazim", "Shpresa", List.of());
        var cyrillic = new IdentifyingData("Валбона", "Џафа", Sex.FEMALE, LocalDate.of(1998, 3, 14), "Ђаковица",
                "Ћазим", "Шпреса", List.of());
        assertThat(linkage.classify(linkage.encode(albanian), linkage.encode(cyrillic))).isEqualTo(MatchClass.LIKELY);
    }

    @Test
    void swappedNamesAndATypoInTheDateStillMatch() {
        var first = person("Mimoza", "Hoxha", LocalDate.of(2001, 7, 23));
        var swapped = person("Hodža", "Mimoza", LocalDate.of(2001, 7, 28));
        var dayMonthSwapped = person("Mimoza", "Hoxha", LocalDate.of(2001, 7, 23).withMonth(7));
        assertThat(MatchClass.of(score(first, swapped))).isEqualTo(MatchClass.LIKELY);
        assertThat(MatchClass.of(score(person("Arta", "Shehu", LocalDate.of(2000, 4, 11)),
                person("Arta", "Šehu", LocalDate.of(2000, 11, 4))))).isEqualTo(MatchClass.LIKELY);
        assertThat(MatchClass.of(score(first, dayMonthSwapped))).isEqualTo(MatchClass.LIKELY);
    }

    @Test
    void aTypoInTheBirthYearDoesNotHideTheEarlierCase() {
        var earlier = person("Besa", "Gjoka", LocalDate.of(1995, 5, 2));
        var index = new LinkageIndex<String>(linkage);
        index.add("case-1", linkage.encode(earlier));
        index.add("case-2", linkage.encode(person("Besa", "Gjoka", LocalDate.of(1970, 5, 2))));

        var found = index.candidates(linkage.query(person("Besa", "Đoka", LocalDate.of(1996, 5, 2))));

        assertThat(found).extracting(Candidate::caseId).containsExactly("case-1");
        assertThat(found.get(0).matchClass()).isEqualTo(MatchClass.LIKELY);
    }

    @Test
    void aSharedDocumentFindsTheCaseAcrossBlocks() {
        var index = new LinkageIndex<String>(linkage);
        index.add("case-1", linkage.encode(new IdentifyingData("Jelena", "Petrović", Sex.FEMALE,
                LocalDate.of(1990, 1, 1), "", "", "", List.of("P 0123-4567"))));

        var found = index.candidates(linkage.query(new IdentifyingData("Јелена", "Петровић", Sex.FEMALE,
                LocalDate.of(1980, 1, 1), "", "", "", List.of("p01234567"))));

        assertThat(found).extracting(Candidate::caseId).containsExactly("case-1");
    }

    @Test
    void differentWomenWithTheSameCommonSurnameAreNotLikely() {
        var earlier = new IdentifyingData("Drita", "Krasniqi", Sex.FEMALE, LocalDate.of(1993, 2, 10), "Prishtinë",
                "Ramadan", "Fatime", List.of());
        var sister = new IdentifyingData("Blerta", "Krasniqi", Sex.FEMALE, LocalDate.of(1996, 9, 1), "Prishtinë",
                "Ramadan", "Fatime", List.of());
        var twin = new IdentifyingData("Vjosa", "Krasniqi", Sex.FEMALE, LocalDate.of(1993, 2, 10), "Prishtinë",
                "Ramadan", "Fatime", List.of());
        var namesake = new IdentifyingData("Drita", "Krasniqi", Sex.FEMALE, LocalDate.of(1993, 6, 25), "Prishtinë",
                "Isa", "Hava", List.of());
        var stranger = person("Arta", "Krasniqi", LocalDate.of(1993, 11, 30));

        for (var other : List.of(sister, twin, namesake, stranger)) {
            assertThat(MatchClass.of(score(earlier, other))).isNotEqualTo(MatchClass.LIKELY);
        }
        assertThat(MatchClass.of(score(earlier, sister))).isEqualTo(MatchClass.NO_MATCH);
        assertThat(MatchClass.of(score(earlier, stranger))).isEqualTo(MatchClass.NO_MATCH);
    }

    @Test
    void theRecordHoldsNoNameBirthDateOrDocumentNumberInClear() {
        var born = LocalDate.of(1999, 12, 31);
        var data = new IdentifyingData("Shpresa Valbona", "Hoxha", Sex.FEMALE, born, "Gjakovë", "Xhevdet", "Qëndresa",
                List.of("AB1234567", "K-998877"));
        var record = linkage.encode(data);
        var serialized = record.serialize();

        var clear = new ArrayList<String>(List.of("Shpresa", "Valbona", "Hoxha", "Gjakov", "Xhevdet", "Qëndresa",
                "AB1234567", "1234567", "998877", "1999", "31.12", "12-31", "19991231", born.toString()));
        for (var name : List.of("Shpresa", "Valbona", "Hoxha", "Gjakovë", "Xhevdet", "Qëndresa")) {
            clear.add(NameNormaliser.canonical(name));
        }
        clear.add(born.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        var texts = List.of(serialized, record.toString(), data.toString(), linkage.query(data).blockKeys().toString(),
                new String(serialized.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
        for (var text : texts) {
            for (var value : clear) {
                assertThat(text.toLowerCase(Locale.ROOT)).as("derived text").doesNotContain(value.toLowerCase(Locale.ROOT));
            }
        }
        // and the record read back is the record written
        var read = LinkageRecord.parse(serialized);
        assertThat(read.serialize()).isEqualTo(serialized);
        assertThat(linkage.classify(read, record)).isEqualTo(MatchClass.LIKELY);
    }

    @Test
    void theSameDataUnderTwoKeysGivesUnrelatedRecords() {
        var data = new IdentifyingData("Arta", "Xhafa", Sex.FEMALE, LocalDate.of(1997, 8, 19), "Pejë", "Ilir",
                "Mimoza", List.of("P1234"));
        var underOne = linkage.encode(data);
        var underOther = new VictimLinkage(OTHER_KEY).encode(data);

        assertThat(underOther.blockKey()).isNotEqualTo(underOne.blockKey());
        assertThat(underOther.exactKey()).isNotEqualTo(underOne.exactKey());
        assertThat(underOther.documentKeys()).doesNotContainAnyElementsOf(underOne.documentKeys());
        // the Bloom filters share no more bits than two unrelated names would
        assertThat(BloomEncoding.dice(underOne.surnames, underOther.surnames)).isLessThan(0.4);
        assertThat(linkage.classify(underOne, underOther)).isEqualTo(MatchClass.NO_MATCH);
        // while under one key the same data give the same record
        assertThat(linkage.encode(data).serialize()).isEqualTo(underOne.serialize());
    }
}
