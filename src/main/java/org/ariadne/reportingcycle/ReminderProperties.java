package org.ariadne.reportingcycle;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail reminders: off unless switched on and an SMTP server is configured; sent from {@code mailFrom}, linking to
 * the page under {@code publicUrl}. The same {@code ariadne.reporting} settings as before the cycle had its module.
 */
@ConfigurationProperties("ariadne.reporting")
public record ReminderProperties(
        @DefaultValue("false") boolean mailEnabled,
        @DefaultValue("ariadne@localhost") String mailFrom,
        @DefaultValue("http://localhost:8080") String publicUrl) {
}
