package org.ariadne.documents;

import java.util.Map;

import org.ariadne.common.participant.ParticipantOwnership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whose generated document an address names (issue 19): its plan's participant's; {@code documentId} is the same
 * document offered for publication.
 */
@Component
class DocumentOwnership implements ParticipantOwnership {

    private final JdbcClient jdbc;

    DocumentOwnership(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Owner> owners() {
        Owner document = (id, address) -> jdbc.sql("""
                        select p.participant_id from generated_document d join action_plan p on p.id = d.plan_id
                        where d.id = ?""")
                .param(Long.parseLong(id)).query(Long.class).optional();
        return Map.of("/documents/{}", document, "documentId", document);
    }
}
