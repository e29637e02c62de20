package org.ariadne.coordination;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invitation file is read back by a strict reader written to RFC 5545: CRLF line ends, no physical line over 75
 * octets, folding only with a leading space, balanced BEGIN/END, the required properties, text unescaped back to what
 * was written, and the local times in the meeting's zone (its VTIMEZONE rules give the right offset).
 */
class InvitationsUnitTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Belgrade");

    private static Invitations.Event event(String title, String place, String description) {
        return new Invitations.Event(42, title, LocalDateTime.of(2026, 7, 3, 10, 0), LocalDateTime.of(2026, 7, 3, 12, 30),
                place, description, List.of("Kosovo Police (demo)", "Ministry, \"Justice\""), 3,
                Instant.parse("2026-06-01T08:15:30Z"));
    }

    @Test
    void theFileIsAValidCalendarWithOneEventInTheOfficesZone() {
        var text = new String(Invitations.ics(event("National Authority session", "Prishtina", "1. Opening"), ZONE,
                "ariadne.example"), StandardCharsets.UTF_8);

        var calendar = StrictCalendar.read(text);

        assertThat(calendar.components()).containsExactly("VCALENDAR", "VTIMEZONE", "DAYLIGHT", "STANDARD", "VEVENT");
        var event = calendar.component("VEVENT");
        assertThat(event.get("UID").value()).isEqualTo("meeting-42@ariadne.example");
        assertThat(event.get("DTSTAMP").value()).isEqualTo("20260601T081530Z");
        assertThat(event.get("DTSTART").parameters()).containsEntry("TZID", "Europe/Belgrade");
        assertThat(event.get("DTSTART").value()).isEqualTo("20260703T100000");
        assertThat(event.get("DTEND").value()).isEqualTo("20260703T123000");
        assertThat(event.get("SEQUENCE").value()).isEqualTo("3");
        assertThat(calendar.component("VCALENDAR").get("VERSION").value()).isEqualTo("2.0");
        assertThat(calendar.component("VCALENDAR").get("PRODID")).isNotNull();
        // the zone's summer rule: 10:00 in Prishtina in July is 08:00 UTC
        var daylight = calendar.component("DAYLIGHT");
        assertThat(daylight.get("TZOFFSETTO").value()).isEqualTo("+0200");
        assertThat(daylight.get("RRULE").value()).isEqualTo("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
        assertThat(calendar.component("STANDARD").get("RRULE").value()).isEqualTo("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
        var start = LocalDateTime.parse(event.get("DTSTART").value(), DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss"));
        assertThat(ZonedDateTime.of(start, ZONE).toInstant()).isEqualTo(Instant.parse("2026-07-03T08:00:00Z"));
    }

    @Test
    void textWithCommasSemicolonsBackslashesAndLineBreaksComesBackAsWritten() {
        var title = "Working group; trafficking, labour \\ exploitation";
        var description = "1. Opening, welcome\n2. Cases; referrals\n3. A\\B";
        var text = new String(Invitations.ics(event(title, "Hall 3, floor 2; Prishtina", description), ZONE, "h"),
                StandardCharsets.UTF_8);

        var event = StrictCalendar.read(text).component("VEVENT");

        assertThat(event.get("SUMMARY").text()).isEqualTo(title);
        assertThat(event.get("LOCATION").text()).isEqualTo("Hall 3, floor 2; Prishtina");
        assertThat(event.get("DESCRIPTION").text()).isEqualTo(description);
        assertThat(text).contains("SUMMARY:Working group\\; trafficking\\, labour \\\\ exploitation");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutCuttingACharacter() {
        var title = "Takimi i Autoritetit Kombëtar për luftimin e trafikimit me qenie njerëzore — "
                + "shqyrtimi i planit të veprimit, raporti vjetor dhe përgatitjet për ëëëëëëëëëëëëëëëëëëëë";
        var bytes = Invitations.ics(event(title, null, null), ZONE, "h");
        var text = new String(bytes, StandardCharsets.UTF_8);

        for (var line : text.split("\r\n", -1)) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(text).contains("\r\n ");
        assertThat(StrictCalendar.read(text).component("VEVENT").get("SUMMARY").text()).isEqualTo(title);
        assertThat(new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isEqualTo(bytes);
    }

    @Test
    void aZoneWithoutSummerTimeHasOneStandardPart() {
        var text = new String(Invitations.ics(event("Donor round", null, null), ZoneId.of("UTC"), "h"),
                StandardCharsets.UTF_8);

        var calendar = StrictCalendar.read(text);
        assertThat(calendar.components()).containsExactly("VCALENDAR", "VTIMEZONE", "STANDARD", "VEVENT");
        assertThat(calendar.component("STANDARD").get("TZOFFSETTO").value()).isEqualTo("+0000");
    }

    /** A strict reader of RFC 5545: fails on anything the standard does not allow that the writer might get wrong. */
    record StrictCalendar(List<String> components, Map<String, Component> byName) {

        Component component(String name) {
            return byName.get(name);
        }

        static StrictCalendar read(String text) {
            assertThat(text).endsWith("\r\n");
            assertThat(text.replace("\r\n", "")).as("bare CR or LF").doesNotContain("\r").doesNotContain("\n");
            var physical = text.substring(0, text.length() - 2).split("\r\n", -1);
            var logical = new ArrayList<String>();
            for (var line : physical) {
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).as("octets of " + line).isLessThanOrEqualTo(75);
                if (line.startsWith(" ") || line.startsWith("\t")) {
                    assertThat(logical).as("a continuation needs a line before it").isNotEmpty();
                    logical.set(logical.size() - 1, logical.get(logical.size() - 1) + line.substring(1));
                } else {
                    logical.add(line);
                }
            }
            var components = new ArrayList<String>();
            var byName = new LinkedHashMap<String, Component>();
            var open = new ArrayDeque<Component>();
            for (var line : logical) {
                var property = Property.parse(line);
                if (property.name().equals("BEGIN")) {
                    var component = new Component(property.value(), new LinkedHashMap<>());
                    components.add(property.value());
                    byName.putIfAbsent(property.value(), component);
                    open.push(component);
                } else if (property.name().equals("END")) {
                    assertThat(open).as("END without BEGIN").isNotEmpty();
                    assertThat(open.pop().name()).isEqualTo(property.value());
                } else {
                    assertThat(open).as(line + " outside any component").isNotEmpty();
                    open.peek().properties().putIfAbsent(property.name(), property);
                }
            }
            assertThat(open).as("unclosed components").isEmpty();
            assertThat(components.get(0)).isEqualTo("VCALENDAR");
            var event = byName.get("VEVENT");
            assertThat(event.properties()).containsKeys("UID", "DTSTAMP", "DTSTART");
            return new StrictCalendar(components, byName);
        }
    }

    record Component(String name, Map<String, Property> properties) {

        Property get(String property) {
            return properties.get(property);
        }
    }

    record Property(String name, Map<String, String> parameters, String value) {

        /** NAME;PARAM=value;PARAM="quoted":value — a colon inside quotes does not end the parameters. */
        static Property parse(String line) {
            int colon = -1;
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    colon = i;
                    break;
                }
            }
            assertThat(colon).as("no value in " + line).isPositive();
            var head = line.substring(0, colon).split(";(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            assertThat(head[0]).matches("[A-Z][A-Z0-9-]*");
            var parameters = new LinkedHashMap<String, String>();
            for (int i = 1; i < head.length; i++) {
                var pair = head[i].split("=", 2);
                assertThat(pair).hasSize(2);
                parameters.put(pair[0], pair[1]);
            }
            return new Property(head[0], parameters, line.substring(colon + 1));
        }

        /** The TEXT value unescaped; an unescaped comma or semicolon would be a list, which these are not. */
        String text() {
            var out = new StringBuilder();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\\') {
                    char next = value.charAt(++i);
                    switch (next) {
                        case 'n', 'N' -> out.append('\n');
                        case '\\', ';', ',' -> out.append(next);
                        default -> throw new AssertionError("bad escape \\" + next + " in " + value);
                    }
                } else {
                    assertThat(c).as("unescaped in " + value).isNotIn(',', ';');
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
