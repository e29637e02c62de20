package org.ariadne.dataquality;

import java.util.List;
import java.util.Locale;

import org.ariadne.reporting.ReportChecks;
import org.springframework.stereotype.Component;

/**
 * The checks on a report's figures, shown on its page and before it is submitted: to its institution as it fills
 * it in, to the office as it reviews it. Never blocking, and never naming another institution's figure.
 */
@Component
class ReportWarnings implements ReportChecks {

    private final DataQuality quality;
    private final FlagTexts texts;

    ReportWarnings(DataQuality quality, FlagTexts texts) {
        this.quality = quality;
        this.texts = texts;
    }

    @Override
    public List<Warning> warnings(long periodId, long institutionId, Locale locale) {
        return quality.reportFlags(periodId, institutionId).stream()
                .map(flag -> new Warning(flag.anchor(), texts.forInstitution(flag, locale))).toList();
    }
}
