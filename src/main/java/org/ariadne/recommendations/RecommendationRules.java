package org.ariadne.recommendations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The tracker's rules, in one place so that the forms, the import and the tests read them alike:
 * <ul>
 * <li>a recommendation has its text in at least one language; a third language is named by a code of two or three
 * letters ("sr", "mk") and has a text; a recommendation no longer relevant says why;</li>
 * <li>its follow-up is overdue when the due date has passed and no follow-up note was written for the due date's
 * year, unless it is fully addressed or no longer relevant (nothing is left to follow);</li>
 * <li>a management response that rejects says why; one that accepts (fully or partly) names the action; it is
 * closed (done) only with a closing note; its action is overdue when not done after the deadline; a rejection has no
 * action to follow, so it is never overdue.</li>
 * </ul>
 */
public final class RecommendationRules {

    private RecommendationRules() {
    }

    static void refuse(RecommendationCommand command) {
        var refusals = check(command);
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
    }

    static List<RecommendationException> check(RecommendationCommand command) {
        var refusals = new ArrayList<RecommendationException>();
        var other = command.otherLanguage() == null ? "" : command.otherLanguage().strip();
        var otherText = command.otherText() != null && !command.otherText().isBlank();
        if (!other.isEmpty() && !other.matches("[A-Za-z]{2,3}")) {
            refusals.add(RecommendationException.languageCode());
        } else if (!other.isEmpty() && (other.equalsIgnoreCase("en") || other.equalsIgnoreCase("sq"))) {
            refusals.add(RecommendationException.languageTwice());
        } else if (other.isEmpty() && otherText) {
            refusals.add(RecommendationException.languageMissing());
        }
        if (command.texts().isEmpty()) {
            refusals.add(RecommendationException.textMissing());
        }
        if (command.status() == RecommendationStatus.NO_LONGER_RELEVANT
                && (command.statusReason() == null || command.statusReason().isBlank())) {
            refusals.add(RecommendationException.reasonMissing());
        }
        return refusals;
    }

    /** Whether a recommendation's follow-up is overdue on {@code today}, given the years it has notes for. */
    public static boolean followUpOverdue(RecommendationStatus status, LocalDate due, Collection<Integer> noteYears,
            LocalDate today) {
        if (due == null || !today.isAfter(due)) {
            return false;
        }
        if (status == RecommendationStatus.FULLY || status == RecommendationStatus.NO_LONGER_RELEVANT) {
            return false;
        }
        return !noteYears.contains(due.getYear());
    }

    static void refuse(ResponseCommand command) {
        var refusals = new ArrayList<RecommendationException>();
        if (command.decision() == ResponseDecision.REJECTED) {
            if (command.reason() == null || command.reason().isBlank()) {
                refusals.add(RecommendationException.rejectionReason());
            }
        } else if (command.decision() != null && (command.action() == null || command.action().isBlank())) {
            refusals.add(RecommendationException.actionMissing());
        }
        if (command.status() == ResponseStatus.DONE
                && (command.closingNote() == null || command.closingNote().isBlank())) {
            refusals.add(RecommendationException.closingNote());
        }
        if (!refusals.isEmpty()) {
            throw RecommendationException.all(refusals);
        }
    }

    /** Whether a management response's action is overdue on {@code today}. */
    public static boolean responseOverdue(ResponseDecision decision, ResponseStatus status, LocalDate deadline,
            LocalDate today) {
        return decision != ResponseDecision.REJECTED && status != ResponseStatus.DONE && deadline != null
                && deadline.isBefore(today);
    }

    /** English first, then Albanian, then the other languages. */
    static int languageOrder(String language) {
        return switch (language) {
            case "en" -> 0;
            case "sq" -> 1;
            default -> 2;
        };
    }
}
