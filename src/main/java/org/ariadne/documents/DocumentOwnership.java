package org.ariadne.documents;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.ariadne.plan.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose generated document an address names (issue 19): its plan's participant's; {@code documentId} is the same
 * document offered for publication.
 */
@Component
class DocumentOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;
    private final Plans plans;

    DocumentOwnership(JdbcClient jdbc, Plans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner document = (id, address) -> jdbc.sql("select plan_id from generated_document where id = ?")
                .param(Long.parseLong(id)).query(Long.class).optional().flatMap(plans::participantOf);
        return Map.of("/documents/{}", document, "documentId", document);
    }
}
