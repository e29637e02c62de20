package org.ariadne.common.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the periods that action plans write in their "Timeframe", "Start" and "End" columns, in
 * English, Albanian, Serbian (Latin or Cyrillic) and Macedonian.
 *
 * <p>Every period is a closed range of days. Accepted forms (after folding to lower-case Latin,
 * see {@link NameKey}):
 * <ul>
 *   <li>a day: {@code 2016-04-01}, {@code 2016/04/01}, {@code 01.04.2016}, {@code 1.4.2016.},
 *       {@code 01/04/2016}, {@code 1 April 2016}, {@code 1. april 2016}, {@code April 1, 2016}.
 *       Numeric dates are always day first, the Balkan convention; {@code 04/13/2016} is refused
 *       with {@link #NO_SUCH_DATE} rather than guessed to be American;</li>
 *   <li>a month: {@code 04/2016}, {@code 04.2016}, {@code 2016-04}, {@code April 2016},
 *       {@code prill 2016}, {@code april 2016}, {@code април 2016};</li>
 *   <li>a year: {@code 2016}, also {@code 2016.} and {@code 2016.0};</li>
 *   <li>a quarter: {@code 2016-Q2}, {@code Q2 2016}, {@code Q2-2016}, {@code 2Q 2016},
 *       {@code TM2 2016}, {@code K2 2016}, {@code II kvartal 2016}, {@code drugi kvartal 2016},
 *       {@code tremujori i dytë 2016}, {@code втор квартал 2016}, {@code second quarter of 2016};</li>
 *   <li>a half-year: {@code 2016-H1}, {@code H2 2016}, {@code first half of 2016},
 *       {@code prvo polugodište 2016}, {@code gjashtëmujori i parë 2016}, {@code прво полугодие 2016};</li>
 *   <li>a range of any two of the above, joined by a dash (any kind) or a word ("to", "deri
 *       në", "do", "до"): {@code 2015-2019}, {@code 2015 – 2019}, {@code Q1 2016 - Q4 2017},
 *       {@code nga 2016 deri në 2018}. The left side may borrow the right side's last words:
 *       {@code Q1-Q3 2016}, {@code January–March 2016}, {@code I-II kvartal 2016},
 *       {@code 1-15 April 2016}, {@code 1.4.-30.6.2016.};</li>
 *   <li>words meaning continuous or ongoing ({@code continuous}, {@code ongoing},
 *       {@code permanent}, {@code vazhdimisht}, {@code e vazhdueshme}, {@code në vazhdimësi},
 *       {@code kontinuirano}, {@code stalno}, {@code континуирано}, {@code постојано},
 *       {@code трајно}, ...): {@link ParsedPeriod#continuous()} is set. If the rest of the text
 *       is a period ("2016-2017 (continuous)"), its dates are kept too; otherwise the rest is
 *       taken as a remark and the dates are null, so the caller uses the plan's period.</li>
 * </ul>
 * Filler words such as "of the year", "i vitit", "godine" and a leading "in", "në", "u",
 * "tokom" or "во" are ignored.
 *
 * <p>Decisions on ambiguous forms:
 * <ul>
 *   <li>{@code 2015/2019}, {@code 2015/16} and {@code 2015-16} are refused with
 *       {@link #AMBIGUOUS_RANGE}: in school and budget documents a slash or a two-digit year often
 *       means one school or fiscal year (September to June), not two calendar years, and guessing
 *       wrong would silently shift a deadline. The caller should ask for {@code 2015-2019}.</li>
 *   <li>Two-digit years ({@code 01.04.16}) are refused: {@link #NOT_A_DATE}.</li>
 *   <li>Years outside 1990–2100 are refused: {@link #NOT_A_DATE}.</li>
 *   <li>A five-digit number ({@code 42461}) is an Excel date serial that lost its format; it is not
 *       converted here (the spreadsheet reader does that for real date cells) but reported as
 *       {@link #LOOKS_LIKE_SERIAL} so the caller can explain.</li>
 * </ul>
 */
public final class PeriodText {

    /** The text is not a date, month, quarter, half-year, year, range or "continuous". */
    public static final String NOT_A_DATE = "not-a-date";
    /** The text has the shape of a date, but the day or month does not exist (31.02.2016, 13/2016). */
    public static final String NO_SUCH_DATE = "no-such-date";
    /** A range whose end comes before its start ("2019-2015"). */
    public static final String END_BEFORE_START = "end-before-start";
    /** "2015/2019", "2015/16", "2015-16": refused because it may mean a school or fiscal year. */
    public static final String AMBIGUOUS_RANGE = "ambiguous-range";
    /** A five-digit number such as 42461: an Excel date serial shown as text. */
    public static final String LOOKS_LIKE_SERIAL = "looks-like-serial";

    /** Longer text is a remark, not a period; refusing early keeps the regexes cheap. */
    private static final int MAX_LENGTH = 200;
    private static final int MIN_YEAR = LenientNumber.MIN_YEAR;
    private static final int MAX_YEAR = LenientNumber.MAX_YEAR;

    // ---------------------------------------------------------------- word tables

    /** Month names and abbreviations, in natural spelling; folded when the table is built. */
    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        months("en", "january|jan", "february|feb", "march|mar", "april|apr", "may", "june|jun",
                "july|jul", "august|aug", "september|sept|sep", "october|oct", "november|nov",
                "december|dec");
        // Albanian, indefinite and definite forms ("prill", "prilli")
        months("sq", "janar|janari", "shkurt|shkurti|shk", "mars|marsi", "prill|prilli|pri", "maj|maji",
                "qershor|qershori|qer", "korrik|korriku|kor", "gusht|gushti|gus", "shtator|shtatori|sht",
                "tetor|tetori|tet", "nëntor|nëntori|nën", "dhjetor|dhjetori|dhj");
        // Serbian (Cyrillic arrives folded to this), also Bosnian and Montenegrin; nominative and
        // genitive ("1. aprila 2016")
        months("sr", "januar|januara", "februar|februara", "mart|marta", "april|aprila", "maj|maja",
                "jun|juni|juna", "jul|juli|jula", "avgust|avgusta|avg|august|augusta",
                "septembar|septembra", "oktobar|oktobra|okt", "novembar|novembra", "decembar|decembra");
        // Macedonian, written in Cyrillic here to be readable; folded like the input
        months("mk", "јануари|јан", "февруари|фев", "март|мар", "април|апр", "мај", "јуни|јун",
                "јули|јул", "август|авг", "септември|сеп", "октомври|окт", "ноември|ное",
                "декември|дек");
    }

    private enum Unit {
        QUARTER(4, 3), HALF(2, 6);

        final int count;
        final int months;

        Unit(int count, int months) {
            this.count = count;
            this.months = months;
        }
    }

    /** Words for "quarter" and "half-year", any language, any case ending people commonly type. */
    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        units(Unit.QUARTER, "quarter", "qtr", "kvartal", "kvartala", "kvartalu", "kv",
                "tromesečje", "tromesečja", "тримесечје", "tremujor", "tremujori", "tremujorin",
                "tremujorit", "tm");
        units(Unit.HALF, "half", "half-year", "half year", "halfyear", "semester", "semestar",
                "semestri", "polugodište", "polugodišta", "polugodina", "polugodine", "полугодие",
                "gjysma", "gjysmë", "gjysmën", "gjashtëmujori", "gjashtëmujor", "gjashtëmujorin",
                "6-mujori", "6-mujor", "6 mujori");
    }

    /** Compact codes written next to the number: Q2, K2 (kvartal), TM2 (tremujori), H1. */
    private static final Map<String, Unit> CODES = Map.of(
            "q", Unit.QUARTER, "k", Unit.QUARTER, "kv", Unit.QUARTER, "tm", Unit.QUARTER, "h", Unit.HALF);

    /** Ordinals 1–4 as digits, Roman numerals and words; Albanian ones with their particle. */
    private static final Map<String, Integer> ORDINALS = new HashMap<>();

    static {
        ordinals(1, "1", "1.", "1st", "i", "first", "prvi", "prvo", "prva", "прв", "прво", "прва");
        ordinals(2, "2", "2.", "2nd", "ii", "second", "drugi", "drugo", "druga", "втор", "второ", "втора");
        ordinals(3, "3", "3.", "3rd", "iii", "third", "treći", "treće", "treća", "трет", "трето", "трета");
        ordinals(4, "4", "4.", "4th", "iv", "fourth", "četvrti", "četvrto", "četvrta", "четврт",
                "четврто", "четврта");
        String[] albanian = {"parë", "dytë", "tretë", "katërt"};
        for (int i = 0; i < albanian.length; i++) {
            for (String particle : new String[] {"", "i ", "e ", "të "}) {
                ordinals(i + 1, particle + albanian[i]);
            }
        }
    }

    // ---------------------------------------------------------------- text preparation

    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D]");
    /** "2016-04-01T00:00" or "01.04.2016 00:00:00", as a date cell sometimes arrives as text. */
    private static final Pattern TIME = Pattern.compile("(?<=\\d)(?:t|\\s+)\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?![\\d:])");
    private static final Pattern PUNCTUATION = Pattern.compile("[()\\[\\]{},;:\"'`]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Not after a hyphen: "year" in "half-year" is part of the unit, not a filler. */
    private static final Pattern FILLERS = Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + String.join("|",
            "of the year", "of year", "of", "the", "i vitit", "e vitit", "te vitit", "vitit", "vitin", "viti",
            "year", "godine", "godina", "god\\.", "god", "na godinata") + ")(?![\\p{L}\\p{N}])");
    private static final Pattern LEADING_PREPOSITION =
            Pattern.compile("^(?:in|during|within|ne|gjate|u|tokom|vo|vo tekot na)\\s+");
    private static final Pattern RANGE_FROM = Pattern.compile("^(?:from|od|nga|prej|since|starting)\\s+");
    private static final Pattern RANGE_SEPARATOR =
            Pattern.compile("\\s*-\\s*|\\s+(?:to|until|till|through|do|deri ne|deri me|deri)\\s+");
    private static final Pattern CONTINUOUS = words(
            "continuous", "continuously", "continual", "continually", "continuing", "ongoing",
            "on-going", "on going", "permanent", "permanently",
            "vazhdimisht", "(?:e |i |ne )?vazhdueshme", "(?:e |i |ne )?vazhdueshem",
            "(?:ne )?vazhdimesi", "(?:ne )?vazhdim", "(?:e |i )?perhershme", "(?:e |i )?perhershem",
            "kontinuirano", "permanentno", "stalno", "postojano", "trajno",
            "(?:u |vo )?kontinuitetu?");
    private static final Pattern SERIAL = Pattern.compile("\\d{5}(?:[.,]0+)?");
    private static final Pattern SLASHED_YEARS = Pattern.compile("\\d{4}\\s*/\\s*\\d{4}");
    private static final Pattern HAS_YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final Pattern TRAILING_YEAR = Pattern.compile("(\\d{4})\\.?$");
    private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}([./-])\\d{1,2}");

    // ---------------------------------------------------------------- the point rules

    private static final String MONTH = alternation(MONTHS.keySet());
    private static final String UNIT = alternation(UNITS.keySet());
    private static final String CODE = alternation(CODES.keySet());
    private static final String ORD = alternation(ORDINALS.keySet());

    /** One period written on its own (not a range); tried in order, the first match decides. */
    private static final List<Rule> POINT_RULES = List.of(
            // 2016
            rule("(?<year>\\d{4})", m -> year(m.group("year"))),
            // 2016.0 (a number cell shown as text)
            rule("(?<year>\\d{4})\\.0+", m -> year(m.group("year"))),
            // 2016-04-01, 2016/04/01, 2016.04.01
            rule("(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})\\k<sep>(?<day>\\d{1,2})",
                    m -> day(m.group("year"), m.group("month"), m.group("day"))),
            // 01.04.2016, 1. 4. 2016, 01/04/2016, 01-04-2016: always day first
            rule("(?<day>\\d{1,2})\\s*(?<sep>[./-])\\s*(?<month>\\d{1,2})\\s*\\k<sep>\\s*(?<year>\\d{4})",
                    m -> day(m.group("year"), m.group("month"), m.group("day"))),
            // 2016-04, 2016/04; 2015/16 and 2015-16 are refused as ambiguous ranges
            rule("(?<year>\\d{4})(?<sep>[-/.])(?<month>\\d{1,2})",
                    m -> yearMonth(m.group("year"), m.group("sep"), m.group("month"))),
            // 04/2016, 04.2016, 4-2016
            rule("(?<month>\\d{1,2})\\s*[./-]\\s*(?<year>\\d{4})",
                    m -> month(m.group("year"), Integer.parseInt(m.group("month")))),
            // April 2016, prill 2016, 1 April 2016, 1. aprila 2016
            rule("(?:(?<day>\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*)?(?<name>" + MONTH + ")\\.?[\\s/-]*(?<year>\\d{4})",
                    m -> named(m.group("year"), m.group("name"), m.group("day"))),
            // April 1, 2016
            rule("(?<name>" + MONTH + ")\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<year>\\d{4})",
                    m -> named(m.group("year"), m.group("name"), m.group("day"))),
            // Q2 2016, Q2-2016, TM2 2016, K2 2016, H1 2016
            rule("(?<code>" + CODE + ")\\s*(?<n>[1-4])\\s*[-/.]?\\s*(?<year>\\d{4})",
                    m -> part(m.group("year"), CODES.get(m.group("code")), Integer.parseInt(m.group("n")))),
            // 2016-Q2, 2016 Q2, 2016-H1
            rule("(?<year>\\d{4})\\s*[-/.]?\\s*(?<code>" + CODE + ")\\s*(?<n>[1-4])",
                    m -> part(m.group("year"), CODES.get(m.group("code")), Integer.parseInt(m.group("n")))),
            // 2Q 2016, 1H 2016
            rule("(?<n>[1-4])\\s*(?<code>q|h)\\s*[-/.]?\\s*(?<year>\\d{4})",
                    m -> part(m.group("year"), CODES.get(m.group("code")), Integer.parseInt(m.group("n")))),
            // II kvartal 2016, second quarter 2016, prvo polugodište 2016
            rule("(?<ord>" + ORD + ")\\s*(?<unit>" + UNIT + ")\\s*(?<year>\\d{4})",
                    m -> ordinalPart(m.group("year"), m.group("unit"), m.group("ord"))),
            // tremujori i dytë 2016, gjysma e parë 2016, TM II 2016
            rule("(?<unit>" + UNIT + ")\\s*(?<ord>" + ORD + ")\\s*(?<year>\\d{4})",
                    m -> ordinalPart(m.group("year"), m.group("unit"), m.group("ord"))));

    private PeriodText() {
    }

    // ---------------------------------------------------------------- public API

    /**
     * Reads a period, see the class description for the accepted forms.
     *
     * @param text the cell text, may be null
     * @return the period, never null; never throws
     */
    public static ParsedPeriod parse(String text) {
        if (text == null || text.isBlank()) {
            return ParsedPeriod.BLANK;
        }
        if (text.strip().length() > MAX_LENGTH) {
            return ParsedPeriod.problem(NOT_A_DATE);
        }
        String s = prepare(text);
        if (s.isEmpty()) {
            return ParsedPeriod.BLANK;
        }
        if (SERIAL.matcher(s).matches()) {
            return ParsedPeriod.problem(LOOKS_LIKE_SERIAL);
        }
        Matcher continuous = CONTINUOUS.matcher(s);
        if (continuous.find()) {
            String rest = tidy(continuous.replaceAll(" "));
            ParsedPeriod dated = rest.isEmpty() ? null : dates(rest);
            return dated != null && dated.start() != null
                    ? new ParsedPeriod(dated.start(), dated.end(), true, null)
                    : ParsedPeriod.CONTINUOUS;
        }
        return dates(s);
    }

    /**
     * Reads a Start cell: the first day of whatever period it describes ("Q2 2016" → 2016-04-01).
     *
     * @param text the cell text, may be null
     * @return the first day, never null; never throws
     */
    public static ParsedDate parseStart(String text) {
        ParsedPeriod p = parse(text);
        return new ParsedDate(p.start(), p.continuous(), p.problemCode());
    }

    /**
     * Reads an End cell: the last day of whatever period it describes ("Q2 2016" → 2016-06-30).
     *
     * @param text the cell text, may be null
     * @return the last day, never null; never throws
     */
    public static ParsedDate parseEnd(String text) {
        ParsedPeriod p = parse(text);
        return new ParsedDate(p.end(), p.continuous(), p.problemCode());
    }

    // ---------------------------------------------------------------- parsing

    /** A single period or a range, without continuous words. */
    private static ParsedPeriod dates(String s) {
        Point whole = point(s);
        if (whole != null && whole.span() != null) {
            return whole.span().toParsed();
        }
        String problem = whole != null ? whole.problem() : null;

        // Try every separator position; a dash inside "2016-04-01" or "Q2-2016" simply fails to
        // give two periods and the next position is tried.
        Matcher separator = RANGE_SEPARATOR.matcher(s);
        while (separator.find()) {
            String left = RANGE_FROM.matcher(s.substring(0, separator.start()).strip()).replaceFirst("");
            String right = s.substring(separator.end()).strip();
            Point to = point(right);
            if (to == null) {
                continue;
            }
            Point from = point(left);
            if ((from == null || from.span() == null) && !HAS_YEAR.matcher(left).find()) {
                Point borrowed = withTailOf(left, right);
                from = borrowed != null ? borrowed : from;
            }
            if (from == null) {
                continue;
            }
            if (from.span() != null && to.span() != null) {
                if (to.span().end().isBefore(from.span().start())) {
                    return ParsedPeriod.problem(END_BEFORE_START);
                }
                return new Span(from.span().start(), to.span().end()).toParsed();
            }
            if (problem == null) {
                problem = from.problem() != null ? from.problem() : to.problem();
            }
        }
        if (problem != null) {
            return ParsedPeriod.problem(problem);
        }
        if (SLASHED_YEARS.matcher(s).matches()) {
            return ParsedPeriod.problem(AMBIGUOUS_RANGE);
        }
        return ParsedPeriod.problem(NOT_A_DATE);
    }

    /**
     * Completes a left side that leaves out what the right side says: "Q1" with "Q3 2016" →
     * "Q1 2016", "I" with "II kvartal 2016" → "I kvartal 2016", "1" with "15 April 2016" →
     * "1 April 2016", "01.04" with "30.06.2016" → "01.04.2016". The right side's words are
     * borrowed from its end, longest tail first.
     */
    private static Point withTailOf(String left, String right) {
        if (left.isEmpty()) {
            return null;
        }
        String[] words = right.split(" ");
        for (int from = 1; from < words.length; from++) {
            String tail = String.join(" ", Arrays.copyOfRange(words, from, words.length));
            Point completed = point(left + " " + tail);
            if (completed != null) {
                return completed;
            }
        }
        Matcher year = TRAILING_YEAR.matcher(right);
        if (!year.find()) {
            return null;
        }
        Point spaced = point(left + " " + year.group(1));   // "1.4." + "2016" → "1.4. 2016"
        if (spaced != null) {
            return spaced;
        }
        Matcher dayMonth = DAY_MONTH.matcher(left);          // "01.04" + "2016" → "01.04.2016"
        return dayMonth.matches() ? point(left + dayMonth.group(1) + year.group(1)) : null;
    }

    /** @return the period, a problem if a rule matched but the date does not exist, or null */
    private static Point point(String text) {
        String s = text.strip();
        // Serbian and Macedonian end dates and years with a dot: "01.04.2016.", "2016."
        if (s.length() > 1 && s.endsWith(".") && Character.isDigit(s.charAt(s.length() - 2))) {
            s = s.substring(0, s.length() - 1);
        }
        for (Rule rule : POINT_RULES) {
            Matcher m = rule.pattern().matcher(s);
            if (m.matches()) {
                return rule.reader().apply(m);
            }
        }
        return null;
    }

    private static String prepare(String text) {
        String s = Fold.latinLower(text);
        s = DASHES.matcher(s).replaceAll("-");
        s = TIME.matcher(s).replaceAll("");
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = FILLERS.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        return LEADING_PREPOSITION.matcher(s).replaceFirst("");
    }

    /** What is left once the continuous words are removed: "2016-2017 " → "2016-2017". */
    private static String tidy(String s) {
        return SPACES.matcher(s).replaceAll(" ").replaceAll("^[\\s/-]+|[\\s/-]+$", "");
    }

    // ---------------------------------------------------------------- building periods

    private static Point year(String yearText) {
        int year = Integer.parseInt(yearText);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return Point.problem(NOT_A_DATE);
        }
        return Point.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Point month(String yearText, int month) {
        Point year = year(yearText);
        if (year.span() == null) {
            return year;
        }
        if (month < 1 || month > 12) {
            return Point.problem(NO_SUCH_DATE);
        }
        YearMonth ym = YearMonth.of(year.span().start().getYear(), month);
        return Point.of(ym.atDay(1), ym.atEndOfMonth());
    }

    /** "2016-04" is a month; "2015-16" and "2015/16" are short ranges we refuse to guess. */
    private static Point yearMonth(String yearText, String separator, String monthText) {
        int month = Integer.parseInt(monthText);
        if (month > 12 && !".".equals(separator)) {
            return Point.problem(AMBIGUOUS_RANGE);
        }
        return month(yearText, month);
    }

    private static Point day(String yearText, String monthText, String dayText) {
        Point year = year(yearText);
        if (year.span() == null) {
            return year;
        }
        try {
            LocalDate date = LocalDate.of(year.span().start().getYear(),
                    Integer.parseInt(monthText), Integer.parseInt(dayText));
            return Point.of(date, date);
        } catch (DateTimeException e) {
            return Point.problem(NO_SUCH_DATE);
        }
    }

    private static Point named(String yearText, String monthName, String dayText) {
        int month = MONTHS.get(monthName);
        return dayText == null ? month(yearText, month) : day(yearText, String.valueOf(month), dayText);
    }

    private static Point ordinalPart(String yearText, String unitWord, String ordinal) {
        Unit unit = UNITS.get(SPACES.matcher(unitWord).replaceAll(" "));
        Integer index = ORDINALS.get(SPACES.matcher(ordinal).replaceAll(" "));
        return unit == null || index == null ? Point.problem(NOT_A_DATE) : part(yearText, unit, index);
    }

    private static Point part(String yearText, Unit unit, int index) {
        Point year = year(yearText);
        if (year.span() == null) {
            return year;
        }
        if (index < 1 || index > unit.count) {
            return Point.problem(NOT_A_DATE); // "H3 2016", "fifth quarter"
        }
        int y = year.span().start().getYear();
        YearMonth first = YearMonth.of(y, (index - 1) * unit.months + 1);
        YearMonth last = first.plusMonths(unit.months - 1);
        return Point.of(first.atDay(1), last.atEndOfMonth());
    }

    // ---------------------------------------------------------------- table helpers

    private static void months(String language, String... twelve) {
        if (twelve.length != 12) {
            throw new IllegalStateException(language + " needs 12 months");
        }
        for (int i = 0; i < 12; i++) {
            for (String name : twelve[i].split("\\|")) {
                put(MONTHS, Fold.latinLower(name), i + 1);
            }
        }
    }

    private static void units(Unit unit, String... words) {
        for (String word : words) {
            put(UNITS, Fold.latinLower(word), unit);
        }
    }

    private static void ordinals(int value, String... words) {
        for (String word : words) {
            put(ORDINALS, Fold.latinLower(word), value);
        }
    }

    /** Refuses a word that two tables rows claim with different meanings ("mar" is March in all). */
    private static <V> void put(Map<String, V> table, String key, V value) {
        V previous = table.putIfAbsent(key, value);
        if (previous != null && !previous.equals(value)) {
            throw new IllegalStateException("'" + key + "' means both " + previous + " and " + value);
        }
    }

    /** Regex alternation of literal words, longest first, spaces matching any white space. */
    private static String alternation(Collection<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(w -> {
                    List<String> parts = new ArrayList<>();
                    for (String part : w.split(" ")) {
                        parts.add(Pattern.quote(part));
                    }
                    return String.join("\\s+", parts);
                })
                .collect(Collectors.joining("|"));
    }

    /** Whole-word alternation of regex fragments (not letters or digits on either side). */
    private static Pattern words(String... regexes) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", regexes) + ")(?![\\p{L}\\p{N}])");
    }

    private static Rule rule(String regex, Function<Matcher, Point> reader) {
        return new Rule(Pattern.compile(regex), reader);
    }

    // ---------------------------------------------------------------- small values

    private record Rule(Pattern pattern, Function<Matcher, Point> reader) {
    }

    private record Span(LocalDate start, LocalDate end) {
        ParsedPeriod toParsed() {
            return new ParsedPeriod(start, end, false, null);
        }
    }

    /** A period read from one side of a range, or the reason a matching rule could not read it. */
    private record Point(Span span, String problem) {
        static Point of(LocalDate start, LocalDate end) {
            return new Point(new Span(start, end), null);
        }

        static Point problem(String code) {
            return new Point(null, code);
        }
    }
}
