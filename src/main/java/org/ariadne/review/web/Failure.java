package org.ariadne.review.web;

import java.util.List;

/**
 * A form of one activity that was not saved: which activity and form, what went wrong (already in the user's
 * language) and the version to send again (after a conflict: the one saved now). The page is shown in answer to the
 * submission itself, so the input is shown again from the request's parameters, exactly as typed.
 */
record Failure(long activityId, String form, List<String> messages, Integer version) {

    static final String RATING = "rating";
    static final String ACTION = "action";

    public boolean is(long activity, String which) {
        return activityId == activity && form.equals(which);
    }
}
