package org.ariadne.victimdata;

import org.ariadne.common.disclosure.Disclosed;

/**
 * The figures of a range of years in one line: distinct persons, cases, persons re-trafficked, cases that are
 * re-trafficking, persons reported by several institutions. Each is suppressed for those who see protected figures
 * when it is too small.
 */
public record StatisticsHeadline(Disclosed persons, Disclosed cases, Disclosed retraffickedPersons,
        Disclosed retraffickedCases, Disclosed reportedBySeveral) {
}
