package org.ariadne.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A figure of an indicator that another module computes from its own register (the trainings held give "professionals
 * trained"), offered to the report that holds the indicator. The report page pre-fills an empty value with it and says
 * where it comes from; the institution checks it, saves and submits it, and the office accepts it as any other value,
 * so a computed figure reaches the plan's progress through the same review. Called for a report the reader may
 * already open: an implementation applies no read rule of its own and words no personal data.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ComputedValues {

    /**
     * @param total  the figure
     * @param parts  its parts by the report's keys ("SEX=FEMALE"); only those that add up to the total
     * @param source where it comes from, in the reader's words ("computed from 3 trainings: 20 participants")
     */
    record Computed(BigDecimal total, Map<String, BigDecimal> parts, String source) {

        public Computed {
            parts = Map.copyOf(parts);
        }
    }

    /** The figure of {@code indicatorId} for the collection period from {@code startsOn} to {@code endsOn}, if computed. */
    Optional<Computed> computed(long indicatorId, LocalDate startsOn, LocalDate endsOn, Locale locale);
}
