package org.ariadne.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityFollowUps;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.reporting.ReportedValues;
import org.ariadne.security.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The activity page's follow-up: the accepted reports on the activity period by period, its indicators' values, its
 * ratings and corrective actions. For the readers of reviews ({@link Reviews#mayRead}); everyone else gets nothing.
 */
@Component
@Transactional(readOnly = true)
class ActivityFollowUp implements ActivityFollowUps {

    private final Reviews reviews;
    private final ReportedActivities reported;
    private final ReportedValues values;
    private final Plans plans;
    private final Institutions institutions;

    ActivityFollowUp(Reviews reviews, ReportedActivities reported, ReportedValues values, Plans plans,
            Institutions institutions) {
        this.reviews = reviews;
        this.reported = reported;
        this.values = values;
        this.plans = plans;
        this.institutions = institutions;
    }

    @Override
    public Optional<FollowUp> of(long planId, long activityId) {
        if (!CurrentUser.get().map(Reviews::mayRead).orElse(false)) {
            return Optional.empty();
        }
        var activity = plans.tree(planId).activity(activityId).orElse(null);
        if (activity == null) {
            return Optional.empty();
        }
        var directory = institutions.directory();
        var reports = reported.entries(planId, false).stream().filter(entry -> entry.activityId() == activityId)
                .map(entry -> new ReportLine(entry.periodLabel(), directory.nameOf(entry.institutionId()),
                        entry.status(), entry.reportStatus() == ReportStatus.ACCEPTED, entry.narrative(),
                        entry.problems(), entry.spent(), entry.evidence(),
                        "reporting/" + entry.periodId() + "/institutions/" + entry.institutionId()))
                .toList();
        var valueLines = new ArrayList<ValueLine>();
        for (var indicator : activity.indicators()) {
            values.series(indicator.id(), false).forEach(value -> valueLines.add(new ValueLine(indicator.name(),
                    value.startsOn(), value.endsOn(), directory.nameOf(value.institutionId()), value.total())));
        }
        valueLines.sort(Comparator.comparing(ValueLine::startsOn));
        var ratings = reviews.history(planId).stream().filter(rating -> rating.activityId() == activityId)
                .map(rating -> new RatingLine(rating.halfYear().label(), rating.rating().number(),
                        rating.rating().messageKey(), rating.comments(), rating.recommendation(),
                        rating.reviewedStatus(), rating.approved(),
                        "plans/" + planId + "/review?half=" + rating.halfYear().label() + "#a-" + activityId))
                .toList();
        var actions = reviews.correctiveActions(planId, new ActionFilter(null, null, false, null, activityId)).stream()
                .map(action -> new ActionLine(action.halfYear().label(), action.description(),
                        directory.nameOf(action.ownerInstitutionId()), action.dueDate(), action.status().messageKey(),
                        action.overdue(), "plans/" + planId + "/corrective-actions#ca-" + action.id()))
                .toList();
        return Optional.of(new FollowUp(reports, valueLines, ratings, actions, "plans/" + planId + "/review"));
    }
}
