package org.ariadne.victimdata;

import java.util.Map;
import java.util.Optional;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose register the addresses of the victim data name (issue 19): a case, and the earlier case of a match, are their
 * participant's; a register-linked indicator is its plan's participant's.
 */
@Component
class VictimDataOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final RegisterIndicatorLinkRepository links;
    private final RegisterIndicators indicators;

    VictimDataOwnership(JdbcClient jdbc, RegisterIndicatorLinkRepository links, RegisterIndicators indicators) {
        this.jdbc = jdbc;
        this.links = links;
        this.indicators = indicators;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner victimCase = (id, address) -> ofCase(Long.parseLong(id));
        return Map.of("/victim-data/cases/{}", victimCase,
                "earlierId", victimCase,
                // the id of a link between a plan indicator and the register: the indicator's plan's participant
                "/victim-data/statistics/indicators/{}", (id, address) -> links.findById(Long.parseLong(id))
                        .map(link -> indicators.participantOf(link.indicatorId())));
    }

    private Optional<Long> ofCase(long id) {
        return jdbc.sql("select participant_id from victim_case where id = ?").param(id).query(Long.class).optional();
    }
}
