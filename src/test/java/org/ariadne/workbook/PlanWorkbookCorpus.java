package org.ariadne.workbook;

import java.util.List;
import java.util.function.Function;

import org.ariadne.workbook.CorpusWorkbook.Formula;

/**
 * Plans laid out the way the offices of the region write them (seed 002 section V.3, seed 004 section 2.5), in
 * English, Albanian, Serbian in Latin and Cyrillic script and Macedonian. Each is built with Apache POI; the
 * expected result of importing it is in {@code src/test/resources/workbook-corpus/<name>.properties}. Institution
 * names carry a suffix {@code s} so that every run has its own.
 */
final class PlanWorkbookCorpus {

    private PlanWorkbookCorpus() {
    }

    record Case(String name, Function<String, CorpusWorkbook> build) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(new Case("kosovo-matrix-en", PlanWorkbookCorpus::kosovoMatrix),
                new Case("albanian-sq", PlanWorkbookCorpus::albanian),
                new Case("serbian-cyrillic", PlanWorkbookCorpus::serbianCyrillic),
                new Case("montenegrin-latin", PlanWorkbookCorpus::montenegrinLatin),
                new Case("macedonian", PlanWorkbookCorpus::macedonian),
                new Case("four-levels-en", PlanWorkbookCorpus::fourLevels),
                new Case("two-row-header-en", PlanWorkbookCorpus::twoRowHeader),
                new Case("values-in-cells-en", PlanWorkbookCorpus::valuesInCells),
                new Case("moldova-like-en", PlanWorkbookCorpus::moldovaLike),
                new Case("large-400-activities", PlanWorkbookCorpus::large),
                new Case("values-people-write-sq", PlanWorkbookCorpus::valuesPeopleWrite),
                new Case("values-people-write-sr-cyrillic", PlanWorkbookCorpus::valuesPeopleWriteSerbian),
                new Case("own-areas-acronyms-en", PlanWorkbookCorpus::ownAreasAndAcronyms));
    }

    /** Cover sheet, title row, merged objective rows, numbers in their own column, totals and "Prepared by". */
    static CorpusWorkbook kosovoMatrix(String s) {
        var mia = "Ministry of Internal Affairs " + s;
        var police = "Kosovo Police " + s;
        var onatc = "ONATC " + s;
        var book = new CorpusWorkbook().known(mia, police, onatc)
                .sheet("Cover").row("Republic of Kosovo").row("Action Plan against Trafficking in Human Beings")
                .row("Office of the National Anti-Trafficking Coordinator")
                .sheet("Action plan")
                .mergedRow("ACTION PLAN 2015-2019 OF THE NATIONAL STRATEGY AGAINST TRAFFICKING IN HUMAN BEINGS", 7)
                .blank()
                .row("No.", "Activity", "Responsible institution", "Partners", "Timeline", "Indicators", "Budget (EUR)",
                        "Source of funding")
                .mergedRow("STRATEGIC OBJECTIVE 1: Advancement of the prevention of human trafficking", 7)
                .mergedRow("Specific objective 1.1: Awareness, education and information", 7)
                .row("1.1.1.", "Analysis of trafficking trends", mia, police + ", " + onatc, "2015-2016",
                        "Analysis published\nNumber of reports disseminated", 15000, "State budget")
                .row("1.1.2.", "Publication of a transnational research", onatc, null, "2016", "Research published",
                        "within regular budget")
                .row("1.1.3.", "Awareness campaigns in schools", "Ministry of Education and Science " + s,
                        "Municipalities " + s, "continuous",
                        "• Number of students reached\n• Number of schools visited\n• Share of pupils aware", 20000,
                        "UNICEF " + s)
                .mergedRow("STRATEGIC OBJECTIVE 2: Identification, protection and assistance of victims", 7)
                .mergedRow("Specific objective 2.1: Identification of victims", 7)
                .row("2.1.1.", "Training of police officers on identification", police, null, "2017-Q2",
                        "Officers trained", "10.000 EUR", "Donors")
                .row("Total", null, null, null, null, null, new Formula("SUM(G6:G11)"))
                .blank()
                .row("Prepared by: ONATC, March 2015");
        return book;
    }

    /** Instructions sheet first; Albanian headers; codes in the title cell; "dhe" between institutions. */
    static CorpusWorkbook albanian(String s) {
        var masht = "Ministria e Arsimit " + s;
        var police = "Policia e Kosovës " + s;
        var municipalities = "Komunat " + s;
        return new CorpusWorkbook().known(masht, police, municipalities)
                .sheet("Udhëzime").row("Si të plotësohet tabela").row("Shkruani një aktivitet për rresht")
                .sheet("Plani i veprimit")
                .mergedRow("PLANI I VEPRIMIT 2018–2020", 7)
                .row("Nr.", "Aktiviteti", "Institucioni përgjegjës", "Partnerët", "Afati", "Treguesit", "Buxheti",
                        "Burimi i financimit")
                .mergedRow("Objektivi strategjik 1: Parandalimi i trafikimit", 7)
                .mergedRow("Objektivi specifik 1.1: Ndërgjegjësimi i publikut", 7)
                .row(null, "A1.1.1 Fushatë informuese në shkolla", masht, police + " dhe " + municipalities, "2018",
                        "Numri i nxënësve të informuar; Numri i shkollave", 12000, "Buxheti i Kosovës")
                .row(null, "A1.1.2 Trajnim i mësuesve", masht, null, "2019", "Mësues të trajnuar", "pa kosto shtesë")
                .mergedRow("Objektivi specifik 1.2: Mbrojtja e fëmijëve", 7)
                .row(null, "A1.2.1 Strehim për viktimat", "Ministria e Punës dhe Mirëqenies Sociale " + s, null,
                        "2018-2020", "Numri i viktimave të strehuara", 30000, "Donatorët")
                .row("Gjithsej", null, null, null, null, null, new Formula("SUM(G5:G8)"))
                .row("Përgatiti: Zyra e Koordinatorit Kombëtar");
    }

    /** Serbian in Cyrillic: "Посебни циљ", "Мера", "1) 2)" indicators, dinars, a note under the table. */
    static CorpusWorkbook serbianCyrillic(String s) {
        var mup = "Министарство унутрашњих послова " + s;
        var centre = "Центар за заштиту жртава трговине људима " + s;
        var education = "Министарство просвете " + s;
        return new CorpusWorkbook().known(mup, centre, education)
                .sheet("Насловна").row("Република Србија").row("Акциони план")
                .sheet("Акциони план")
                .mergedRow("АКЦИОНИ ПЛАН ЗА 2017–2018. ГОДИНУ", 7)
                .row("Бр.", "Активност", "Носилац", "Партнери", "Рок", "Показатељи", "Процењени трошкови (РСД)",
                        "Извор финансирања")
                .mergedRow("Посебни циљ 1: Унапређење превенције", 7)
                .mergedRow("Мера 1.1: Подизање свести јавности", 7)
                .row("1.1.1.", "Кампања у медијима", mup, centre, "2017",
                        "1) Број емитованих спотова 2) Број људи обухваћених кампањом", "500.000 дин.",
                        "Буџет Републике Србије")
                .row("1.1.2.", "Обука наставника", education, null, "2018", "Број обучених наставника",
                        "у оквиру редовних средстава")
                .row("Укупно", null, null, null, null, null, 500000)
                .blank()
                .row("Напомена: Трошкови су процењени.");
    }

    /** Serbian/Montenegrin in Latin script: activities numbered 1, 2, 3 under each measure, "i" between names. */
    static CorpusWorkbook montenegrinLatin(String s) {
        var police = "Uprava policije " + s;
        var prosecution = "Vrhovno državno tužilaštvo " + s;
        var training = "Centar za obuku u sudstvu " + s;
        var court = "Vrhovni sud " + s;
        return new CorpusWorkbook().known(police, prosecution, training, court)
                .sheet("Akcioni plan")
                .mergedRow("Akcioni plan za 2020. godinu", 7)
                .row("R.br.", "Aktivnost", "Nosilac", "Partneri", "Rok", "Pokazatelji", "Budžet", "Izvor finansiranja")
                .mergedRow("Opšti cilj 1: Prevencija trgovine ljudima", 7)
                .mergedRow("Poseban cilj 1.1: Informisanje javnosti", 7)
                .row("1", "Kampanja na televiziji", police + " i " + prosecution, null, "2020",
                        "Broj emitovanih spotova\nBroj posjeta sajtu", "15.000 €", "Budžet Crne Gore")
                .row("2", "Obuka sudija", training, court, "2020-Q3", "Broj obučenih sudija", "n/a")
                .row("3", "Analiza sudske prakse", court, null, "2020", "Analiza objavljena", "TBD", "Donatori")
                .row("UKUPNO", null, null, null, null, null, new Formula("SUM(G5:G7)"));
    }

    /** Macedonian: "Стратешка цел", "Посебна цел", budget in thousand denars, "а) б)" indicators. */
    static CorpusWorkbook macedonian(String s) {
        var ministry = "Министерство за труд и социјална политика " + s;
        var commission = "Национална комисија " + s;
        return new CorpusWorkbook().known(ministry, commission)
                .sheet("Акциски план")
                .mergedRow("Национален акциски план 2021-2023", 7)
                .row("Бр.", "Активност", "Носител", "Партнери", "Рок", "Индикатори", "Буџет (илјади МКД)",
                        "Извор на финансирање")
                .mergedRow("Стратешка цел 1: Превенција", 7)
                .mergedRow("Посебна цел 1.1: Едукација", 7)
                .row("1.1.1", "Обуки за социјални работници", ministry, commission, "2021", "Број на обучени работници",
                        250, "Буџет на Република Северна Македонија")
                .row("1.1.2", "Кампања", commission, null, "2022-2023", "а) Број на емитувања б) Број на посетители",
                        "нема дополнителни трошоци")
                .row("Вкупно", null, null, null, null, null, new Formula("SUM(G5:G6)"));
    }

    /** Section, area, objective, activity: "I. GENERAL MEASURES", numbers 1.1 / 1.1.1 / 1.1.1.1. */
    static CorpusWorkbook fourLevels(String s) {
        var justice = "Ministry of Justice " + s;
        var prosecutors = "Prosecutor's Office " + s;
        var police = "State Police " + s;
        return new CorpusWorkbook().known(justice, prosecutors, police)
                .sheet("Plan")
                .row("No.", "Measure", "Holder", "Deadline", "Indicator", "Costs", "Source of funding")
                .mergedRow("I. GENERAL MEASURES", 6)
                .row("1.1", "Legal framework")
                .row("1.1.1", "Harmonise legislation with the Palermo Protocol")
                .row("1.1.1.1", "Draft amendments to the Criminal Code", justice, "2019", "Amendments adopted", 5000,
                        "State budget")
                .row("1.1.1.2", "Train prosecutors", prosecutors, "2020", "Prosecutors trained", "no additional cost")
                .mergedRow("II. PROTECTION OF VICTIMS", 6)
                .row("2.1", "Support services")
                .row("2.1.1", "Identify victims early")
                .row("2.1.1.1", "Set up mobile identification teams", police, "2019-2021",
                        "Teams operating\nVictims identified", 40000, "EU IPA " + s)
                .mergedRow("Source: Government decision of 12 May 2019", 6);
    }

    /** A costs header merged over one column per funding source, a timeline header over one column per year. */
    static CorpusWorkbook twoRowHeader(String s) {
        var lead = "Ministry of Social Welfare " + s;
        var book = new CorpusWorkbook().known(lead).sheet("Plan")
                .row("Code", "Title", "Indicator", "Budget (EUR)", null, null, "Timeline", null, null, "Lead institution")
                .row(null, null, null, "State budget", "Donors", "Municipality", "2016", "2017", "2018", null)
                .merge(0, 0, 3, 5).merge(0, 0, 6, 8)
                .merge(0, 1, 0, 0).merge(0, 1, 1, 1).merge(0, 1, 2, 2).merge(0, 1, 9, 9)
                .row("SO 1", "Prevention", "Awareness rate")
                .row("SO 1.1", "Awareness raising")
                .row("A1.1.1", "School campaign", "Students reached", 1000, 2000, null, "x", "x", null, lead)
                .row("A1.1.2", "TV spots", "Spots broadcast", 500, null, 300, null, null, "X", lead)
                .row("Total", null, null, new Formula("SUM(D5:D6)"), new Formula("SUM(E5:E6)"),
                        new Formula("SUM(F5:F6)"));
        return book;
    }

    /** The documented layout, with the values people write: lists in cells, currencies, "n/a", "—". */
    static CorpusWorkbook valuesInCells(String s) {
        var labour = "Ministry of Labour " + s;
        var shelter = "Shelter NGO " + s;
        var police = "Police " + s;
        var prosecution = "Prosecution " + s;
        return new CorpusWorkbook().known(labour, shelter, police, prosecution)
                .sheet("Instructions").row("Code").row("Title").row("Indicator")
                .sheet("Plan")
                .row("Code", "Title", "Indicator", "Baseline", "Target", "Lead institution", "Supporting institutions",
                        "Start", "End", "Budget", "Funding source", "Status")
                .row("SO 1", "Protection")
                .row("SO 1.1", "Assistance")
                .row("A1.1.1", "Shelter support", "a) Victims sheltered b) Victims reintegrated", 10, 40,
                        labour + " / " + shelter, police + "\n" + prosecution, "2016", "2018", "€ 15.000",
                        "State budget", "ongoing")
                .row(null, null, null, null, null, null, null, null, null, "ALL 1.200.000", "Donor fund " + s)
                .row("A1.1.2", "Hotline", "- Calls received\n- Calls referred", null, null, police, null, "2016", "2019",
                        "n/a", null, "not started")
                .row("A1.1.3", "Legal aid", "Cases assisted", null, null,
                        "Legal Aid Office of Kosovo and Prishtina " + s, null, "2017", "2017", "—");
    }

    /** Words of the Moldovan plan: "Actions", "Costs (thousand MDL)", "Financing"; a totals sheet after it. */
    static CorpusWorkbook moldovaLike(String s) {
        var mia = "Ministry of Internal Affairs " + s;
        var iom = "IOM " + s;
        var strada = "La Strada " + s;
        return new CorpusWorkbook().known(mia, iom, strada)
                .sheet("Action Plan")
                .mergedRow("National Action Plan for 2018–2020", 7)
                .mergedRow("approved by Government Decision no. 461", 7)
                .row("Nr.", "Actions", "Responsible institutions", "Partners", "Deadline", "Performance indicators",
                        "Costs (thousand MDL)", "Financing")
                .mergedRow("General objective 1. Preventing trafficking in human beings", 7)
                .mergedRow("Specific objective 1.1 Informing the population", 7)
                .row("1.1.1", "Information campaign", mia, iom + "; " + strada, "2018-2019", "Number of people informed",
                        "150,5", "Budget of the institution")
                .row("1.1.2", "Hotline", strada, null, "2020", "Calls received", "within existing resources")
                .row("Total", null, null, null, null, null, new Formula("SUM(G6:G7)"))
                .sheet("Totals").row("Source", "Total").row("State budget", 150.5);
    }

    /**
     * Values as an Albanian office writes them: "60%" and "Po"/"Jo" as targets (the indicator type comes from
     * them), "mujore, 2018-2020" in the deadline (a frequency and a period), amounts in lek with the currency in
     * the header and in the cell, "pa kosto shtesë", the state budget in Albanian; no years in the title, so the
     * plan period comes from the deadlines.
     */
    static CorpusWorkbook valuesPeopleWrite(String s) {
        var interior = "Ministria e Brendshme " + s;
        var police = "Policia e Shtetit " + s;
        return new CorpusWorkbook().known(interior, police)
                .sheet("Plani")
                .mergedRow("Plani i Veprimit kundër trafikimit të personave", 8)
                .row("Nr.", "Aktiviteti", "Institucioni përgjegjës", "Afati", "Treguesi", "Vlera bazë", "Synimi",
                        "Buxheti (ALL)", "Burimi i financimit")
                .mergedRow("Objektivi strategjik 1: Parandalimi i trafikimit", 8)
                .mergedRow("Objektivi specifik 1.1: Ndërgjegjësimi i nxënësve", 8)
                .row("1.1.1.", "Fushata në shkolla", interior, "mujore, 2018-2020", "Nxënës të informuar", "20%", "60%",
                        "1.200.000 lekë", "Buxheti i shtetit")
                .row("1.1.2.", "Miratimi i protokollit të referimit", interior, "2019", "Protokolli i miratuar", "Jo",
                        "Po", "pa kosto shtesë", "Buxheti i shtetit")
                .row("1.1.3.", "Trajnimi i policisë", police, "2020", "Policë të trajnuar", 0, 200, "500.000 ALL",
                        "Donatorët");
    }

    /**
     * The same values as a Serbian office writes them in Cyrillic: "да"/"не" and "60%" as targets, "месечно,
     * 2017-2019" in the deadline, "РСД 300.000" and "1.200.000 дин." with "Средства (РСД)" in the header, the state
     * budget of the Republic, "без додатних трошкова"; no years in the title.
     */
    static CorpusWorkbook valuesPeopleWriteSerbian(String s) {
        var ministry = "Министарство унутрашњих послова " + s;
        var police = "Управа полиције " + s;
        return new CorpusWorkbook().known(ministry, police)
                .sheet("План")
                .mergedRow("Акциони план за борбу против трговине људима", 8)
                .row("Бр.", "Активност", "Носилац", "Рок", "Показатељ", "Почетна вредност", "Циљна вредност",
                        "Средства (РСД)", "Извор финансирања")
                .mergedRow("Општи циљ 1: Превенција трговине људима", 8)
                .mergedRow("Посебни циљ 1.1: Информисање ученика", 8)
                .row("1.1.1.", "Кампања у школама", ministry, "месечно, 2017-2019", "Удео информисаних ученика", "20%",
                        "60%", "РСД 300.000", "Буџет Републике Србије")
                .row("1.1.2.", "Усвајање протокола", ministry, "2018", "Протокол усвојен", "не", "да",
                        "без додатних трошкова", "Буџет Републике Србије")
                .row("1.1.3.", "Обука полиције", police, "2019", "Број обучених полицајаца", 0, 150, "1.200.000 дин.",
                        "Донатори");
    }

    /** 4 objectives x 5 measures x 20 activities, as a whole national plan is. */
    static CorpusWorkbook large(String s) {
        var leads = List.of("Ministry of Interior " + s, "Ministry of Justice " + s, "Ministry of Health " + s,
                "Ministry of Education " + s, "Labour Inspectorate " + s);
        var book = new CorpusWorkbook().known(leads.toArray(String[]::new)).sheet("Plan")
                .mergedRow("Action plan 2019-2022", 6)
                .row("No.", "Activity", "Responsible institution", "Timeline", "Indicators", "Budget (EUR)",
                        "Source of funding");
        var pillars = List.of("Prevention", "Protection of victims", "Prosecution of traffickers",
                "Partnership and coordination");
        for (int k = 1; k <= 4; k++) {
            book.mergedRow("Strategic objective " + k + ": " + pillars.get(k - 1), 6);
            for (int m = 1; m <= 5; m++) {
                book.mergedRow("Specific objective " + k + "." + m + ": Measure " + k + "." + m, 6);
                for (int n = 1; n <= 20; n++) {
                    var number = k + "." + m + "." + n;
                    book.row(number + ".", "Activity " + number, leads.get((k + m + n) % leads.size()), "2019-2022",
                            "Indicator " + number, 1000, "State budget");
                }
            }
        }
        return book;
    }

    /**
     * A plan with its own pillars in an area column (seed 004 section 2.5: "identification and referral", "support
     * systems", "child protection") and institutions written as people write them: by acronym in English and
     * Albanian (MLSW, MPMS, KP) and by the ministry's Serbian name in Cyrillic.
     */
    static CorpusWorkbook ownAreasAndAcronyms(String s) {
        var labour = "Ministry of Labour and Social Welfare " + s;
        var police = "Kosovo Police " + s;
        return new CorpusWorkbook()
                .knownAs(labour, "MLSW, MPMS", "Министарство рада и социјалне заштите " + s)
                .knownAs(police, "KP, PK", null)
                .sheet("Plan")
                .mergedRow("Action plan 2021-2023", 8)
                .row("Code", "Title", "Pillar", "Lead institution", "Supporting institutions", "Indicator", "Budget",
                        "Source of funding")
                .row("SO 1", "Victims identified early", "Identification and referral", null, null,
                        "Victims identified")
                .row("SO 1.1", "Screening at the borders")
                .row("A1.1.1", "Screen migrants for signs of trafficking", null, "KP", "MPMS", "Migrants screened", 12000,
                        "State budget")
                .row("SO 2", "Services for every victim", "Support systems")
                .row("SO 2.1", "Shelters")
                .row("A2.1.1", "Run the state shelter", null, "Министарство рада и социјалне заштите " + s, null,
                        "Victims sheltered", 30000, "State budget")
                .row("SO 3", "Children protected", "Child protection")
                .row("SO 3.1", "Schools")
                .row("A3.1.1", "Train school psychologists", null, "MLSW", "PK", "Psychologists trained", 5000,
                        "State budget")
                .row("SO 4", "Fewer people at risk", "Prevention")
                .row("SO 4.1", "Awareness")
                .row("A4.1.1", "Campaign in the media", null, "mpms", null, "Spots broadcast", 8000, "State budget");
    }
}
