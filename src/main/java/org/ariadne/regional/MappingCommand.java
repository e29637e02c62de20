package org.ariadne.regional;

import jakarta.validation.constraints.NotNull;

/** A participant's national indicator for one regional indicator; no indicator takes the mapping away. */
public record MappingCommand(@NotNull(message = "{validation.required}") Long regionalIndicatorId, Long indicatorId) {
}
