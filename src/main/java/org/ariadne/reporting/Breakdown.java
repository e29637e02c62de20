package org.ariadne.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.ariadne.plan.Disaggregation;

/**
 * The parts an indicator's value is broken down into. The first two dimensions form a grid (sex × age group, as
 * victim statistics are kept); every further dimension is a breakdown of its own (by citizenship, by form of
 * exploitation). Each group that is filled in must add up to the total.
 */
@org.springframework.modulith.NamedInterface("api")
public record Breakdown(List<Group> groups) {

    /** One set of parts that together make the total, e.g. the four cells of sex × age group. */
    public record Group(List<Disaggregation> dimensions, List<Part> parts) {
    }

    /** One part: its key as stored ("SEX=FEMALE|AGE_GROUP=UNDER_18") and its categories in order. */
    public record Part(String key, List<Category> categories) {
    }

    /** A category of a dimension, e.g. SEX / FEMALE; regions come from configuration. */
    public record Category(Disaggregation dimension, String code) {

        public String messageKey() {
            return "reporting.category." + dimension.name().toLowerCase(Locale.ROOT) + "." + code.toLowerCase(Locale.ROOT);
        }
    }

    static Breakdown of(Set<Disaggregation> dimensions, List<String> regions) {
        var ordered = dimensions.stream().sorted(Comparator.comparingInt(Enum::ordinal)).toList();
        var groups = new ArrayList<Group>();
        if (ordered.isEmpty()) {
            return new Breakdown(List.of());
        }
        var first = ordered.subList(0, Math.min(2, ordered.size()));
        groups.add(new Group(first, cross(first, regions)));
        for (var dimension : ordered.subList(first.size(), ordered.size())) {
            groups.add(new Group(List.of(dimension), cross(List.of(dimension), regions)));
        }
        return new Breakdown(List.copyOf(groups));
    }

    private static List<Part> cross(List<Disaggregation> dimensions, List<String> regions) {
        List<List<Category>> combinations = List.of(List.of());
        for (var dimension : dimensions) {
            var next = new ArrayList<List<Category>>();
            for (var prefix : combinations) {
                for (var code : categories(dimension, regions)) {
                    var combination = new ArrayList<>(prefix);
                    combination.add(new Category(dimension, code));
                    next.add(combination);
                }
            }
            combinations = next;
        }
        return combinations.stream().map(categories -> new Part(key(categories), List.copyOf(categories))).toList();
    }

    /** A dimension's categories in the order the forms list them (women before men, children before adults). */
    public static List<String> categories(Disaggregation dimension, List<String> regions) {
        return switch (dimension) {
            case SEX -> List.of("FEMALE", "MALE");
            case AGE_GROUP -> List.of("UNDER_18", "ADULT");
            case CITIZENSHIP -> List.of("NATIONAL", "FOREIGN");
            case FORM_OF_EXPLOITATION -> List.of("SEXUAL", "LABOUR", "BEGGING", "CRIMINAL_ACTIVITIES", "FORCED_MARRIAGE",
                    "OTHER");
            case REGION -> regions;
        };
    }

    private static String key(List<Category> categories) {
        return String.join("|", categories.stream().map(c -> c.dimension().name() + "=" + c.code()).toList());
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public boolean knows(String partKey) {
        return groups.stream().anyMatch(group -> group.parts().stream().anyMatch(part -> part.key().equals(partKey)));
    }
}
