package org.ariadne.dataquality;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;

/**
 * What the officer sets for a check: for all indicators ({@code indicatorId} empty) or for one, on or off, and the
 * threshold in percent for a check that has one.
 */
public record RuleCommand(Long indicatorId, @NotNull CheckKind kind, boolean enabled, BigDecimal threshold) {
}
