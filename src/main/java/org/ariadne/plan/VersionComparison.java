package org.ariadne.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import org.ariadne.plan.VersionChange.Element;
import org.ariadne.plan.VersionChange.Kind;

/**
 * What changed from one version of a plan to another: elements are matched by their identity in the live plan (a
 * version is a copy of the live plan at one moment), so a renumbered activity is "changed", not "dropped and added".
 * An activity dropped by a revision counts as dropped, and its indicators go with it without a line of their own.
 * Changes come in plan order of the newer version, dropped elements after the ones of the older version they
 * followed. One pass over each tree: two national plans of 400 activities compare in milliseconds.
 */
public final class VersionComparison {

    private VersionComparison() {
    }

    /**
     * @param institutionNames the name of an institution by its id (the lead institution's change reads as names)
     */
    public static List<VersionChange> compare(PlanTree from, PlanTree to, LongFunction<String> institutionNames) {
        var changes = new ArrayList<VersionChange>();
        var oldStrategic = byId(from.objectives(), StrategicObjectiveNode::id);
        var newStrategic = byId(to.objectives(), StrategicObjectiveNode::id);
        var oldSpecific = byId(from.specificObjectives().toList(), SpecificObjectiveNode::id);
        var newSpecific = byId(to.specificObjectives().toList(), SpecificObjectiveNode::id);
        var oldActivities = byId(from.activities().filter(a -> !a.dropped()).toList(), ActivityView::id);
        var newActivities = byId(to.activities().filter(a -> !a.dropped()).toList(), ActivityView::id);
        var oldIndicators = byId(from.indicators().toList(), IndicatorView::id);
        var newIndicators = byId(to.indicators().toList(), IndicatorView::id);
        // the indicators of a dropped activity go with it
        var droppedActivities = new HashSet<>(oldActivities.keySet());
        droppedActivities.removeAll(newActivities.keySet());
        var addedActivities = new HashSet<>(newActivities.keySet());
        addedActivities.removeAll(oldActivities.keySet());

        for (var so : to.objectives()) {
            var before = oldStrategic.get(so.id());
            if (before == null) {
                changes.add(added(Element.STRATEGIC_OBJECTIVE, "strategic", so.id(), so.code(), so.title()));
            } else {
                fields(changes, Element.STRATEGIC_OBJECTIVE, "strategic", so.id(), so.code(), so.title(),
                        Map.of("code", pair(before.code(), so.code()), "title", pair(before.title(), so.title())));
            }
            indicators(changes, so.indicators(), oldIndicators, Set.of());
            for (var sp : so.specificObjectives()) {
                var old = oldSpecific.get(sp.id());
                if (old == null) {
                    changes.add(added(Element.SPECIFIC_OBJECTIVE, "specific", sp.id(), sp.code(), sp.title()));
                } else {
                    fields(changes, Element.SPECIFIC_OBJECTIVE, "specific", sp.id(), sp.code(), sp.title(),
                            Map.of("code", pair(old.code(), sp.code()), "title", pair(old.title(), sp.title())));
                }
                indicators(changes, sp.indicators(), oldIndicators, Set.of());
                for (var activity : sp.activities()) {
                    if (activity.dropped()) {
                        continue;
                    }
                    var was = oldActivities.get(activity.id());
                    if (was == null) {
                        changes.add(added(Element.ACTIVITY, "activity", activity.id(), activity.code(),
                                activity.title()));
                    } else {
                        activity(changes, was, activity, institutionNames);
                    }
                    indicators(changes, activity.indicators(), oldIndicators, addedActivities);
                }
            }
        }
        // what the older version had and the newer has not, in the older version's order
        for (var so : from.objectives()) {
            if (!newStrategic.containsKey(so.id())) {
                changes.add(dropped(Element.STRATEGIC_OBJECTIVE, "strategic", so.id(), so.code(), so.title()));
            }
        }
        for (var sp : oldSpecific.values()) {
            if (!newSpecific.containsKey(sp.id())) {
                changes.add(dropped(Element.SPECIFIC_OBJECTIVE, "specific", sp.id(), sp.code(), sp.title()));
            }
        }
        for (var activity : oldActivities.values()) {
            if (droppedActivities.contains(activity.id())) {
                changes.add(dropped(Element.ACTIVITY, "activity", activity.id(), activity.code(), activity.title()));
            }
        }
        var shownIndicators = to.objectives().stream().flatMap(so -> so.indicators().stream()).map(IndicatorView::id)
                .collect(Collectors.toCollection(HashSet::new));
        to.specificObjectives().forEach(sp -> sp.indicators().forEach(i -> shownIndicators.add(i.id())));
        newActivities.values().forEach(a -> a.indicators().forEach(i -> shownIndicators.add(i.id())));
        for (var indicator : oldIndicators.values()) {
            var owner = indicator.owner();
            boolean withDroppedActivity = owner.kind() == PlanCode.Kind.ACTIVITY && droppedActivities.contains(owner.id());
            if (!shownIndicators.contains(indicator.id()) && !withDroppedActivity) {
                changes.add(dropped(Element.INDICATOR, "indicator", indicator.id(), null, indicator.name()));
            }
        }
        return List.copyOf(changes);
    }

    private static void activity(List<VersionChange> changes, ActivityView before, ActivityView after,
            LongFunction<String> names) {
        var fields = new LinkedHashMap<String, String[]>();
        fields.put("code", pair(before.code(), after.code()));
        fields.put("title", pair(before.title(), after.title()));
        fields.put("description", pair(before.description(), after.description()));
        fields.put("expected-result", pair(before.expectedResult(), after.expectedResult()));
        fields.put("lead-institution", pair(name(names, before.leadInstitutionId()), name(names, after.leadInstitutionId())));
        fields.put("start", pair(text(before.continuous() ? null : before.startDate()),
                text(after.continuous() ? null : after.startDate())));
        fields.put("end", pair(text(before.continuous() ? null : before.endDate()),
                text(after.continuous() ? null : after.endDate())));
        fields(changes, Element.ACTIVITY, "activity", after.id(), after.code(), after.title(), fields);
        // the budget, year by year (lines without a year under the whole period)
        var oldBudget = budgetByYear(before);
        var newBudget = budgetByYear(after);
        var years = new TreeSet<Integer>(Comparator.nullsFirst(Comparator.naturalOrder()));
        years.addAll(oldBudget.keySet());
        years.addAll(newBudget.keySet());
        for (var year : years) {
            var was = oldBudget.get(year);
            var now = newBudget.get(year);
            if (!sameNumber(was, now)) {
                changes.add(new VersionChange(key("activity", after.id(), "budget-" + (year == null ? "all" : year)),
                        Kind.CHANGED, Element.ACTIVITY, after.code(), after.title(), "budget", year, number(was),
                        number(now)));
            }
        }
    }

    private static Map<Integer, BigDecimal> budgetByYear(ActivityView activity) {
        var result = new TreeMap<Integer, BigDecimal>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (var line : activity.budgetLines()) {
            result.merge(line.year(), line.planned(), BigDecimal::add);
        }
        return result;
    }

    private static void indicators(List<VersionChange> changes, List<IndicatorView> indicators,
            Map<Long, IndicatorView> old, java.util.Set<Long> addedActivities) {
        for (var indicator : indicators) {
            var before = old.get(indicator.id());
            if (before == null) {
                // the indicators of an added activity come with it
                if (!(indicator.owner().kind() == PlanCode.Kind.ACTIVITY && addedActivities.contains(indicator.owner().id()))) {
                    changes.add(new VersionChange(key("indicator", indicator.id(), "added"), Kind.ADDED,
                            Element.INDICATOR, null, indicator.name(), null, null, null, null));
                }
                continue;
            }
            var fields = new LinkedHashMap<String, String[]>();
            fields.put("name", pair(before.name(), indicator.name()));
            fields.put("unit", pair(before.unit(), indicator.unit()));
            fields.put("baseline", numbers(before.baselineValue(), indicator.baselineValue()));
            fields.put("final-target", numbers(before.targetValue(), indicator.targetValue()));
            fields(changes, Element.INDICATOR, "indicator", indicator.id(), null, indicator.name(), fields);
            var years = new TreeSet<Integer>(before.yearTargets().keySet());
            years.addAll(indicator.yearTargets().keySet());
            for (var year : years) {
                var was = before.yearTargets().get(year);
                var now = indicator.yearTargets().get(year);
                if (!sameNumber(was, now)) {
                    changes.add(new VersionChange(key("indicator", indicator.id(), "target-" + year), Kind.CHANGED,
                            Element.INDICATOR, null, indicator.name(), "target", year, number(was), number(now)));
                }
            }
        }
    }

    private static void fields(List<VersionChange> changes, Element element, String prefix, long id, String code,
            String label, Map<String, String[]> fields) {
        var ordered = fields instanceof LinkedHashMap ? fields : new TreeMap<>(fields);
        ordered.forEach((field, values) -> {
            if (!Objects.equals(values[0], values[1])) {
                changes.add(new VersionChange(key(prefix, id, field), Kind.CHANGED, element, code, label, field, null,
                        values[0], values[1]));
            }
        });
    }

    private static VersionChange added(Element element, String prefix, long id, String code, String label) {
        return new VersionChange(key(prefix, id, "added"), Kind.ADDED, element, code, label, null, null, null, null);
    }

    private static VersionChange dropped(Element element, String prefix, long id, String code, String label) {
        return new VersionChange(key(prefix, id, "dropped"), Kind.DROPPED, element, code, label, null, null, null,
                null);
    }

    static String key(String prefix, long id, String what) {
        return prefix + "-" + id + "-" + what;
    }

    private static <T> Map<Long, T> byId(List<T> elements, Function<T, Long> id) {
        var result = new LinkedHashMap<Long, T>();
        elements.forEach(element -> result.put(id.apply(element), element));
        return result;
    }

    private static String[] pair(String before, String after) {
        return new String[] {blankToNull(before), blankToNull(after)};
    }

    private static String[] numbers(BigDecimal before, BigDecimal after) {
        return sameNumber(before, after) ? new String[] {null, null} : new String[] {number(before), number(after)};
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String number(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String name(LongFunction<String> names, Long id) {
        return id == null ? null : names.apply(id);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
