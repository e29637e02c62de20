package org.ariadne.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to go and how to sign in. */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoBanner {

    private static final Logger log = LoggerFactory.getLogger(DemoBanner.class);

    @EventListener(ApplicationReadyEvent.class)
    void printWhereToGo(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        var port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        var path = environment.getProperty("server.servlet.context-path", "");
        log.info("{}{}  Ariadne is running: http://localhost:{}{}/{}  Demo accounts:{}{}{}",
                System.lineSeparator(), System.lineSeparator(), port, path, System.lineSeparator(),
                System.lineSeparator(), DemoData.loginTable(), System.lineSeparator());
    }
}
