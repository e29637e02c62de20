package org.ariadne.coordination;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Coordination settings: the office's time zone (meeting times are local times there, and the calendar files say
 * so), how many days ahead an action counts as due soon and an agreement's expiry is announced, and the largest file
 * kept with a meeting or an agreement.
 */
@ConfigurationProperties("ariadne.coordination")
public record CoordinationProperties(
        @DefaultValue("Europe/Belgrade") ZoneId timeZone,
        @DefaultValue("7") int actionDueSoonDays,
        @DefaultValue("90") int renewalNoticeDays,
        @DefaultValue("10485760") long maxFileBytes,
        @DefaultValue("0 15 7 * * *") String remindersCron) {
}
