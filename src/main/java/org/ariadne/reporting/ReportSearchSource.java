package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ariadne.institutions.Institutions;
import org.ariadne.reportingcycle.PeriodView;
import org.ariadne.reportingcycle.ReportingPeriods;
import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Progress reports for the search box, by institution (any of its spellings), period ("2017 Q1") and status: only the
 * reports the reader may open, by the rule every report list applies ({@link ReportAccess#viewable}); a focal point
 * finds their own institution's, a member only accepted ones.
 */
@Component
class ReportSearchSource implements SearchSource {

    private final JdbcClient jdbc;
    private final Institutions institutions;
    private final ReportingPeriods periods;
    private final MessageSource messages;

    private final org.ariadne.plan.TerritorialScope scope;

    ReportSearchSource(JdbcClient jdbc, Institutions institutions, ReportingPeriods periods, MessageSource messages,
            org.ariadne.plan.TerritorialScope scope) {
        this.scope = scope;
        this.jdbc = jdbc;
        this.institutions = institutions;
        this.periods = periods;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.reports";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var user = ReportAccess.user();
        var params = new ArrayList<Object>();
        var condition = ReportAccess.viewable(user, params, scope.managedPlansOfCurrentUser());
        var directory = institutions.directory();
        var labels = new HashMap<Long, Map<Long, PeriodView>>();
        var hits = new ArrayList<SearchHit>();
        jdbc.sql("select r.period_id, r.institution_id, r.status, r.plan_id from progress_report r where " + condition)
                .params(params)
                .query(row -> {
                    long planId = row.getLong(4);
                    var period = labels.computeIfAbsent(planId, plan -> byId(periods.ofPlan(plan))).get(row.getLong(1));
                    // the directory is the reader's participant's (issue 19): another participant's reports drop out here
                    var institution = directory.byId(row.getLong(2)).orElse(null);
                    if (period == null || institution == null) {
                        return;
                    }
                    var status = ReportStatus.valueOf(row.getString(3));
                    var statusText = messages.getMessage(status.messageKey(), null, status.name(), terms.locale());
                    var texts = new ArrayList<String>();
                    texts.add(institution.name());
                    texts.add(institution.shortName());
                    texts.addAll(institution.aliases());
                    texts.add(period.label());
                    texts.add(statusText);
                    texts.add(String.join(" ", texts));
                    var rank = terms.rank(null, texts.toArray(String[]::new));
                    if (rank > SearchTerms.NO_MATCH) {
                        hits.add(new SearchHit(null, institution.name() + " · " + period.label(), statusText,
                                "/reporting/" + period.id() + "/institutions/" + institution.id(), rank));
                    }
                });
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }

    private static Map<Long, PeriodView> byId(List<PeriodView> periods) {
        var map = new HashMap<Long, PeriodView>();
        periods.forEach(period -> map.put(period.id(), period));
        return map;
    }
}
