package org.ariadne.dashboards;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import org.ariadne.plan.Disaggregation;
import org.ariadne.reporting.Breakdown;

/**
 * The order categories are shown in: as the reporting forms list them (women before men, children before adults);
 * codes the forms do not fix (regions, configured on site) follow alphabetically.
 */
final class CategoryOrder {

    private CategoryOrder() {
    }

    static List<String> sorted(Disaggregation dimension, Collection<String> codes) {
        var present = new LinkedHashSet<>(codes);
        var result = new ArrayList<String>();
        for (var code : Breakdown.categories(dimension, List.of())) {
            if (present.remove(code)) {
                result.add(code);
            }
        }
        present.stream().sorted().forEach(result::add);
        return result;
    }
}
