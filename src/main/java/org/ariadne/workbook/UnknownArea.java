package org.ariadne.workbook;

import java.util.List;

/**
 * A thematic area the file names that the plan does not have ("GENERAL MEASURES", "Identification and referral"),
 * the rows that name it, and what the officer chose: add it as a new area of the plan (the default), take it as one
 * of the plan's areas ({@code mappedTo}, an area code), or leave the objectives without an area.
 */
public record UnknownArea(String name, String key, List<Integer> rows, Decision decision) {

    public UnknownArea {
        rows = List.copyOf(rows);
    }

    public record Decision(Action action, String mappedTo) {

        public static final Decision ADD = new Decision(Action.ADD, null);
        public static final Decision NONE = new Decision(Action.NONE, null);

        public static Decision map(String areaCode) {
            return new Decision(Action.MAP, areaCode);
        }
    }

    public enum Action {
        ADD, MAP, NONE
    }
}
