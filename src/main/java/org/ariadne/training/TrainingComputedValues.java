package org.ariadne.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;

import org.ariadne.reporting.ComputedValues;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Offers the figure of an indicator linked to the training register to the report that holds it: professionals
 * trained in trainings that ended in the collection period (distinct persons where lists exist), with the parts by
 * sex, and the source in the reader's words. Aggregates only: no name leaves this module this way.
 */
@Component
class TrainingComputedValues implements ComputedValues {

    private final TrainingIndicators indicators;
    private final MessageSource messages;

    TrainingComputedValues(TrainingIndicators indicators, MessageSource messages) {
        this.indicators = indicators;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Computed> computed(long indicatorId, LocalDate startsOn, LocalDate endsOn, Locale locale) {
        return indicators.computed(indicatorId, startsOn, endsOn).map(participation -> {
            var parts = new LinkedHashMap<String, BigDecimal>();
            parts.put("SEX=FEMALE", BigDecimal.valueOf(participation.women()));
            parts.put("SEX=MALE", BigDecimal.valueOf(participation.men()));
            var source = messages.getMessage("training.computed.source", new Object[] {participation.trainings(),
                    participation.total(), participation.women(), participation.men()}, locale);
            return new Computed(BigDecimal.valueOf(participation.total()), parts, source);
        });
    }
}
