package org.ariadne.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.ariadne.victimdata.AssistanceDecision;
import org.ariadne.victimdata.CaseCommand;
import org.ariadne.victimdata.CaseScope;
import org.ariadne.victimdata.CaseStatus;
import org.ariadne.victimdata.ExploitationForm;
import org.ariadne.victimdata.VictimService;
import org.ariadne.victimdata.linkage.Sex;

/**
 * The synthetic persons and identifications of the demo register, made up from a fixed seed so that the demo reads
 * the same every time: about 470 persons identified over the last five full years and this one, most of them once,
 * about 6 % identified again after their first case was closed (re-trafficked) and about 5 % reported by a second
 * institution within days. Each identification is typed the way its institution would: Albanian spelling, Serbian
 * Latin or Cyrillic transcription, without diacritics, names swapped, a slip in the date of birth. The names are
 * common names of the region, never a real person's record; nothing here is stored in clear (the register keeps
 * linkage keys only).
 */
final class DemoVictims {

    /** Institutions that identify victims in the demo directory (names as in {@code demo-institutions.csv}). */
    static final String POLICE = DemoData.POLICE;
    static final String IDHT = "Investigations Directorate of Human Trafficking (demo)";
    static final String LABOUR_INSPECTORATE = "Labour Inspectorate (demo)";
    static final String SOCIAL_WORK = "Centre for Social Work Prishtina (demo)";
    static final String SHELTER = DemoData.SHELTER;
    static final String SAFE_HOUSE = "Safe House Gjakova (demo)";
    static final String HOPE = "Hope Shelter Peja (demo)";
    static final String YOUTH_NGO = "Rrjeti Rinor Çelësi (demo)";
    static final String VICTIM_ADVOCATES = "Victim Advocacy and Assistance Office (demo)";
    static final String IOM = "IOM Kosovo (demo)";
    static final List<String> INSTITUTIONS = List.of(POLICE, IDHT, LABOUR_INSPECTORATE, SOCIAL_WORK, SHELTER,
            SAFE_HOUSE, HOPE, YOUTH_NGO, VICTIM_ADVOCATES, IOM);

    static final String[] ALBANIAN_WOMEN = {"Arta", "Besa", "Blerta", "Drita", "Fatmire", "Flutura", "Gentiana",
            "Jehona", "Lirije", "Qëndresa", "Valbona", "Vjollca", "Xhevahire", "Zana", "Hana", "Donika", "Mirlinda",
            "Arbnora", "Egzona", "Albulena", "Fjolla", "Gjyljeta", "Lumnije", "Njomza", "Rrezarta", "Shqipe",
            "Afërdita", "Bukurije", "Drenushe", "Edona", "Kaltrina", "Leonora", "Xhemile", "Zhaneta", "Gjylshen",
            "Blerina", "Elmira", "Diellza", "Erëza", "Lindita", "Merita", "Nazife", "Shpëtime", "Ylberë"};
    static final String[] ALBANIAN_MEN = {"Besart", "Gëzim", "Ilir", "Jetmir", "Lulzim", "Shkëlzen", "Xhevdet",
            "Qazim", "Bujar", "Agron", "Valon", "Arbër", "Dardan", "Faton", "Gjergj", "Kushtrim", "Labinot", "Ramadan",
            "Bajram", "Hysen", "Shpend", "Blerim", "Visar", "Mentor", "Egzon", "Ardit", "Çlirim", "Gjon"};
    static final String[] ALBANIAN_SURNAMES = {"Krasniqi", "Gashi", "Berisha", "Morina", "Hoxha", "Shala", "Bytyçi",
            "Kastrati", "Rexhepi", "Hasani", "Kelmendi", "Sejdiu", "Xhafa", "Shehu", "Çela", "Gjoka", "Qerimi",
            "Thaçi", "Zhuri", "Dushku", "Muça", "Dervishi", "Lleshi", "Përvizi", "Gjonbalaj", "Haxhiu", "Osmani",
            "Ahmeti", "Mustafa", "Hyseni", "Bajrami", "Ismaili", "Jashari", "Zeqiri", "Musliu", "Halili", "Xhemaili",
            "Gjergjaj", "Shabani", "Kryeziu", "Bërisha", "Gërguri", "Hajdari", "Zhubi", "Çitaku", "Dreshaj"};
    static final String[] SERBIAN_WOMEN = {"Milica", "Ana", "Marija", "Dragana", "Snežana", "Ljiljana", "Željka",
            "Nataša", "Ivana", "Jovana", "Tijana", "Slađana", "Danijela", "Biljana", "Gordana", "Vesna", "Sanja",
            "Mirjana", "Jasmina", "Dušica", "Đurđa", "Anđela", "Teodora", "Katarina"};
    static final String[] SERBIAN_MEN = {"Marko", "Nikola", "Dušan", "Đorđe", "Miloš", "Stefan", "Željko", "Nenad",
            "Dragan", "Zoran", "Aleksandar", "Vladimir", "Milan", "Lazar", "Uroš", "Luka"};
    static final String[] SERBIAN_SURNAMES = {"Jovanović", "Nikolić", "Marković", "Đorđević", "Stojanović", "Ilić",
            "Stanković", "Pavlović", "Milošević", "Živković", "Todorović", "Šarić", "Čolić", "Ćirić", "Đukić",
            "Lukić", "Mitić", "Kovačević", "Simić", "Popović", "Savić", "Đurić", "Stojković", "Džamić", "Jeremić"};
    static final String[] MACEDONIAN_WOMEN = {"Elena", "Aleksandra", "Marija", "Biljana", "Kristina", "Simona",
            "Frosina", "Ljubica", "Gorica", "Vesna"};
    static final String[] MACEDONIAN_MEN = {"Aleksandar", "Goran", "Dimitar", "Stojan", "Igor", "Bojan", "Zlatko"};
    /** Macedonian surnames in their masculine form; a woman's ends in -ska. */
    static final String[] MACEDONIAN_SURNAMES = {"Stojanovski", "Petrovski", "Nikolovski", "Trajkovski",
            "Angelovski", "Jovanovski", "Dimitrovski", "Georgievski", "Ristovski", "Kostovski"};
    static final String[] MOLDOVAN_WOMEN = {"Ana", "Elena", "Olga", "Natalia", "Svetlana", "Tatiana", "Irina"};
    static final String[] MOLDOVAN_MEN = {"Ion", "Vasile", "Serghei", "Andrei"};
    static final String[] MOLDOVAN_SURNAMES = {"Rusu", "Ceban", "Ciobanu", "Popa", "Lungu", "Munteanu", "Turcan"};

    /** The Kosovo regions (as the reporting module lists them) with some of their municipalities. */
    private static final String[][] REGIONS = {{"Prishtinë", "Prishtinë", "Fushë Kosovë", "Podujevë", "Lipjan"},
            {"Prizren", "Prizren", "Suharekë", "Dragash", "Rahovec"}, {"Pejë", "Pejë", "Istog", "Klinë", "Deçan"},
            {"Mitrovicë", "Mitrovicë", "Vushtrri", "Skenderaj", "Zveçan"}, {"Gjilan", "Gjilan", "Kamenicë", "Viti"},
            {"Gjakovë", "Gjakovë", "Rahovec", "Junik"}, {"Ferizaj", "Ferizaj", "Kaçanik", "Shtime", "Štrpce"}};
    private static final String[] ALBANIA_TOWNS = {"Shkodër", "Tiranë", "Durrës", "Kukës", "Elbasan"};
    private static final String[] SERBIA_TOWNS = {"Niš", "Beograd", "Kraljevo", "Novi Pazar", "Vranje"};
    private static final String[] MACEDONIA_TOWNS = {"Skopje", "Tetovo", "Kumanovo", "Gostivar"};
    private static final String[] NOTES = {"Identified during a joint inspection of a bar (demo).",
            "Came to the police station on her own after leaving the employer (demo).",
            "Referred by a school after long absences (demo).",
            "Found begging at a crossroads with two younger children (demo).",
            "Identified at the border on return from a neighbouring country (demo).",
            "The family arranged a marriage; the school psychologist raised the alarm (demo).",
            "Worked without pay on a construction site for four months (demo).",
            "Contacted the helpline; escorted to the shelter by the victim advocate (demo).",
            "Recruited online with an offer of work abroad (demo).", ""};

    /** What kind of identification a planned case is. */
    enum Kind {
        /** A person's first identification. */
        FIRST,
        /** Identified again after an earlier case was closed. */
        RETRAFFICKED,
        /** The same trafficking reported by a second institution within days. */
        SECOND_REPORT
    }

    enum Origin {
        ALBANIAN, SERBIAN, MACEDONIAN, MOLDOVAN
    }

    /** A made-up person, as they really are (the cases type them with variants). */
    record Person(int id, Origin origin, Sex sex, String first, String surname, LocalDate born, String place,
            String father, String mother, String document, String citizenship) {
    }

    /**
     * A case to register, in the order of identification: {@code earlier} is the index (in the plan) of the case of
     * the same person this one follows, or −1; {@code institution} and {@code referring} are directory names.
     */
    record Planned(int index, Person person, Kind kind, int earlier, String institution, String referring,
            CaseDraft draft) {
    }

    /** The case as typed, minus the institutions' ids, which the directory gives at load time. */
    record CaseDraft(LocalDate identifiedOn, CaseStatus status, Integer age, String region, String municipality,
            CaseScope scope, Set<ExploitationForm> forms, LocalDate referredOn, AssistanceDecision decision,
            LocalDate decidedOn, LocalDate shelteredOn, LocalDate protectionOn, LocalDate courtCaseOn,
            LocalDate reintegrationOn, LocalDate closedOn, Set<VictimService> services, boolean consent,
            String notes, String firstNames, String surnames, LocalDate dateOfBirth, String placeOfBirth,
            String father, String mother, String documents) {

        CaseCommand command(long institutionId, Long referringId, String citizenship, Sex sex) {
            return new CaseCommand(identifiedOn, institutionId, referringId, status, sex, age, citizenship, region,
                    municipality, scope, forms, referredOn, decision, decidedOn, shelteredOn, protectionOn,
                    courtCaseOn, reintegrationOn, closedOn, services, consent, notes, firstNames, surnames,
                    dateOfBirth, placeOfBirth, father, mother, documents);
        }
    }

    private static final long SEED = 14_2026L;
    private static final int PERSONS = 470;

    private final Random random = new Random(SEED);
    private final LocalDate today;
    private final int firstYear;

    private DemoVictims(LocalDate today) {
        this.today = today;
        this.firstYear = today.getYear() - 5;
    }

    /** The demo register's cases, sorted by date of identification: the same list for the same day. */
    static List<Planned> plan(LocalDate today) {
        return new DemoVictims(today).make();
    }

    private List<Planned> make() {
        record Draft(Person person, Kind kind, Draft earlier, String institution, String referring, CaseDraft draft) {
        }
        var drafts = new ArrayList<Draft>();
        for (int i = 0; i < PERSONS; i++) {
            var on = identificationDate();
            var forms = forms(null, i);
            var person = person(i, on, forms);
            var institution = identifyingInstitution(forms, person);
            var first = new Draft(person, Kind.FIRST, null, institution, referring(institution, person, on),
                    draft(person, on, institution, forms, Spelling.NATIVE, false));
            drafts.add(first);
            double roll = random.nextDouble();
            if (roll < 0.055 && on.plusDays(12).isBefore(today)) {
                // a second institution reports the same person within days (usually a shelter or social work after
                // the police, in its own spelling)
                var on2 = on.plusDays(1 + random.nextInt(8));
                var second = secondInstitution(institution);
                drafts.add(new Draft(person, Kind.SECOND_REPORT, first, second, second,
                        draft(person, on2, second, first.draft().forms(), variant(), true)));
            } else if (roll > 0.865 && first.draft().closedOn() != null) {
                // identified again after the first case was closed: months or years later, often another form
                var on2 = first.draft().closedOn().plusDays(60 + random.nextInt(900));
                if (on2.isBefore(today.minusDays(3))) {
                    var forms2 = forms(person, i);
                    var again = identifyingInstitution(forms2, person);
                    drafts.add(new Draft(person, Kind.RETRAFFICKED, first, again, referring(again, person, on2),
                            draft(person, on2, again, forms2, variant(), false)));
                }
            }
        }
        drafts.sort(Comparator.comparing((Draft d) -> d.draft().identifiedOn()).thenComparing(d -> d.person().id())
                .thenComparing(d -> d.kind().ordinal()));
        var index = new java.util.IdentityHashMap<Draft, Integer>();
        var planned = new ArrayList<Planned>();
        for (var d : drafts) {
            index.put(d, planned.size());
            planned.add(new Planned(planned.size(), d.person(), d.kind(),
                    d.earlier() == null ? -1 : index.get(d.earlier()), d.institution(), d.referring(), d.draft()));
        }
        return planned;
    }

    // ---- persons ----

    private Person person(int id, LocalDate identified, Set<ExploitationForm> forms) {
        double c = random.nextDouble();
        String citizenship = c < 0.76 ? "XK" : c < 0.87 ? "AL" : c < 0.92 ? "RS" : c < 0.96 ? "MK" : c < 0.985 ? "MD"
                : "XX";
        Origin origin = switch (citizenship) {
            case "AL" -> Origin.ALBANIAN;
            case "RS" -> Origin.SERBIAN;
            case "MK" -> random.nextDouble() < 0.5 ? Origin.ALBANIAN : Origin.MACEDONIAN;
            case "MD" -> Origin.MOLDOVAN;
            case "XK" -> random.nextDouble() < 0.9 ? Origin.ALBANIAN : Origin.SERBIAN;
            default -> random.nextDouble() < 0.6 ? Origin.ALBANIAN : Origin.SERBIAN;
        };
        boolean labourOrBegging = forms.contains(ExploitationForm.LABOUR) || forms.contains(ExploitationForm.BEGGING)
                || forms.contains(ExploitationForm.CRIMINAL_ACTIVITIES);
        var sex = random.nextDouble() < (labourOrBegging ? 0.45 : 0.93) ? Sex.FEMALE : Sex.MALE;
        int age = age(forms);
        var born = identified.minusYears(age).minusDays(1 + random.nextInt(360));
        String first;
        String surname;
        String father;
        String mother;
        String place;
        boolean female = sex == Sex.FEMALE;
        switch (origin) {
            case ALBANIAN -> {
                first = pick(female ? ALBANIAN_WOMEN : ALBANIAN_MEN);
                surname = common(ALBANIAN_SURNAMES);
                father = pick(ALBANIAN_MEN);
                mother = pick(ALBANIAN_WOMEN);
                place = citizenship.equals("AL") ? pick(ALBANIA_TOWNS)
                        : citizenship.equals("MK") ? pick(MACEDONIA_TOWNS) : REGIONS[random.nextInt(REGIONS.length)][1];
            }
            case SERBIAN -> {
                first = pick(female ? SERBIAN_WOMEN : SERBIAN_MEN);
                surname = common(SERBIAN_SURNAMES);
                father = pick(SERBIAN_MEN);
                mother = pick(SERBIAN_WOMEN);
                place = citizenship.equals("RS") ? pick(SERBIA_TOWNS) : pick(new String[] {"Gračanica", "Štrpce",
                        "Zvečan", "Leposavić", "Mitrovica"});
            }
            case MACEDONIAN -> {
                first = pick(female ? MACEDONIAN_WOMEN : MACEDONIAN_MEN);
                var masculine = common(MACEDONIAN_SURNAMES);
                surname = female ? masculine.substring(0, masculine.length() - 1) + "a" : masculine;
                father = pick(MACEDONIAN_MEN);
                mother = pick(MACEDONIAN_WOMEN);
                place = pick(MACEDONIA_TOWNS);
            }
            default -> {
                first = pick(female ? MOLDOVAN_WOMEN : MOLDOVAN_MEN);
                surname = pick(MOLDOVAN_SURNAMES);
                father = pick(MOLDOVAN_MEN);
                mother = pick(MOLDOVAN_WOMEN);
                place = pick(new String[] {"Chișinău", "Bălți", "Cahul", "Orhei"});
            }
        }
        if (random.nextDouble() < 0.12) {
            // a second first name, as registers sometimes have it
            first = first + " " + pick(female ? ALBANIAN_WOMEN : ALBANIAN_MEN).replace("ë", "e");
            if (origin != Origin.ALBANIAN) {
                first = first.substring(0, first.indexOf(' '));
            }
        }
        var document = age < 16 || random.nextDouble() < 0.45 ? null
                : (citizenship.equals("XK") ? "P0" : citizenship) + (1_000_000 + random.nextInt(8_999_999));
        return new Person(id, origin, sex, first, surname, born, place, father, mother, document, citizenship);
    }

    private int age(Set<ExploitationForm> forms) {
        double a = random.nextDouble();
        if (forms.contains(ExploitationForm.BEGGING)) {
            return a < 0.55 ? 6 + random.nextInt(6) : a < 0.9 ? 12 + random.nextInt(6) : 18 + random.nextInt(40);
        }
        if (forms.contains(ExploitationForm.FORCED_MARRIAGE)) {
            return a < 0.7 ? 14 + random.nextInt(4) : 18 + random.nextInt(5);
        }
        if (forms.contains(ExploitationForm.LABOUR)) {
            return a < 0.15 ? 15 + random.nextInt(3) : a < 0.5 ? 18 + random.nextInt(7) : a < 0.85
                    ? 25 + random.nextInt(10) : 35 + random.nextInt(20);
        }
        return a < 0.03 ? 8 + random.nextInt(4) : a < 0.50 ? 12 + random.nextInt(6) : a < 0.80 ? 18 + random.nextInt(7)
                : a < 0.94 ? 25 + random.nextInt(10) : 35 + random.nextInt(18);
    }

    // ---- cases ----

    /** Years weighted as the demo's trend: a dip, then more identifications as outreach grew. */
    private LocalDate identificationDate() {
        int[] weights = {16, 15, 17, 18, 19, 15};
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        int year = 0;
        while (roll >= weights[year]) {
            roll -= weights[year];
            year++;
        }
        var start = LocalDate.of(firstYear + year, 1, 1);
        var end = year == weights.length - 1 ? today.minusDays(2) : start.plusYears(1).minusDays(1);
        long days = Math.max(1, end.toEpochDay() - start.toEpochDay() + 1);
        return start.plusDays(random.nextInt((int) days));
    }

    private Set<ExploitationForm> forms(Person again, int salt) {
        var forms = EnumSet.noneOf(ExploitationForm.class);
        double f = random.nextDouble();
        if (again != null && again.sex() == Sex.MALE) {
            f = 0.58 + 0.42 * f; // men come back mostly for labour, begging or crime
        }
        if (f < 0.56) {
            forms.add(ExploitationForm.SEXUAL);
            if (random.nextDouble() < 0.10) {
                forms.add(ExploitationForm.FORCED_MARRIAGE);
            }
        } else if (f < 0.78) {
            forms.add(ExploitationForm.LABOUR);
            if (random.nextDouble() < 0.08) {
                forms.add(ExploitationForm.DOMESTIC_SERVITUDE);
            }
        } else if (f < 0.87) {
            forms.add(ExploitationForm.BEGGING);
        } else if (f < 0.92) {
            forms.add(ExploitationForm.FORCED_MARRIAGE);
        } else if (f < 0.95) {
            forms.add(ExploitationForm.DOMESTIC_SERVITUDE);
        } else if (f < 0.98) {
            forms.add(ExploitationForm.CRIMINAL_ACTIVITIES);
        } else {
            forms.add(ExploitationForm.OTHER);
        }
        return forms;
    }

    private String identifyingInstitution(Set<ExploitationForm> forms, Person person) {
        double r = random.nextDouble();
        if (forms.contains(ExploitationForm.LABOUR) && r < 0.35) {
            return LABOUR_INSPECTORATE;
        }
        if (person != null && !"XK".equals(person.citizenship()) && r > 0.92) {
            return IOM;
        }
        r = random.nextDouble();
        return r < 0.34 ? POLICE : r < 0.56 ? IDHT : r < 0.66 ? SOCIAL_WORK : r < 0.75 ? SHELTER : r < 0.80
                ? SAFE_HOUSE : r < 0.85 ? HOPE : r < 0.92 ? YOUTH_NGO : VICTIM_ADVOCATES;
    }

    /** Who referred the person to assistance: the victim advocates after the police, otherwise the identifier. */
    private String referring(String institution, Person person, LocalDate on) {
        if (institution.equals(POLICE) || institution.equals(IDHT) || institution.equals(LABOUR_INSPECTORATE)) {
            var child = person != null && Period.between(person.born(), on).getYears() < 18;
            return child && random.nextDouble() < 0.6 ? SOCIAL_WORK : VICTIM_ADVOCATES;
        }
        return institution;
    }

    private String secondInstitution(String first) {
        String[] after = {SHELTER, SOCIAL_WORK, SAFE_HOUSE, HOPE, YOUTH_NGO, VICTIM_ADVOCATES, POLICE};
        String chosen;
        do {
            chosen = after[random.nextInt(after.length)];
        } while (chosen.equals(first));
        return chosen;
    }

    private CaseDraft draft(Person person, LocalDate on, String institution, Set<ExploitationForm> forms,
            Spelling spelling, boolean secondReport) {
        int age = Period.between(person.born(), on).getYears();
        var region = REGIONS[random.nextInt(REGIONS.length)];
        var municipality = region[1 + random.nextInt(region.length - 1)];
        boolean kosovar = "XK".equals(person.citizenship());
        var scope = kosovar ? (random.nextDouble() < 0.88 ? CaseScope.INTERNAL : CaseScope.TRANSNATIONAL)
                : CaseScope.TRANSNATIONAL;
        boolean recent = on.isAfter(today.minusMonths(4));
        var status = random.nextDouble() < (recent ? 0.40 : 0.14) ? CaseStatus.PRESUMED : CaseStatus.IDENTIFIED;

        double d = random.nextDouble();
        int delay = secondReport ? 0 : d < 0.38 ? 0 : d < 0.58 ? 1 : d < 0.72 ? 2 : d < 0.90 ? 3 + random.nextInt(3)
                : 6 + random.nextInt(5);
        var referred = upToToday(on.plusDays(delay));
        AssistanceDecision decision = null;
        LocalDate decided = null;
        LocalDate sheltered = null;
        LocalDate protection = null;
        LocalDate court = null;
        LocalDate reintegration = null;
        LocalDate closed = null;
        var services = EnumSet.noneOf(VictimService.class);
        boolean child = age < 18;
        if (referred != null) {
            decided = upToToday(referred.plusDays(random.nextInt(4)));
        }
        if (decided != null) {
            decision = random.nextDouble() < 0.13 ? AssistanceDecision.REFUSED : AssistanceDecision.ACCEPTED;
        }
        if (decision == AssistanceDecision.REFUSED) {
            if (random.nextDouble() < 0.35) {
                services.add(VictimService.HEALTH);
            }
            // closed a few weeks later (never before a second institution's report of the same days)
            closed = random.nextDouble() < 0.8 ? upToToday(decided.plusDays(10 + random.nextInt(35))) : null;
        } else if (decision == AssistanceDecision.ACCEPTED) {
            if (random.nextDouble() < 0.72) {
                sheltered = upToToday(decided.plusDays(random.nextInt(3)));
            }
            if (sheltered != null) {
                services.add(VictimService.SHELTER);
            }
            if (random.nextDouble() < 0.88) {
                services.add(VictimService.PSYCHOSOCIAL);
            }
            if (random.nextDouble() < 0.70) {
                services.add(VictimService.HEALTH);
            }
            if (random.nextDouble() < 0.50) {
                services.add(VictimService.LEGAL_AID);
            }
            if (child && random.nextDouble() < 0.65) {
                services.add(VictimService.EDUCATION);
            }
            if (!child && random.nextDouble() < 0.35) {
                services.add(VictimService.VOCATIONAL_TRAINING);
            }
            if (!child && random.nextDouble() < 0.18) {
                services.add(VictimService.EMPLOYMENT);
            }
            if (random.nextDouble() < 0.20) {
                services.add(VictimService.FINANCIAL_SUPPORT);
            }
            if (!kosovar && random.nextDouble() < 0.6) {
                services.add(VictimService.RETURN);
            }
            if (random.nextDouble() < 0.30) {
                protection = upToToday(on.plusDays(5 + random.nextInt(55)));
            }
            if (random.nextDouble() < 0.35) {
                court = upToToday(on.plusDays(60 + random.nextInt(340)));
            }
            if (random.nextDouble() < 0.55) {
                reintegration = upToToday((sheltered != null ? sheltered : decided).plusDays(30 + random.nextInt(150)));
            }
            if (random.nextDouble() < 0.88) {
                var last = on.plusMonths(3 + random.nextInt(16));
                for (var stage : new LocalDate[] {sheltered, protection, reintegration, decided}) {
                    if (stage != null && stage.isAfter(last)) {
                        last = stage.plusDays(14);
                    }
                }
                closed = upToToday(last);
            }
        }
        var typed = typed(person, spelling);
        var documents = person.document() != null && random.nextDouble() < 0.55 ? person.document() : "";
        return new CaseDraft(on, status, random.nextDouble() < 0.03 ? null : age, region[0], municipality, scope, forms,
                referred, decision, decided, sheltered, protection, court, reintegration, closed, services,
                random.nextDouble() < 0.7, pick(NOTES), typed[0], typed[1], typed[2] == null ? null
                        : LocalDate.parse(typed[2]), typed[3], typed[4], typed[5], documents);
    }

    private LocalDate upToToday(LocalDate date) {
        return date == null || date.isAfter(today) ? null : date;
    }

    // ---- spelling ----

    /** How an institution writes a person it identifies. */
    enum Spelling {
        /** In the person's own spelling, as their documents have it. */
        NATIVE,
        /** An Albanian name in Serbian Latin (Xhafa → Džafa), a Serbian one in Albanian (Jovanović → Jovanoviq). */
        OTHER_LATIN,
        /** In Cyrillic (Serbian or Macedonian). */
        CYRILLIC,
        /** Without diacritics (ë → e, ç → c, š → s). */
        ASCII,
        /** First name and surname swapped. */
        SWAPPED,
        /** A slip in the date of birth. */
        DATE_TYPO
    }

    private Spelling variant() {
        return Spelling.values()[1 + random.nextInt(Spelling.values().length - 1)];
    }

    /** First names, surnames, date of birth, place, father, mother as an institution types them. */
    private String[] typed(Person p, Spelling spelling) {
        var first = p.first();
        var surname = p.surname();
        var place = p.place();
        var father = p.father();
        var mother = p.mother();
        var born = p.born();
        switch (spelling) {
            case OTHER_LATIN -> {
                first = otherLatin(first, p.origin());
                surname = otherLatin(surname, p.origin());
                father = otherLatin(father, p.origin());
                mother = otherLatin(mother, p.origin());
            }
            case CYRILLIC -> {
                var latin = p.origin() == Origin.ALBANIAN || p.origin() == Origin.MOLDOVAN;
                first = cyrillic(latin ? otherLatin(first, p.origin()) : first);
                surname = cyrillic(latin ? otherLatin(surname, p.origin()) : surname);
                father = cyrillic(latin ? otherLatin(father, p.origin()) : father);
                mother = cyrillic(latin ? otherLatin(mother, p.origin()) : mother);
                place = "";
            }
            case ASCII -> {
                first = ascii(first);
                surname = ascii(surname);
                father = ascii(father);
                mother = ascii(mother);
                place = ascii(place);
            }
            case SWAPPED -> {
                var swap = first;
                first = surname;
                surname = swap;
            }
            case DATE_TYPO -> born = dateTypo(born);
            default -> {
            }
        }
        // what an institution often does not know or does not ask
        if (random.nextDouble() < 0.4) {
            father = "";
        }
        if (random.nextDouble() < 0.6) {
            mother = "";
        }
        if (random.nextDouble() < 0.3) {
            place = "";
        }
        var date = random.nextDouble() < 0.04 && spelling == Spelling.NATIVE ? null : born.toString();
        return new String[] {first, surname, date, place, father, mother};
    }

    /** Albanian spelling in Serbian Latin and back. */
    static String otherLatin(String name, Origin origin) {
        var text = name;
        if (origin == Origin.ALBANIAN) {
            text = text.replaceAll("ë(?=\\s|$)", "");
            String[][] rules = {{"Xh", "Dž"}, {"xh", "dž"}, {"Gj", "Đ"}, {"gj", "đ"}, {"Sh", "Š"}, {"sh", "š"},
                    {"Zh", "Ž"}, {"zh", "ž"}, {"Ç", "Č"}, {"ç", "č"}, {"Q", "Ć"}, {"q", "ć"}, {"Dh", "D"}, {"dh", "d"},
                    {"Th", "T"}, {"th", "t"}, {"ll", "l"}, {"rr", "r"}, {"Rr", "R"}, {"y", "i"}, {"Y", "I"},
                    {"ë", "e"}};
            for (var rule : rules) {
                text = text.replace(rule[0], rule[1]);
            }
            return text;
        }
        if (origin == Origin.SERBIAN || origin == Origin.MACEDONIAN) {
            String[][] rules = {{"Dž", "Xh"}, {"dž", "xh"}, {"Đ", "Gj"}, {"đ", "gj"}, {"Š", "Sh"}, {"š", "sh"},
                    {"Ž", "Zh"}, {"ž", "zh"}, {"Č", "Ç"}, {"č", "ç"}, {"Ć", "Q"}, {"ć", "q"}};
            for (var rule : rules) {
                text = text.replace(rule[0], rule[1]);
            }
            return text;
        }
        return text;
    }

    static String cyrillic(String latin) {
        String[][] pairs = {{"Dž", "Џ"}, {"dž", "џ"}, {"Lj", "Љ"}, {"lj", "љ"}, {"Nj", "Њ"}, {"nj", "њ"}, {"A", "А"},
                {"a", "а"}, {"B", "Б"}, {"b", "б"}, {"V", "В"}, {"v", "в"}, {"G", "Г"}, {"g", "г"}, {"D", "Д"},
                {"d", "д"}, {"Đ", "Ђ"}, {"đ", "ђ"}, {"E", "Е"}, {"e", "е"}, {"Ž", "Ж"}, {"ž", "ж"}, {"Z", "З"},
                {"z", "з"}, {"I", "И"}, {"i", "и"}, {"J", "Ј"}, {"j", "ј"}, {"K", "К"}, {"k", "к"}, {"L", "Л"},
                {"l", "л"}, {"M", "М"}, {"m", "м"}, {"N", "Н"}, {"n", "н"}, {"O", "О"}, {"o", "о"}, {"P", "П"},
                {"p", "п"}, {"R", "Р"}, {"r", "р"}, {"S", "С"}, {"s", "с"}, {"T", "Т"}, {"t", "т"}, {"Ć", "Ћ"},
                {"ć", "ћ"}, {"U", "У"}, {"u", "у"}, {"F", "Ф"}, {"f", "ф"}, {"H", "Х"}, {"h", "х"}, {"C", "Ц"},
                {"c", "ц"}, {"Č", "Ч"}, {"č", "ч"}, {"Š", "Ш"}, {"š", "ш"}};
        var text = latin;
        for (var pair : pairs) {
            text = text.replace(pair[0], pair[1]);
        }
        return text;
    }

    static String ascii(String text) {
        return java.text.Normalizer.normalize(text.replace("Đ", "Dj").replace("đ", "dj"),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** A slip in the date of birth: another day, the year next to it, or day and month swapped. */
    private LocalDate dateTypo(LocalDate born) {
        return switch (random.nextInt(3)) {
            case 0 -> born.withDayOfMonth(1 + (born.getDayOfMonth() + random.nextInt(27)) % 28);
            case 1 -> born.plusYears(random.nextBoolean() ? 1 : -1);
            default -> born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()
                    ? LocalDate.of(born.getYear(), born.getDayOfMonth(), Math.min(born.getMonthValue(), 28))
                    : born.withDayOfMonth(1 + (born.getDayOfMonth() + 3) % 28);
        };
    }

    private String pick(String[] names) {
        return names[random.nextInt(names.length)];
    }

    /** Common surnames are common: rank r is chosen in proportion to 1 / r. */
    private String common(String[] names) {
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

    /** Every name the plan types (first names, surnames, parents), for the test that none is stored in clear. */
    static Set<String> typedNames(List<Planned> plan) {
        var names = new LinkedHashSet<String>();
        for (var planned : plan) {
            var d = planned.draft();
            for (var name : new String[] {d.firstNames(), d.surnames(), d.father(), d.mother()}) {
                if (name != null && !name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        return names;
    }
}
