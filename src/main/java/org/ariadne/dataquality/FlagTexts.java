package org.ariadne.dataquality;

import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.institutions.InstitutionDirectory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A flag in words, in the reader's language: "A1.1.1 Victims identified, July 2026: 40 is far from the previous
 * values (median 12)". The institution's own words never name another institution or its figure; the office's do.
 */
@Component
public class FlagTexts {

    private final MessageSource messages;

    FlagTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The collection period of a value: "July 2026" for a calendar month, else its first and last day. */
    public String collection(Flag flag, Locale locale) {
        var formats = Formats.of(locale);
        var start = flag.startsOn();
        var end = flag.endsOn();
        if (start.getDayOfMonth() == 1 && end.equals(start.plusMonths(1).minusDays(1))) {
            return formats.month(start);
        }
        return formats.date(start) + " – " + formats.date(end);
    }

    /** What the check found, for the institution that reported the value (another's figure is never named). */
    public String forInstitution(Flag flag, Locale locale) {
        return text("dataquality.flag", locale, flag.indicatorLabel(), collection(flag, locale),
                finding(flag, locale, null));
    }

    /** What the check found, for the office: the other institution and its figure are named. */
    public String forOffice(Flag flag, Locale locale, InstitutionDirectory directory) {
        return finding(flag, locale, directory);
    }

    /**
     * The whole flag for the office's reader of the half-year review: whose value of which indicator, for which
     * collection period, and what the check found ("A1.1.1 Beds available (Shelter), July 2026: 90 is far from…").
     */
    public String forReview(Flag flag, Locale locale, InstitutionDirectory directory) {
        return text("dataquality.flag.review", locale, flag.indicatorLabel(), directory.nameOf(flag.institutionId()),
                collection(flag, locale), finding(flag, locale, directory));
    }

    private String finding(Flag flag, Locale locale, InstitutionDirectory directory) {
        var formats = Formats.of(locale);
        var value = formats.exactly(flag.value());
        return switch (flag.kind()) {
            case FAR_FROM_PREVIOUS -> text("dataquality.finding.far-from-previous", locale, value,
                    formats.exactly(flag.reference()), formats.whole(flag.threshold()));
            case CUMULATIVE_FALLS -> text("dataquality.finding.cumulative-falls", locale, value,
                    formats.exactly(flag.reference()));
            case INSTITUTIONS_APART -> directory == null
                    ? text("dataquality.finding.institutions-apart", locale, value, formats.whole(flag.threshold()))
                    : text("dataquality.finding.institutions-apart.office", locale, value,
                            directory.nameOf(flag.otherInstitutionId()), formats.exactly(flag.reference()),
                            formats.whole(flag.threshold()));
            case NO_EVIDENCE -> text("dataquality.finding.no-evidence", locale, value);
        };
    }

    public String kind(CheckKind kind, Locale locale) {
        return text(kind.messageKey(), locale);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
