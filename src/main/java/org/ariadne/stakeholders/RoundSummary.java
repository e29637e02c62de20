package org.ariadne.stakeholders;

import java.time.LocalDate;

/** A round in the plan's list: its dates and state, how many comments came and how many wait for a disposition. */
public record RoundSummary(long id, long planId, String title, LocalDate opensOn, LocalDate closesOn,
        RoundStatus status, LocalDate closedOn, boolean takingComments, int comments, int undecided) {
}
