package org.ariadne.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.review.ActionStatus;
import org.ariadne.review.ActionStatusCommand;
import org.ariadne.review.CorrectiveActionCommand;
import org.ariadne.review.HalfYear;
import org.ariadne.review.RatingCommand;
import org.ariadne.review.ReviewEditing;
import org.ariadne.review.Reviews;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.springframework.stereotype.Component;

/**
 * The half-year reviews of the demo's reported years (2016-H1 to 2017-H2), as the demo M&amp;E officer would rate
 * from the accepted reports: an activity completed or running as planned is on track (1), one started with
 * difficulties a 2, one not started although due a 3; every 2 and 3 with comments, some with a recommendation, the
 * 3s with a corrective action (the older ones done or under way). The demo coordinator approved the first three
 * half-years; 2017-H2 waits for approval, so the review page has something to do.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoReviews {

    static final List<HalfYear> HALVES = List.of(new HalfYear(2016, 1), new HalfYear(2016, 2), new HalfYear(2017, 1),
            new HalfYear(2017, 2));
    private static final List<String> DIFFICULTIES = List.of(
            "Fewer participants than planned; the second session moved to the next quarter.",
            "Procurement took longer than expected; the work started late.",
            "Staff changes at the lead institution slowed the work.",
            "The partner NGO's funding ended mid-year; activities continue at a smaller scale.");
    private static final List<String> RECOMMENDATIONS = List.of(
            "Agree a timetable with the lead institution before the next quarter.",
            "Ask the donor round for bridge funding.",
            "Name a deputy focal point so that the work does not stop with staff changes.");

    private final ReviewEditing reviews;
    private final Reviews read;
    private final ReportedActivities reported;
    private final Plans plans;

    DemoReviews(ReviewEditing reviews, Reviews read, ReportedActivities reported, Plans plans) {
        this.reviews = reviews;
        this.read = read;
        this.reported = reported;
        this.plans = plans;
    }

    /** Returns how many activities were rated, over all half-years. */
    int load(long planId) {
        var tree = officer(() -> plans.tree(planId));
        var activities = new LinkedHashMap<Long, ActivityView>();
        tree.activities().forEach(activity -> activities.put(activity.id(), activity));
        int rated = 0;
        for (var half : HALVES) {
            var from = LocalDate.of(half.year(), half.half() == 1 ? 1 : 7, 1);
            var to = from.plusMonths(6).minusDays(1);
            // the status each activity last reported in the half-year, from accepted reports
            var latest = new LinkedHashMap<Long, ReportedActivities.Entry>();
            officer(() -> reported.entries(planId, false, from, to)).stream()
                    .sorted(Comparator.comparing(ReportedActivities.Entry::periodEnd))
                    .forEach(entry -> latest.put(entry.activityId(), entry));
            var threes = new ArrayList<Long>();
            for (var entry : latest.values()) {
                var activity = activities.get(entry.activityId());
                if (activity == null || entry.status() == null) {
                    continue;
                }
                var rating = rating(activity, entry.status(), to);
                int roll = (int) ((activity.id() * 31 + half.year() * 7 + half.half()) % DIFFICULTIES.size());
                var comments = rating == 1 ? null : DIFFICULTIES.get(roll);
                var recommendation = rating > 1 && roll % 2 == 0 ? RECOMMENDATIONS.get(roll % RECOMMENDATIONS.size())
                        : null;
                officer(() -> reviews.rate(planId, activity.id(), half, null,
                        new RatingCommand(rating, comments, recommendation, null)));
                rated++;
                if (rating == 3 && activity.leadInstitutionId() != null) {
                    threes.add(activity.id());
                }
            }
            for (var activityId : threes) {
                var activity = activities.get(activityId);
                long action = officer(() -> reviews.addCorrectiveAction(planId, activityId, half,
                        new CorrectiveActionCommand("Agree a new start date with " + activity.code()
                                + "'s lead institution and report it next quarter.", activity.leadInstitutionId(),
                                to.plusMonths(3))));
                if (half.year() == 2016) {
                    officer(() -> {
                        reviews.changeActionStatus(action, read.correctiveAction(action).version(),
                                new ActionStatusCommand(ActionStatus.IN_PROGRESS, "Meeting held with the lead institution."));
                        if (half.half() == 1) {
                            reviews.changeActionStatus(action, read.correctiveAction(action).version(),
                                    new ActionStatusCommand(ActionStatus.DONE,
                                            "The activity started in the following quarter."));
                        }
                        return null;
                    });
                }
            }
            if (!half.equals(HALVES.get(HALVES.size() - 1)) && !latest.isEmpty()) {
                SystemTasks.callAs("coordinator", null, EnumSet.of(Role.COORDINATOR), () -> {
                    reviews.approve(planId, half, read.review(planId, half).version());
                    return null;
                });
            }
        }
        return rated;
    }

    /** 1 for work done or going as planned, 2 for work started with difficulties (one in four), 3 for work due but not started. */
    private static int rating(ActivityView activity, ActivityStatus status, LocalDate endOfHalf) {
        return switch (status) {
            case COMPLETED, CONTINUOUS -> 1;
            case STARTED -> activity.id() % 4 == 0 ? 2 : 1;
            case NOT_STARTED -> activity.startDate() != null && activity.startDate().isBefore(endOfHalf) ? 3 : 1;
        };
    }

    private static <T> T officer(Supplier<T> work) {
        return SystemTasks.callAs("officer", null, EnumSet.of(Role.ME_OFFICER), work);
    }
}
