package org.ariadne.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.ariadne.plan.Disaggregation;

/**
 * The order categories are shown in: as the reporting forms list them (women before men, children before adults);
 * codes the forms do not fix (regions, configured on site) follow alphabetically.
 */
final class CategoryOrder {

    // the same lists as Breakdown.categories in the reporting module, which is not public
    private static final Map<Disaggregation, List<String>> ORDER = Map.of(
            Disaggregation.SEX, List.of("FEMALE", "MALE"),
            Disaggregation.AGE_GROUP, List.of("UNDER_18", "ADULT"),
            Disaggregation.CITIZENSHIP, List.of("NATIONAL", "FOREIGN"),
            Disaggregation.FORM_OF_EXPLOITATION, List.of("SEXUAL", "LABOUR", "BEGGING", "CRIMINAL_ACTIVITIES",
                    "FORCED_MARRIAGE", "OTHER"));

    private CategoryOrder() {
    }

    static List<String> sorted(Disaggregation dimension, Collection<String> codes) {
        var present = new LinkedHashSet<>(codes);
        var result = new ArrayList<String>();
        for (var code : ORDER.getOrDefault(dimension, List.of())) {
            if (present.remove(code)) {
                result.add(code);
            }
        }
        present.stream().sorted().forEach(result::add);
        return result;
    }
}
