package org.ariadne.coordination.web;

import java.util.Arrays;

/** Filters as the address gives them: a value that cannot be read (typed by hand, an old bookmark) is left out. */
final class Lenient {

    private Lenient() {
    }

    static <E extends Enum<E>> E named(Class<E> type, String value) {
        return value == null ? null : Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equalsIgnoreCase(value.strip())).findFirst().orElse(null);
    }

    static Long number(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException unreadable) {
            return null;
        }
    }

    static Integer year(String value) {
        var number = number(value);
        return number == null || number < 1900 || number > 2200 ? null : number.intValue();
    }
}
