package org.ariadne.victimdata.linkage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Linkage quality and speed on synthetic cases with known truth. A benchmark, not a test: it asserts nothing and
 * prints its figures. Run it with {@code ./mvnw -Pbenchmark test -Dtest=VictimLinkageBenchmark}.
 *
 * <p>Quality: about 1,340 persons with Albanian and Serbian names, identified one to four times by different
 * institutions (2,000+ cases), each case typed the way an institution would: Albanian spelling, Serbian Latin or
 * Cyrillic transcription, or without diacritics, with swapped names, typos in names and in the date of birth, parents'
 * names and place of birth often missing. Every case is compared with the cases registered before it; precision and
 * recall of "likely" are counted over pairs of cases. Serbian names are also written in Albanian spelling (Jovanoviq), as
 * institutions working in Albanian write them. Speed: one new case against 100,000 encoded cases.
 */
@Tag("benchmark")
class VictimLinkageBenchmark {

    static final String[] ALBANIAN_WOMEN = {"Arta", "Besa", "Blerta", "Drita", "Fatmire", "Flutura", "Gentiana",
            "Jehona", "Lirije", "Mimoza", "Qëndresa", "Shpresa", "Valbona", "Vjollca", "Xhevahire", "Zana", "Teuta",
            "Hana", "Donika", "Mirlinda", "Arbnora", "Egzona", "Albulena", "Fjolla", "Gjyljeta", "Lumnije", "Njomza",
            "Rrezarta", "Shqipe", "Vlora", "Afërdita", "Bukurije", "Drenushe", "Edona", "Kaltrina", "Leonora"};
    static final String[] ALBANIAN_MEN = {"Arben", "Besnik", "Driton", "Fatmir", "Gëzim", "Ilir", "Jetmir", "Lulzim",
            "Shkëlzen", "Xhevdet", "Qazim", "Bujar", "Agron", "Valon", "Arbër", "Dardan", "Faton", "Gjergj",
            "Kushtrim", "Labinot", "Ramadan", "Isa", "Bajram", "Hysen"};
    static final String[] ALBANIAN_SURNAMES = {"Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyçi",
            "Kastrati", "Rexhepi", "Hasani", "Kelmendi", "Sejdiu", "Xhafa", "Shehu", "Çela", "Gjoka", "Qerimi",
            "Thaçi", "Zhuri", "Dushku", "Muça", "Dervishi", "Lleshi", "Përvizi", "Gjonbalaj", "Haxhiu", "Osmani",
            "Rama", "Ahmeti", "Mustafa", "Hyseni", "Bajrami", "Ismaili", "Jashari", "Zeqiri", "Musliu", "Halili"};
    static final String[] SERBIAN_WOMEN = {"Jelena", "Milica", "Ana", "Marija", "Dragana", "Snežana", "Ljiljana",
            "Željka", "Nataša", "Ivana", "Jovana", "Tijana", "Slađana", "Maja", "Danijela", "Biljana", "Gordana",
            "Vesna", "Sanja", "Mirjana", "Jasmina", "Dušica"};
    static final String[] SERBIAN_MEN = {"Marko", "Nikola", "Dušan", "Đorđe", "Miloš", "Stefan", "Željko", "Nenad",
            "Dragan", "Zoran", "Goran", "Aleksandar", "Vladimir", "Milan"};
    static final String[] SERBIAN_SURNAMES = {"Jovanović", "Petrović", "Nikolić", "Marković", "Đorđević",
            "Stojanović", "Ilić", "Stanković", "Pavlović", "Milošević", "Živković", "Todorović", "Šarić", "Čolić",
            "Ćirić", "Đukić", "Lukić", "Mitić", "Kovačević", "Simić", "Popović", "Savić", "Đurić", "Stojković"};
    /** Kosovo towns in Albanian and in Serbian: an institution writing Serbian uses the Serbian name. */
    static final Map<String, String> TOWNS = Map.of("Prishtinë", "Priština", "Prizren", "Prizren", "Pejë", "Peć",
            "Gjakovë", "Đakovica", "Mitrovicë", "Mitrovica", "Gjilan", "Gnjilane", "Ferizaj", "Uroševac", "Vushtrri",
            "Vučitrn", "Podujevë", "Podujevo", "Suharekë", "Suva Reka");
    static final String[] SERBIAN_TOWNS = {"Beograd", "Niš", "Novi Sad", "Kragujevac", "Leskovac", "Vranje",
            "Kraljevo", "Čačak"};

    record Person(int id, boolean albanian, Sex sex, String first, String sur, LocalDate born, String place,
            String father, String mother, String document) {
    }

    record Case(int person, IdentifyingData data) {
    }

    // another seed, another synthetic register: -Dlinkage.seed=7
    private final Random random = new Random(Long.getLong("linkage.seed", 14));
    private final VictimLinkage linkage = new VictimLinkage(VictimLinkageUnitTest.KEY);

    @Test
    void linkageQualityAndSpeed() {
        quality();
        speed();
    }

    private void quality() {
        var cases = new ArrayList<Case>();
        int persons = 0;
        while (cases.size() < 2_000) {
            var person = person(persons++);
            // most persons once; some twice (another institution, or re-trafficked), a few three or four times
            int times = 1 + (random.nextDouble() < 0.35 ? 1 + (random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0) : 0);
            for (int i = 0; i < times; i++) {
                cases.add(new Case(person.id(), typed(person)));
            }
        }
        java.util.Collections.shuffle(cases, random);

        var index = new LinkageIndex<Integer>(linkage);
        int truePairs = 0;
        int likely = 0;
        int likelyRight = 0;
        int possible = 0;
        int possibleRight = 0;
        var missed = new ArrayList<String>();
        for (int i = 0; i < cases.size(); i++) {
            var c = cases.get(i);
            for (int j = 0; j < i; j++) {
                if (cases.get(j).person() == c.person()) {
                    truePairs++;
                }
            }
            var found = index.candidates(linkage.query(c.data()));
            for (var candidate : found) {
                boolean right = cases.get(candidate.caseId()).person() == c.person();
                if (candidate.matchClass() == MatchClass.LIKELY) {
                    likely++;
                    likelyRight += right ? 1 : 0;
                } else {
                    possible++;
                    possibleRight += right ? 1 : 0;
                }
            }
            index.add(i, linkage.encode(c.data()));
        }
        System.out.printf(Locale.ROOT, "%nVictim linkage, quality: %d cases of %d persons, %d pairs of cases of one person%n",
                cases.size(), persons, truePairs);
        System.out.printf(Locale.ROOT, "  LIKELY:   %d proposed, %d right: precision %.4f, recall %.4f%n", likely,
                likelyRight, likely == 0 ? 0 : (double) likelyRight / likely, (double) likelyRight / truePairs);
        System.out.printf(Locale.ROOT, "  POSSIBLE: %d proposed, %d right; LIKELY or POSSIBLE: recall %.4f%n", possible,
                possibleRight, (double) (likelyRight + possibleRight) / truePairs);
    }

    private void speed() {
        int size = 100_000;
        var index = new LinkageIndex<Integer>(linkage);
        long start = System.nanoTime();
        for (int i = 0; i < size; i++) {
            index.add(i, linkage.encode(typed(person(i))));
        }
        double encodeMs = (System.nanoTime() - start) / 1e6;
        var queries = new ArrayList<IdentifyingData>();
        for (int i = 0; i < 1_200; i++) {
            queries.add(typed(person(size + i)));
        }
        for (int i = 0; i < 200; i++) {
            index.candidates(linkage.query(queries.get(i)));
        }
        var times = new double[1_000];
        int proposed = 0;
        for (int i = 0; i < times.length; i++) {
            long t = System.nanoTime();
            proposed += index.candidates(linkage.query(queries.get(200 + i))).size();
            times[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "Victim linkage, speed: %,d cases encoded in %.1f s (%.3f ms a case)%n", size,
                encodeMs / 1000, encodeMs / size);
        System.out.printf(Locale.ROOT, "  one new case (encode, look up, score) against %,d: median %.2f ms, "
                + "95th percentile %.2f ms, max %.2f ms (%d candidates proposed over %d queries)%n", size,
                times[times.length / 2], times[times.length * 95 / 100], times[times.length - 1], proposed,
                times.length);
        System.out.printf(Locale.ROOT, "  (on a shared machine, %d cores, load average %.1f)%n%n",
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private Person person(int id) {
        boolean albanian = random.nextDouble() < 0.65;
        var sex = random.nextDouble() < 0.8 ? Sex.FEMALE : Sex.MALE;
        String first;
        String sur;
        String place;
        if (albanian) {
            first = pick(sex == Sex.FEMALE ? ALBANIAN_WOMEN : ALBANIAN_MEN);
            sur = zipf(ALBANIAN_SURNAMES);
            place = pick(TOWNS.keySet().stream().sorted().toArray(String[]::new));
        } else {
            first = pick(sex == Sex.FEMALE ? SERBIAN_WOMEN : SERBIAN_MEN);
            sur = zipf(SERBIAN_SURNAMES);
            place = pick(SERBIAN_TOWNS);
        }
        var born = LocalDate.of(1975 + random.nextInt(36), 1, 1).plusDays(random.nextInt(365));
        var father = albanian ? pick(ALBANIAN_MEN) : pick(SERBIAN_MEN);
        var mother = albanian ? pick(ALBANIAN_WOMEN) : pick(SERBIAN_WOMEN);
        var document = random.nextDouble() < 0.3 ? "P" + (1_000_000 + random.nextInt(9_000_000)) : null;
        return new Person(id, albanian, sex, first, sur, born, place, father, mother, document);
    }

    /** The person as one institution types them: its script and spelling, and the usual mistakes. */
    private IdentifyingData typed(Person p) {
        double script = random.nextDouble();
        Spelling spelling;
        if (p.albanian()) {
            spelling = script < 0.5 ? Spelling.ALBANIAN : script < 0.7 ? Spelling.SERBIAN_LATIN
                    : script < 0.85 ? Spelling.CYRILLIC : Spelling.ASCII;
        } else {
            // an institution working in Albanian writes a Serbian name in Albanian spelling: Jovanović Jovanoviq
            spelling = script < 0.4 ? Spelling.SERBIAN_LATIN : script < 0.65 ? Spelling.CYRILLIC
                    : script < 0.85 ? Spelling.ALBANIAN : Spelling.ASCII;
        }
        var first = write(p.first(), p.albanian(), spelling);
        var sur = write(p.sur(), p.albanian(), spelling);
        if (random.nextDouble() < 0.10) {
            sur = typo(sur);
        }
        if (random.nextDouble() < 0.05) {
            first = typo(first);
        }
        if (random.nextDouble() < 0.10) {
            var swap = first;
            first = sur;
            sur = swap;
        }
        var born = random.nextDouble() < 0.15 ? dateTypo(p.born()) : p.born();
        var serbianTown = p.albanian() && (spelling == Spelling.SERBIAN_LATIN || spelling == Spelling.CYRILLIC);
        var place = random.nextDouble() < 0.3 ? ""
                : write(serbianTown ? TOWNS.get(p.place()) : p.place(), p.albanian() && !serbianTown, spelling);
        var father = random.nextDouble() < 0.5 ? "" : write(p.father(), p.albanian(), spelling);
        var mother = random.nextDouble() < 0.6 ? "" : write(p.mother(), p.albanian(), spelling);
        var documents = p.document() != null && random.nextDouble() < 0.5 ? List.of(p.document()) : List.<String>of();
        return new IdentifyingData(first, sur, p.sex(), born, place, father, mother, documents);
    }

    enum Spelling { ALBANIAN, SERBIAN_LATIN, CYRILLIC, ASCII }

    private static String write(String name, boolean albanian, Spelling spelling) {
        var text = name.toLowerCase(Locale.ROOT);
        if (albanian && spelling != Spelling.ALBANIAN && spelling != Spelling.ASCII) {
            text = albanianToSerbian(text);
        } else if (!albanian && spelling == Spelling.ALBANIAN) {
            text = serbianToAlbanian(text);
        }
        if (spelling == Spelling.CYRILLIC) {
            text = serbianToCyrillic(text);
        } else if (spelling == Spelling.ASCII) {
            text = albanian ? text.replace("ë", "e").replace("ç", "c")
                    : text.replace("dž", "dz").replace("đ", "dj").replace("š", "s").replace("ž", "z")
                            .replace("č", "c").replace("ć", "c");
        }
        return capitalised(text);
    }

    /** How Serbian writes an Albanian name: Xhafa Džafa, Gjoka Đoka, Qerimi Ćerimi, Gjakovë Đakovë. */
    private static String albanianToSerbian(String text) {
        String[][] rules = {{"xh", "dž"}, {"gj", "đ"}, {"sh", "š"}, {"zh", "ž"}, {"ç", "č"}, {"q", "ć"}, {"dh", "d"},
                {"th", "t"}, {"ll", "l"}, {"rr", "r"}, {"y", "i"}, {"x", "dz"}};
        text = text.replaceAll("ë(?=\\s|$)", "");
        for (var rule : rules) {
            text = text.replace(rule[0], rule[1]);
        }
        return text.replace("ë", "e");
    }

    /** How Albanian writes a Serbian name: Jovanović Jovanoviq, Đorđe Gjorgje, Živković Zhivkoviq. */
    private static String serbianToAlbanian(String text) {
        String[][] rules = {{"dž", "xh"}, {"đ", "gj"}, {"š", "sh"}, {"ž", "zh"}, {"č", "ç"}, {"ć", "q"}};
        for (var rule : rules) {
            text = text.replace(rule[0], rule[1]);
        }
        return text;
    }

    private static String serbianToCyrillic(String text) {
        String[][] pairs = {{"dž", "џ"}, {"lj", "љ"}, {"nj", "њ"}, {"a", "а"}, {"b", "б"}, {"v", "в"}, {"g", "г"},
                {"d", "д"}, {"đ", "ђ"}, {"e", "е"}, {"ž", "ж"}, {"z", "з"}, {"i", "и"}, {"j", "ј"}, {"k", "к"},
                {"l", "л"}, {"m", "м"}, {"n", "н"}, {"o", "о"}, {"p", "п"}, {"r", "р"}, {"s", "с"}, {"t", "т"},
                {"ć", "ћ"}, {"u", "у"}, {"f", "ф"}, {"h", "х"}, {"c", "ц"}, {"č", "ч"}, {"š", "ш"}};
        for (var pair : pairs) {
            text = text.replace(pair[0], pair[1]);
        }
        return text;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** One slip of the keyboard: a letter dropped, doubled or replaced (never the first). */
    private String typo(String name) {
        if (name.length() < 4) {
            return name;
        }
        int at = 1 + random.nextInt(name.length() - 1);
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at + 1) + name.charAt(at) + name.substring(at + 1);
            default -> name.substring(0, at) + (char) ('a' + random.nextInt(26)) + name.substring(at + 1);
        };
    }

    /** A slip in the date of birth: another day, another month, the year next to it, or day and month swapped. */
    private LocalDate dateTypo(LocalDate born) {
        return switch (random.nextInt(4)) {
            case 0 -> born.withDayOfMonth(1 + (born.getDayOfMonth() + random.nextInt(27)) % 28);
            case 1 -> born.withMonth(1 + (born.getMonthValue() + random.nextInt(11)) % 12)
                    .withDayOfMonth(Math.min(born.getDayOfMonth(), 28));
            case 2 -> born.plusYears(random.nextBoolean() ? 1 : -1);
            default -> born.getDayOfMonth() <= 12
                    ? LocalDate.of(born.getYear(), born.getDayOfMonth(), Math.min(born.getMonthValue(), 28))
                    : born.withDayOfMonth(1 + (born.getDayOfMonth() + 3) % 28);
        };
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    /** Common surnames are common: rank r is chosen in proportion to 1 / r. */
    private String zipf(String[] names) {
        double total = 0;
        for (int r = 1; r <= names.length; r++) {
            total += 1.0 / r;
        }
        double x = random.nextDouble() * total;
        for (int r = 1; r <= names.length; r++) {
            x -= 1.0 / r;
            if (x <= 0) {
                return names[r - 1];
            }
        }
        return names[names.length - 1];
    }
}
