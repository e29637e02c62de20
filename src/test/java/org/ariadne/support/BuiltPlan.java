package org.ariadne.support;

import java.util.Map;
import java.util.NoSuchElementException;

/** The ids of a plan built by {@link TestPlans}: its elements by code, its indicators by name. */
public record BuiltPlan(long id, String title, Map<String, Long> elements, Map<String, Long> indicators) {

    /** An objective or activity by its code ({@code SO 1}, {@code SO 1.1}, {@code A1.1.1}). */
    public long element(String code) {
        var id = elements.get(code);
        if (id == null) {
            throw new NoSuchElementException("no element " + code + " in the plan, only " + elements.keySet());
        }
        return id;
    }

    public long indicator(String name) {
        var id = indicators.get(name);
        if (id == null) {
            throw new NoSuchElementException("no indicator " + name + " in the plan, only " + indicators.keySet());
        }
        return id;
    }
}
