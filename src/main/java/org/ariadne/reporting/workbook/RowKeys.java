package org.ariadne.reporting.workbook;

import java.time.LocalDate;

/** The keys in the hidden column A of the "Report" sheet: what each row is. */
final class RowKeys {

    static final String ACTIVITY = "activity";
    static final String RESULT = "result";
    static final String STATUS = "status";
    static final String NARRATIVE = "narrative";
    static final String PROBLEMS = "problems";
    static final String SPENDING_HEADER = "spending-header";
    static final String SPENDING = "spending";
    static final String INDICATOR = "indicator";
    static final String GROUPS = "groups";
    static final String COLUMNS = "columns";
    static final String VALUE = "value";
    static final String OTHERS = "others";

    private RowKeys() {
    }

    static String of(String kind, long id) {
        return kind + ":" + id;
    }

    static String spending(long activityId, int line) {
        return SPENDING + ":" + activityId + ":" + line;
    }

    /** The key of an indicator value's row; also the key of that part of the report in the stamp. */
    static String value(long indicatorId, LocalDate startsOn) {
        return VALUE + ":" + indicatorId + ":" + startsOn;
    }

    /** The key of an activity entry in the stamp (the same as its title row's). */
    static String activity(long activityId) {
        return of(ACTIVITY, activityId);
    }
}
