package org.ariadne.reporting;

import java.util.List;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.audit.Audited;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's recount of the accepted totals that progress is computed from ({@code indicator_year_total},
 * kept by the acceptances): adds up every accepted value again, puts right what differs, says what differed and
 * writes it to the audit trail. For a database repaired by hand or a total in doubt; the workflow never needs it.
 */
@Service
@org.springframework.modulith.NamedInterface("changes")
public class AcceptedTotals {

    static final String TOTALS = "accepted-totals";
    private static final String LABEL = "Accepted totals of the plan";
    /** The audit entry names at most this many differences (and how many more there were). */
    private static final int AUDITED_DIFFERENCES = 100;

    private final IndicatorYearTotals totals;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;

    AcceptedTotals(IndicatorYearTotals totals, JdbcClient jdbc, AuditTrail trail, ApplicationEventPublisher events) {
        this.totals = totals;
        this.jdbc = jdbc;
        this.trail = trail;
        this.events = events;
    }

    /** Recounts one plan's totals, as the administrator. */
    @Transactional
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public TotalsRecount recount(long planId) {
        var recount = totals.recount(planId);
        var before = AuditRecord.state("compared", recount.rowsChecked());
        var after = AuditRecord.state("compared", recount.rowsChecked(),
                "putRight", recount.differences().size());
        var named = recount.differences().stream().limit(AUDITED_DIFFERENCES).toList();
        for (var difference : named) {
            var where = "indicator " + difference.indicatorId() + ", " + difference.year();
            before.put(where, difference.kept());
            after.put(where, difference.recounted());
        }
        if (named.size() < recount.differences().size()) {
            after.put("andMore", recount.differences().size() - named.size());
        }
        trail.recordChange(Audited.of(TOTALS, planId, LABEL, planId, before), Audited.of(TOTALS, planId, LABEL, planId, after));
        if (!recount.differences().isEmpty()) {
            events.publishEvent(new AcceptedTotalsRecounted(planId, recount.differences().size()));
        }
        return recount;
    }

    /** The plans that have accepted values or kept totals, whose totals a recount of everything goes through. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public List<Long> plansWithTotals() {
        return jdbc.sql("""
                        select plan_id from progress_report where status = 'ACCEPTED'
                        union select plan_id from indicator_year_total order by 1""")
                .query(Long.class).list();
    }
}
