package org.ariadne.common.participant;

import java.util.TreeSet;

import org.ariadne.support.AriadneIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every address that names a record has a module that tells whose record it is (issue 19): the guard refuses an
 * address it cannot place, so a route without an owner would be closed to every person of a participant. A new route
 * whose variable nobody answers for fails here, with its key, before it reaches a user.
 */
@AriadneIntegrationTest
class ParticipantOwnershipCoverageIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ParticipantGuard guard;

    @Test
    void everyRecordAnAddressNamesHasAnOwner() {
        var unanswered = new TreeSet<String>();
        context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
                    if (ParticipantGuard.isPublic(pattern)) {
                        return;
                    }
                    for (var key : ParticipantGuard.keys(pattern)) {
                        if (key.variable() != null && !guard.answers(key.key())) {
                            unanswered.add(key.key() + "   (" + pattern + ")");
                        }
                    }
                })));
        assertThat(unanswered).as("address variables no module answers for (key and one route)").isEmpty();
    }
}
