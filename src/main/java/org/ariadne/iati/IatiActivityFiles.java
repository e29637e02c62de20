package org.ariadne.iati;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ariadne.finance.CommitmentView;
import org.ariadne.finance.Funding;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityView;
import org.ariadne.plan.FundingSourceKind;
import org.ariadne.plan.Plans;
import org.ariadne.progress.IndicatorProgress;
import org.ariadne.progress.PlanProgress;
import org.ariadne.reporting.ReportedActivities;
import org.ariadne.reporting.ReportedValues;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's IATI 2.03 activity file: every activity that a donor funds (a budget line whose source is a donor, or a
 * donor's commitment allocated to it), with its budget by year, the donors' commitments and the money spent as
 * transactions, and its results: each indicator with its baseline, each year's target and accepted actual value, and
 * the final target against the value progress counts for it. Only accepted reports count, as for every reader outside
 * the office. Read by the office and the members (donors among them), as the plan's finance page; not by focal points,
 * who read their own institution's reports only, since the file holds every institution's accepted figures.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class IatiActivityFiles {

    static final String READERS = "hasAnyRole('COORDINATOR', 'ME_OFFICER', 'MEMBER')";

    private final Plans plans;
    private final Funding funding;
    private final Institutions institutions;
    private final ReportedActivities activities;
    private final ReportedValues values;
    private final PlanProgress progress;
    private final IatiProperties properties;
    private final Clock clock;

    IatiActivityFiles(Plans plans, Funding funding, Institutions institutions, ReportedActivities activities,
            ReportedValues values, PlanProgress progress, IatiProperties properties, Clock clock) {
        this.plans = plans;
        this.funding = funding;
        this.institutions = institutions;
        this.activities = activities;
        this.values = values;
        this.progress = progress;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * The file for the plan; refused with {@link IatiException} when no activity is donor-funded, since an IATI file
     * without an activity is not valid.
     */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public IatiFile file(long planId) {
        var tree = plans.tree(planId);
        var plan = tree.plan();
        var commitments = funding.commitments(planId);
        var donorFunded = tree.activities().filter(activity -> donorFunded(activity, commitments)).toList();
        if (donorFunded.isEmpty()) {
            throw IatiException.noDonorFundedActivities(plan.title());
        }
        var today = LocalDate.now(clock);
        // the final targets against what progress counts for them, as of the last year that has begun
        var finalValues = new HashMap<Long, IndicatorProgress>();
        int lastYear = Math.min(plan.endYear(), today.getYear());
        if (lastYear >= plan.startYear()) {
            progress.overview(planId, lastYear, false).indicators()
                    .filter(i -> i.basis() != IndicatorProgress.Basis.YEAR_TARGET)
                    .forEach(i -> finalValues.put(i.indicator().id(), i));
        }
        var yearly = new HashMap<Long, Map<Integer, java.math.BigDecimal>>();
        var indicators = new HashMap<Long, org.ariadne.plan.IndicatorView>();
        tree.indicators().forEach(i -> indicators.put(i.id(), i));
        for (var value : values.yearly(planId, false)) {
            var indicator = indicators.get(value.indicatorId());
            var actual = indicator == null ? null : PlanProgress.valueOf(indicator, value);
            if (actual != null) {
                yearly.computeIfAbsent(value.indicatorId(), key -> new HashMap<>()).put(value.year(), actual);
            }
        }
        var input = new IatiActivityWriter.Input(properties, Locale.forLanguageTag(properties.language()),
                OffsetDateTime.now(clock), today, funding.currency(), tree, donorFunded, institutions.directory(),
                commitments, activities.spending(planId, false), yearly, finalValues);
        var xml = new IatiActivityWriter(input).write();
        return new IatiFile(xml, "iati-activities-plan-" + planId + ".xml", donorFunded.size());
    }

    static boolean donorFunded(ActivityView activity, List<CommitmentView> commitments) {
        return activity.budgetLines().stream().anyMatch(line -> line.kind() == FundingSourceKind.DONOR)
                || commitments.stream().filter(c -> c.source() == FundingSourceKind.DONOR)
                        .anyMatch(c -> c.allocations().stream().anyMatch(a -> a.activityId() == activity.id()));
    }
}
