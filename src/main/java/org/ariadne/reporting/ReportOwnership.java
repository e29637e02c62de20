package org.ariadne.reporting;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.institutions.Institutions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whose piece of evidence an address names (issue 19): that of the institution whose report it belongs to. */
@Component
class ReportOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Institutions institutions;

    ReportOwnership(JdbcClient jdbc, Institutions institutions) {
        this.jdbc = jdbc;
        this.institutions = institutions;
    }

    @Override
    public Map<String, Owner> owners() {
        return Map.of("/reporting/evidence/{}", (id, address) -> jdbc.sql("""
                        select r.institution_id from report_evidence e join progress_report r on r.id = e.report_id
                        where e.id = ?""")
                .param(Long.parseLong(id)).query(Long.class).optional().flatMap(institutions::participantOf));
    }
}
