package org.ariadne.coordination;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A meeting's invitation as an iCalendar file (RFC 5545): one VEVENT with a stable UID, DTSTAMP in UTC, DTSTART and
 * DTEND as local times of the office's zone (TZID) with that zone's VTIMEZONE, so that a calendar in another zone shows
 * the right hour. Text values are escaped (backslash, semicolon, comma, line breaks) and every line is folded at 75
 * octets without cutting a UTF-8 character; lines end in CRLF.
 */
final class Invitations {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final int MAX_OCTETS = 75;

    private Invitations() {
    }

    /** What goes into the file; {@code host} makes the UID unique to this installation. */
    record Event(long meetingId, String title, LocalDateTime starts, LocalDateTime ends, String place,
            String description, List<String> attendees, int sequence, Instant stamp) {
    }

    static byte[] ics(Event event, ZoneId zone, String host) {
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VCALENDAR");
        lines.add("VERSION:2.0");
        lines.add("PRODID:-//Ariadne//Coordination//EN");
        lines.add("CALSCALE:GREGORIAN");
        lines.add("METHOD:PUBLISH");
        lines.addAll(timeZone(zone, event.starts().getYear()));
        lines.add("BEGIN:VEVENT");
        lines.add("UID:meeting-" + event.meetingId() + "@" + host);
        lines.add("DTSTAMP:" + UTC.format(event.stamp()));
        lines.add("SEQUENCE:" + event.sequence());
        lines.add("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(event.starts()));
        lines.add("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(event.ends()));
        lines.add("SUMMARY:" + escape(event.title()));
        if (event.place() != null && !event.place().isBlank()) {
            lines.add("LOCATION:" + escape(event.place()));
        }
        if (event.description() != null && !event.description().isBlank()) {
            lines.add("DESCRIPTION:" + escape(event.description()));
        }
        for (var attendee : event.attendees()) {
            // institutions, not addresses: named only, as a calendar shows a room or a resource
            lines.add("ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=" + parameter(attendee) + ":urn:ariadne:institution");
        }
        lines.add("END:VEVENT");
        lines.add("END:VCALENDAR");
        var text = new StringBuilder();
        lines.forEach(line -> text.append(fold(line)));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** A parameter value: quoted, without the characters a quoted value may not hold. */
    static String parameter(String text) {
        return "\"" + text.replace("\"", "'").replaceAll("[\\p{Cntrl}]", " ") + "\"";
    }

    /** One content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 character, ending in CRLF. */
    static String fold(String line) {
        var out = new StringBuilder();
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            var character = new String(Character.toChars(codePoint));
            int size = character.getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                // the continuation's leading space counts towards its 75 octets
                octets = 1;
            }
            out.append(character);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return out.append("\r\n").toString();
    }

    /** The zone's VTIMEZONE: its yearly rules where it has them, otherwise its fixed offset in that year. */
    static List<String> timeZone(ZoneId zone, int year) {
        var rules = zone.getRules();
        var lines = new ArrayList<String>();
        lines.add("BEGIN:VTIMEZONE");
        lines.add("TZID:" + zone.getId());
        var transitions = rules.getTransitionRules();
        var yearly = transitions.stream().map(Invitations::byDay).allMatch(day -> day != null);
        if (!transitions.isEmpty() && yearly) {
            for (var rule : transitions) {
                var daylight = rule.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
                var name = daylight ? "DAYLIGHT" : "STANDARD";
                var transition = rule.createTransition(1970);
                lines.add("BEGIN:" + name);
                lines.add("DTSTART:" + LOCAL.format(transition.getDateTimeBefore()));
                lines.add("TZOFFSETFROM:" + offset(rule.getOffsetBefore()));
                lines.add("TZOFFSETTO:" + offset(rule.getOffsetAfter()));
                lines.add("RRULE:FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue() + ";BYDAY=" + byDay(rule));
                lines.add("END:" + name);
            }
        } else {
            var offset = rules.getOffset(LocalDateTime.of(year, 1, 1, 0, 0));
            lines.add("BEGIN:STANDARD");
            lines.add("DTSTART:19700101T000000");
            lines.add("TZOFFSETFROM:" + offset(offset));
            lines.add("TZOFFSETTO:" + offset(offset));
            lines.add("END:STANDARD");
        }
        lines.add("END:VTIMEZONE");
        return lines;
    }

    /** "-1SU" for "the last Sunday" (the JDK's "Sunday on or after the 25th" of a 31-day month), "2SU" and so on. */
    private static String byDay(ZoneOffsetTransitionRule rule) {
        var day = rule.getDayOfWeek();
        int indicator = rule.getDayOfMonthIndicator();
        if (day == null) {
            return null;
        }
        String weekday = code(day);
        if (indicator == -1 || indicator + 6 == rule.getMonth().maxLength()) {
            return "-1" + weekday;
        }
        if (indicator > 0 && (indicator - 1) % 7 == 0) {
            return ((indicator - 1) / 7 + 1) + weekday;
        }
        return null;
    }

    private static String code(DayOfWeek day) {
        return day.name().substring(0, 2).toUpperCase(Locale.ROOT);
    }

    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        var sign = seconds < 0 ? "-" : "+";
        seconds = Math.abs(seconds);
        return sign + "%02d%02d".formatted(seconds / 3600, (seconds % 3600) / 60);
    }
}
