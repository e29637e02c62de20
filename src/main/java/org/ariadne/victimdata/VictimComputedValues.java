package org.ariadne.victimdata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.common.format.Formats;
import org.ariadne.reporting.ComputedValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the figure of an indicator linked to the victim register to the report that holds it: the persons counted in
 * the collection period, with the breakdowns the disclosure rule lets out ({@link IndicatorOffer}), and the source in
 * the reader's words, saying what was withheld and why. Aggregates only, never a small count: the report is filled in
 * by a focal point who may not read the register, and what the office accepts is published.
 */
@Component
class VictimComputedValues implements ComputedValues {

    private final RegisterIndicators indicators;
    private final MessageSource messages;

    VictimComputedValues(RegisterIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Computed> computed(long indicatorId, LocalDate startsOn, LocalDate endsOn, Locale locale) {
        return indicators.offer(indicatorId, startsOn, endsOn).map(offer -> {
            var parts = new LinkedHashMap<String, BigDecimal>();
            offer.parts().forEach((key, value) -> parts.put(key, BigDecimal.valueOf(value)));
            var measure = indicators.measureOf(indicatorId).orElse(RegisterMeasure.REGISTERED);
            var formats = Formats.of(locale);
            var sentences = new ArrayList<String>();
            sentences.add(messages.getMessage("victimdata.computed.source", new Object[] {offer.total(),
                    messages.getMessage(measure.messageKey(), null, locale), formats.date(startsOn),
                    formats.date(endsOn)}, locale));
            offer.withheld().forEach(key -> sentences.add(messages.getMessage(key, null, locale)));
            return new Computed(BigDecimal.valueOf(offer.total()), parts, String.join("", sentences));
        });
    }
}
