package org.ariadne.coordination;

import java.util.Locale;

/** The kinds of meeting the office keeps (DOMAIN.md, Coordination; seed 003 for the local committees). */
public enum MeetingKind {
    NATIONAL_AUTHORITY, WORKING_GROUP, TECHNICAL_TABLE, DONOR_ROUND, LOCAL_COMMITTEE;

    public String messageKey() {
        return "coordination.meeting.kind." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
