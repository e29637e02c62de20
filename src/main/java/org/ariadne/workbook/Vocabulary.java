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
    private final List<Locale> locales;
    private final Map<String, WorkbookColumn> headers = new HashMap<>();
    private final Map<Class<?>, Map<String, Enum<?>>> choices = new HashMap<>();

    Vocabulary(MessageSource messages, LanguageProperties languages) {
        this.messages = messages;
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

    Optional<WorkbookColumn> header(String text) {
        return Optional.ofNullable(headers.get(NameKey.of(text)));
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
