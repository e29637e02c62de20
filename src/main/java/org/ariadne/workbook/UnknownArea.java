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

    /** What the officer chose; a new area may be given its Albanian name ({@code nameSq}) at once. */
    public record Decision(Action action, String mappedTo, String nameSq) {

        public static final Decision ADD = new Decision(Action.ADD, null, null);
        public static final Decision NONE = new Decision(Action.NONE, null, null);

        public Decision {
            nameSq = nameSq == null || nameSq.isBlank() ? null : nameSq.strip();
        }

        public Decision(Action action, String mappedTo) {
            this(action, mappedTo, null);
        }

        public static Decision map(String areaCode) {
            return new Decision(Action.MAP, areaCode, null);
        }

        /** Added as a new area of the plan, named in Albanian too (null: as the file names it until renamed). */
        public static Decision add(String nameSq) {
            return new Decision(Action.ADD, null, nameSq);
        }
    }

    public enum Action {
        ADD, MAP, NONE
    }
}
