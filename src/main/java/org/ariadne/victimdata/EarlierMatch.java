package org.ariadne.victimdata;

import java.math.BigDecimal;

import org.ariadne.victimdata.linkage.MatchClass;

/** An earlier case the linkage finds likely or possibly the same person, before anything is recorded (a preview). */
public record EarlierMatch(long caseId, String reference, BigDecimal score, MatchClass matchClass) {
}
