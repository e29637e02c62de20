package org.ariadne.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.ariadne.common.text.NameKey;
import org.ariadne.common.web.LanguageProperties;
import org.ariadne.plan.Aggregation;
import org.ariadne.plan.Direction;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.Frequency;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.IndicatorType;
import org.ariadne.plan.ResultLevel;
import org.ariadne.plan.ThematicArea;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words a workbook may use for headers and choices, in every language the application speaks, plus the
 * synonyms real plans use ("4P: Partnership", "semi-annual", "1" for monthly as in the seed 002 matrix).
 * Matching ignores case, accents and script, so "Parandalimi", "PARANDALIMI" and "Превенција" all work.
 */
@Component
class Vocabulary {

    private final MessageSource messages;
    /** The installation's currency: amounts that name no other are in it, and are stored without a currency. */
    private final String currency;
    private final List<Locale> locales;
    private final Map<String, WorkbookColumn> headers = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> choices = new HashMap<>();

    Vocabulary(MessageSource messages, LanguageProperties languages,
            @org.springframework.beans.factory.annotation.Value("${ariadne.currency:EUR}") String currency) {
        this.messages = messages;
        this.currency = currency.strip().toUpperCase(Locale.ROOT);
        this.locales = languages.locales();
        for (var column : WorkbookColumn.values()) {
            if (column == WorkbookColumn.YEAR_TARGET) {
                continue;
            }
            headers.putIfAbsent(NameKey.of(column.english()), column);
            for (var locale : locales) {
                headers.putIfAbsent(NameKey.of(label(column.messageKey(), locale)), column);
            }
        }
        HEADER_WORDS.forEach((column, words) -> {
            for (var word : words.split("\\|")) {
                headers.putIfAbsent(NameKey.of(word), column);
            }
        });
        register(ThematicArea.class, ThematicArea.values(), ThematicArea::messageKey, Map.of(
                "prevention of trafficking", ThematicArea.PREVENTION, "partnerships", ThematicArea.PARTNERSHIP,
                "cooperation", ThematicArea.PARTNERSHIP, "coordination", ThematicArea.PARTNERSHIP,
                "victim protection", ThematicArea.PROTECTION, "investigation and prosecution", ThematicArea.PROSECUTION,
                "legal framework", ThematicArea.SUPPORTING_FRAMEWORK, "child", ThematicArea.CHILDREN));
        register(ResultLevel.class, ResultLevel.values(), ResultLevel::messageKey, Map.of(
                "inputs", ResultLevel.INPUT, "activities", ResultLevel.ACTIVITY, "outputs", ResultLevel.OUTPUT,
                "outcomes", ResultLevel.OUTCOME, "impacts", ResultLevel.IMPACT, "process", ResultLevel.ACTIVITY));
        register(IndicatorType.class, IndicatorType.values(), IndicatorType::messageKey, Map.of(
                "number", IndicatorType.NUMBER, "count", IndicatorType.NUMBER, "numeric", IndicatorType.NUMBER,
                "percent", IndicatorType.PERCENTAGE, "%", IndicatorType.PERCENTAGE, "yes no", IndicatorType.YES_NO,
                "yes/no", IndicatorType.YES_NO, "binary", IndicatorType.YES_NO, "rating", IndicatorType.SCALE));
        register(Direction.class, Direction.values(), Direction::messageKey, Map.of(
                "up", Direction.INCREASE, "higher is better", Direction.INCREASE, "down", Direction.DECREASE,
                "lower is better", Direction.DECREASE, "reduce", Direction.DECREASE, "keep", Direction.MAINTAIN,
                "stable", Direction.MAINTAIN));
        var frequencySynonyms = new HashMap<String, Enum<?>>();
        frequencySynonyms.putAll(Map.of("1", Frequency.MONTHLY, "2", Frequency.BI_MONTHLY, "3", Frequency.QUARTERLY,
                "4", Frequency.HALF_YEARLY, "5", Frequency.YEARLY, "month", Frequency.MONTHLY,
                "every two months", Frequency.BI_MONTHLY, "quarter", Frequency.QUARTERLY,
                "semi annual", Frequency.HALF_YEARLY, "half year", Frequency.HALF_YEARLY));
        frequencySynonyms.putAll(Map.of("half yearly", Frequency.HALF_YEARLY, "biannual", Frequency.HALF_YEARLY,
                "annual", Frequency.YEARLY, "annually", Frequency.YEARLY, "year", Frequency.YEARLY,
                "bimonthly", Frequency.BI_MONTHLY, "bi monthly", Frequency.BI_MONTHLY, "6 monthly", Frequency.HALF_YEARLY));
        // Serbian, Montenegrin and Macedonian words (Cyrillic arrives folded to Latin: "месечно" is "mesecno")
        frequencySynonyms.putAll(Map.of("mesecno", Frequency.MONTHLY, "mjesecno", Frequency.MONTHLY,
                "dvomesecno", Frequency.BI_MONTHLY, "tromesecno", Frequency.QUARTERLY, "kvartalno", Frequency.QUARTERLY,
                "tromjesecno", Frequency.QUARTERLY, "polugodisnje", Frequency.HALF_YEARLY,
                "polugodisno", Frequency.HALF_YEARLY, "godisnje", Frequency.YEARLY, "godisno", Frequency.YEARLY));
        frequencySynonyms.putAll(Map.of("monthly", Frequency.MONTHLY, "quarterly", Frequency.QUARTERLY,
                "yearly", Frequency.YEARLY, "lunar", Frequency.MONTHLY, "trimestrial", Frequency.QUARTERLY,
                "semestrial", Frequency.HALF_YEARLY, "anual", Frequency.YEARLY));
        register(Frequency.class, Frequency.values(), Frequency::messageKey, frequencySynonyms);
        register(Aggregation.class, Aggregation.values(), Aggregation::messageKey, Map.of(
                "total", Aggregation.SUM, "add up", Aggregation.SUM, "cumulative", Aggregation.SUM, "latest", Aggregation.LAST,
                "last value", Aggregation.LAST, "level", Aggregation.LAST, "mean", Aggregation.AVERAGE));
        register(Disaggregation.class, Disaggregation.values(), Disaggregation::messageKey, Map.of(
                "gender", Disaggregation.SEX, "age", Disaggregation.AGE_GROUP, "nationality", Disaggregation.CITIZENSHIP,
                "type of exploitation", Disaggregation.FORM_OF_EXPLOITATION, "exploitation", Disaggregation.FORM_OF_EXPLOITATION,
                "municipality", Disaggregation.REGION, "location", Disaggregation.REGION));
        register(FundingSourceKind.class, FundingSourceKind.values(), FundingSourceKind::messageKey, Map.of(
                "state", FundingSourceKind.STATE_BUDGET, "government", FundingSourceKind.STATE_BUDGET,
                "government budget", FundingSourceKind.STATE_BUDGET, "budget", FundingSourceKind.STATE_BUDGET,
                "municipal budget", FundingSourceKind.MUNICIPALITY, "donor", FundingSourceKind.DONOR));
    }

    private <E extends Enum<E>> void register(Class<E> type, E[] values, Function<E, String> key,
            Map<String, ? extends Enum<?>> synonyms) {
        var map = new HashMap<String, Enum<?>>();
        for (var value : values) {
            map.putIfAbsent(NameKey.of(value.name().replace('_', ' ')), value);
            for (var locale : locales) {
                map.putIfAbsent(NameKey.of(label(key.apply(value), locale)), value);
            }
        }
        synonyms.forEach((word, value) -> map.putIfAbsent(NameKey.of(word), value));
        choices.put(type, map);
    }

    /**
     * The column a header names. Besides the labels of every language, the words the plans of the region use
     * (seed 004, section 2.5) in English, Albanian, Serbian in both scripts and Macedonian: "No.", "Бр.", "Measure",
     * "Носилац", "Afati", "Buxheti (EUR)". A remark in brackets ("Budget (EUR)", "Indicators (output)") and a
     * leading number ("3. Activity") do not count.
     */
    Optional<WorkbookColumn> header(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var stripped = text.strip();
        if (stripped.equals("#") || stripped.equals("№") || stripped.equals("No") || stripped.equals("Nr")) {
            return Optional.of(WorkbookColumn.CODE);
        }
        var key = NameKey.of(text);
        var found = headers.get(key);
        if (found == null) {
            found = headers.get(NameKey.of(text.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ")));
        }
        if (found == null) {
            found = headers.get(key.replaceFirst("^\\d+ ", ""));
        }
        return Optional.ofNullable(found);
    }

    /** Header words of the region's plans, by column; NameKey folds case, accents, punctuation and script. */
    private static final Map<WorkbookColumn, String> HEADER_WORDS = Map.ofEntries(
            Map.entry(WorkbookColumn.CODE, "No.|Nr.|Nr|Br.|Бр.|Број|Broj|R.br.|Р.бр.|Ред. бр.|Реден број|Redni broj|"
                    // "Rb." is how Serbian and Bosnian tables abbreviate "redni broj" (Р.б. in Cyrillic)
                    + "Rb.|Rb|Рб.|R.b.|Р.б.|Red. broj|Р. бр.|Nr. rend.|Nr. i rendit|"
                    + "Nr. rendor|Numri|Number|Code|Kodi|Šifra|Шифра|Ref|Ref.|Reference|Ознака|Oznaka|Kod"),
            Map.entry(WorkbookColumn.TITLE, "Activity|Activities|Measure|Measures|Action|Actions|Title|Aktiviteti|"
                    + "Aktivitetet|Masa|Masat|Veprimi|Veprimet|Titulli|Aktivnost|Aktivnosti|Активност|Активности|Мера|"
                    + "Мере|Mera|Mere|Mjera|Mjere|Мерка|Мерки|Активност/мерка|Naziv|Назив|Activity description|"
                    + "Description of activity|Objective / Activity|Objectives and activities|Result / Activity|"
                    + "Aktiviteti / Masa|Planned activities|Planned activity|Aktivitetet e planifikuara|"
                    + "Planirane aktivnosti|Планиране активности|Планирани активности"),
            Map.entry(WorkbookColumn.LEAD_INSTITUTION, "Responsible institution|Responsible institutions|Responsible|"
                    + "Responsibility|Responsible body|Responsible authority|Holder|Holders|Lead|Lead agency|"
                    + "Implementing institution|Implementing agency|Implementer|Institucioni përgjegjës|"
                    + "Institucionet përgjegjëse|Përgjegjës|Përgjegjësi|Bartësi|Bartës|Institucioni bartës|"
                    + "Institucioni udhëheqës|Nosilac|Nosioci|Носилац|Носиоци|Nosilac aktivnosti|Носилац активности|"
                    + "Odgovorna institucija|Одговорна институција|Nadležna institucija|Надлежна институција|"
                    + "Nadležni organ|Надлежни орган|Nosioc|Носител|Носители|Одговорна институција/носител|"
                    + "Odgovorni|Одговорни|Institucija|Институција|Nositelj|Nositelji"),
            Map.entry(WorkbookColumn.SUPPORTING_INSTITUTIONS, "Partners|Partner|Partner institutions|Partner "
                    + "institution|Supporting institutions|Other institutions|Co-implementers|Partnerët|Partnerë|"
                    + "Institucionet mbështetëse|Institucionet partnere|Partneri|Партнери|Partnerske institucije|"
                    + "Партнерске институције|Učesnici|Учесници|Sunosioci|Суносиоци|Saradnici|Сарадници|"
                    + "Партнери/соработници|Соработници|Вклучени институции|Учесници во реализација|"
                    + "Supporting|Involved institutions|Other stakeholders"),
            Map.entry(WorkbookColumn.START, "Timeline|Timeframe|Time frame|Deadline|Deadlines|Period|Implementation "
                    + "period|Duration|Time|Time of implementation|Afati|Afati kohor|Afatet|Koha|Periudha|"
                    + "Kohëzgjatja|Rok|Рок|Rokovi|Рокови|Rok izvršenja|Рок извршења|Rok za realizaciju|"
                    + "Рок за реализацију|Рок за реализација|Vremenski okvir|Временски оквир|Временска рамка|"
                    + "Vreme|Време|Period realizacije|Период реализације|Период на реализација|Динамика|Dinamika|"
                    + "Implementation timeline|Start date|Od|From|Fillimi|Početak|Почетак|Почеток"),
            Map.entry(WorkbookColumn.END, "End date|Do|To|Mbarimi|Përfundimi|Završetak|Завршетак|Крај|Kraj"),
            Map.entry(WorkbookColumn.INDICATOR, "Indicators|Indicator of achievement|Indicators of achievement|"
                    + "Performance indicator|Performance indicators|Objectively verifiable indicators|"
                    + "Success indicators|Treguesi|Treguesit|Tregues|Treguesit e suksesit|Treguesi i performancës|"
                    + "Indikatori|Indikatorët|Indikator|Indikatori uspeha|Indikatori uspjeha|Pokazatelj|Pokazatelji|"
                    + "Показатељ|Показатељи|Индикатор|Индикатори|Показател|Показатели|Индикатори за успех|"
                    + "Pokazatelji uspeha|Показатељи успеха|Indikatori učinka"),
            Map.entry(WorkbookColumn.BUDGET, "Budget|Costs|Cost|Estimated cost|Estimated costs|Estimated budget|"
                    + "Total cost|Amount|Financial resources|Resources|Funds|Required funds|Buxheti|Kostoja|Kosto|"
                    + "Kostoja e vlerësuar|Kostot|Mjetet financiare|Mjetet|Shuma|Troškovi|Трошкови|Budžet|Буџет|"
                    + "Процењени трошкови|Procenjeni troškovi|Procjena troškova|Iznos|Износ|Sredstva|Средства|"
                    + "Potrebna sredstva|Потребна средства|Финансиски средства|Финансиски импликации|"
                    + "Finansijska sredstva|Финансијска средства|Потребни средства|Буџет (во денари)"),
            Map.entry(WorkbookColumn.FUNDING_SOURCE, "Source of funding|Sources of funding|Funding source|Funding "
                    + "sources|Source of financing|Financing|Funded by|Funding|Source|Burimi i financimit|"
                    + "Burimet e financimit|Burimi i fondeve|Burimi|Izvor finansiranja|Izvori finansiranja|"
                    + "Извор финансирања|Извори финансирања|Izvor sredstava|Извор средстава|Извор на финансирање|"
                    + "Извори на финансирање|Izvor financiranja|Izvori financiranja"),
            Map.entry(WorkbookColumn.EXPECTED_RESULT, "Expected result|Expected results|Expected outcome|Expected "
                    + "outcomes|Expected output|Result|Results|Rezultati i pritur|Rezultatet e pritura|Rezultati|"
                    + "Očekivani rezultat|Očekivani rezultati|Очекивани резултат|Очекивани резултати|"
                    + "Очекуван резултат|Очекувани резултати|Rezultat|Резултат|Резултати"),
            Map.entry(WorkbookColumn.MEANS_OF_VERIFICATION, "Means of verification|Source of verification|"
                    + "Sources of verification|Verification|Burimi i verifikimit|Burimet e verifikimit|Mjetet e "
                    + "verifikimit|Izvor verifikacije|Izvori verifikacije|Извор верификације|Извори верификације|"
                    + "Средства за верификација|Начин на верификација|Извор на верификација|Izvor provere|"
                    + "Извор провере|Način provere|Начин провере"),
            Map.entry(WorkbookColumn.BASELINE, "Baseline value|Baseline data|Initial value|Starting point|"
                    + "Vlera bazë|Vlera fillestare|Gjendja fillestare|Početna vrednost|Почетна вредност|"
                    + "Polazna vrednost|Полазна вредност|Početno stanje|Почетно стање|Почетна состојба|"
                    + "Почетна вредност/состојба|Polazno stanje|Полазно стање"),
            Map.entry(WorkbookColumn.TARGET, "Target value|Targets|Vlera e synuar|Synimi|Caku|Ciljna vrednost|"
                    + "Циљна вредност|Ciljana vrednost|Циљана вредност|Целна вредност|Цел вредност"),
            Map.entry(WorkbookColumn.THEMATIC_AREA, "Area|Thematic area|Pillar|Strategic area|Fusha|Fusha tematike|"
                    + "Shtylla|Oblast|Област|Stub|Stubovi|Столб|Подрачје|Tematska oblast|Тематска област"),
            Map.entry(WorkbookColumn.RISKS, "Risk|Risks and assumptions|Rreziqet|Rreziku|Rizici|Rizik|Ризици|Ризик"),
            Map.entry(WorkbookColumn.FREQUENCY, "Frequency of data collection|Frequency of reporting|Frekuenca|"
                    + "Frekuenca e raportimit|Učestalost|Учесталост|Фреквенција|Dinamika izveštavanja"),
            Map.entry(WorkbookColumn.UNIT, "Unit of measure|Measurement unit|Njësia|Njësia matëse|Jedinica mere|"
                    + "Јединица мере|Единица мерка"),
            Map.entry(WorkbookColumn.DESCRIPTION, "Description|Përshkrimi|Opis|Опис"),
            Map.entry(WorkbookColumn.CURRENCY, "Currency|Monedha|Valuta|Валута|Moneda|Valuta budžeta"),
            Map.entry(WorkbookColumn.RESPONSIBLE_PERSON, "Responsible person|Contact person|Personi përgjegjës|"
                    + "Odgovorno lice|Одговорно лице"));

    /** The installation's currency (ariadne.currency, EUR unless configured). */
    String defaultCurrency() {
        return currency;
    }

    /** "Target 2016" (in any language) is the yearly target for 2016. */
    Optional<Integer> yearTargetHeader(String text) {
        var key = NameKey.of(text);
        var matcher = java.util.regex.Pattern.compile("^(.*\\D)\\s*((?:19|20|21)\\d\\d)$").matcher(key);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var column = headers.get(matcher.group(1).strip());
        return column == WorkbookColumn.TARGET ? Optional.of(Integer.valueOf(matcher.group(2))) : Optional.empty();
    }

    <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        var key = NameKey.of(text);
        var value = choices.getOrDefault(type, Map.of()).get(key);
        if (value == null && key.matches("\\d+ .*")) {
            // "1. Monthly" as the seed numbers its choices
            value = choices.getOrDefault(type, Map.of()).get(key.replaceFirst("^\\d+ ", ""));
        }
        return Optional.ofNullable(type.cast(value));
    }

    /**
     * Several choices in one cell. Labels may themselves hold separators ("Age group (under 18 / 18 and over)"), so
     * the cell is split on ; and line breaks only, and a part is split further on , and / only when it is not a
     * label itself and every piece of it is one. Parts that are no choice at all are added to {@code unknown}.
     */
    <E extends Enum<E>> List<E> choices(Class<E> type, String text, List<String> unknown) {
        var found = new java.util.ArrayList<E>();
        var whole = choice(type, text);
        if (whole.isPresent()) {
            return List.of(whole.get());
        }
        for (var part : text.split("[;\\n\\r]+")) {
            if (part.isBlank()) {
                continue;
            }
            var value = choice(type, part).or(() -> choice(type, part.replaceAll("\\(.*\\)", " ")));
            if (value.isPresent()) {
                found.add(value.get());
                continue;
            }
            var pieces = java.util.Arrays.stream(part.split("[,/]")).filter(piece -> !piece.isBlank())
                    .map(piece -> choice(type, piece)).toList();
            if (!pieces.isEmpty() && pieces.stream().allMatch(Optional::isPresent)) {
                pieces.forEach(piece -> found.add(piece.get()));
            } else {
                unknown.add(part.strip());
            }
        }
        return found;
    }

    String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
