package org.ariadne.reporting.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.Disaggregation;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.reporting.Breakdown;
import org.springframework.context.MessageSource;

/** The words of the workbook and of the preview, in the user's language. */
final class Labels {

    /** What an empty value reads as in the preview. */
    static final String NOTHING = "—";

    private final MessageSource messages;
    private final Locale locale;
    private final List<Locale> understood;

    /**
     * @param locale     the language the workbook or the preview is written in
     * @param understood the languages a typed status or source is read in: a workbook downloaded in one language
     *                   may be uploaded by someone working in another
     */
    Labels(MessageSource messages, Locale locale, List<Locale> understood) {
        this.messages = messages;
        this.locale = locale;
        this.understood = understood;
    }

    Locale locale() {
        return locale;
    }

    String get(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    /** "3 – Has started": the number the seed matrix uses and the name, as the status list offers it. */
    String status(ActivityStatus status) {
        return status == null ? NOTHING : status.number() + " – " + get(status.messageKey());
    }

    /** The status's name in every language offered, so that any of them is understood when read back. */
    List<String> statusNames(ActivityStatus status) {
        return names(status.messageKey(), status.name());
    }

    String funding(FundingSourceKind kind) {
        return get(kind.messageKey());
    }

    List<String> fundingNames(FundingSourceKind kind) {
        return names(kind.messageKey(), kind.name());
    }

    private List<String> names(String key, String constant) {
        var names = new java.util.ArrayList<String>();
        names.add(constant);
        names.add(get(key));
        understood.forEach(language -> names.add(messages.getMessage(key, null, constant, language)));
        return names;
    }

    /** "Female, under 18". Regions are named by configuration and are their own label. */
    String part(Breakdown.Part part) {
        return String.join(", ", part.categories().stream().map(this::category).toList());
    }

    String category(Breakdown.Category category) {
        return category.dimension() == Disaggregation.REGION ? category.code()
                : messages.getMessage(category.messageKey(), null, category.code(), locale);
    }

    /** "Sex × Age group". */
    String group(Breakdown.Group group) {
        return String.join(" × ", group.dimensions().stream()
                .map(dimension -> get("reportbook.dimension." + dimension.name().toLowerCase(Locale.ROOT))).toList());
    }

    /** A collection period as people say it: "January 2026", "Q1 2026", "January – June 2026". */
    String span(LocalDate start, LocalDate end) {
        var startMonth = start.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        var endMonth = end.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale);
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            return capitalised(startMonth) + " " + start.getYear();
        }
        if (start.getYear() == end.getYear()) {
            return capitalised(startMonth) + " – " + endMonth + " " + end.getYear();
        }
        return capitalised(startMonth) + " " + start.getYear() + " – " + endMonth + " " + end.getYear();
    }

    /** "4 Dec 2026", "4 dhj 2026": as the pages write a date. */
    String date(LocalDate date) {
        return date == null ? NOTHING : Formats.of(locale).date(date);
    }

    /** "4 Dec 2026, 14:02", "4 dhj 2026, 14:02". */
    String dateTime(LocalDateTime at) {
        return at == null ? NOTHING : Formats.of(locale).dateTime(at);
    }

    /** A value with the reader's separators and every decimal it has: "1,234.5", "1 234,5". */
    String number(BigDecimal value) {
        return value == null ? NOTHING : Formats.of(locale).exactly(value);
    }

    private String capitalised(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(locale) + word.substring(1);
    }
}
