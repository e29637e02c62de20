package org.ariadne.regional;

/** A regional indicator and the national indicator the reader's participant maps onto it (null: none yet). */
public record MappingRow(RegionalIndicatorView regional, Long indicatorId) {
}
