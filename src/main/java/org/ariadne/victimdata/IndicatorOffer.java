package org.ariadne.victimdata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.ariadne.common.disclosure.CountTable;
import org.ariadne.common.disclosure.DisclosureControl;
import org.ariadne.common.disclosure.ProtectedTable;

/**
 * What of a {@link RegisterFigure} may leave the register as a plan indicator's value. A plan indicator is published:
 * its accepted values reach the members' dashboards, the annual report and the portal, and the report that carries it
 * is filled in by an institution's focal point, who may not read the register. So the figure goes through the
 * register's one disclosure rule ({@link DisclosureControl}) before it is offered:
 * <ul>
 * <li>a total from 1 to one below the threshold is not offered at all (the office sees it on the settings page, marked
 *     withheld): a report value cannot carry a suppression mark, and a small count typed into a report would be
 *     published as it is;</li>
 * <li>a breakdown is offered whole or not at all: the sex × age grid (or the one breakdown linked) is protected with
 *     its margins, primary and secondary suppression as for every published table, and a breakdown with any
 *     suppressed part is left out, with the reason in the value's source; so is one that cannot add up to the total
 *     (persons of another sex or of unknown age, whom the report's categories do not have);</li>
 * <li>zeros are offered: they identify no one.</li>
 * </ul>
 */
record IndicatorOffer(long total, Map<String, Long> parts, List<String> withheld) {

    static final String SMALL = "victimdata.indicator.withheld.small";
    static final String UNCOUNTABLE = "victimdata.indicator.withheld.uncountable";

    IndicatorOffer {
        parts = Map.copyOf(parts);
        withheld = List.copyOf(withheld);
    }

    static Optional<IndicatorOffer> of(RegisterFigure figure, boolean bySex, boolean byAge, DisclosureControl rule) {
        if (rule.tooSmall(figure.total())) {
            return Optional.empty();
        }
        var parts = new LinkedHashMap<String, Long>();
        var withheld = new ArrayList<String>();
        if (bySex && byAge) {
            if (figure.otherSex() > 0 || figure.unknownAge() > 0) {
                withheld.add(UNCOUNTABLE);
            } else {
                var grid = rule.protect(CountTable.grid(new long[][] {figure.grid()[0].clone(), figure.grid()[1].clone()}));
                // the total is offered: parts only where the rule published it too
                var whole = published(grid, new int[][] {{CountTable.TOTAL, CountTable.TOTAL}});
                if (whole && published(grid, new int[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}})) {
                    parts.put("SEX=FEMALE|AGE_GROUP=UNDER_18", figure.cell(0, 0));
                    parts.put("SEX=FEMALE|AGE_GROUP=ADULT", figure.cell(0, 1));
                    parts.put("SEX=MALE|AGE_GROUP=UNDER_18", figure.cell(1, 0));
                    parts.put("SEX=MALE|AGE_GROUP=ADULT", figure.cell(1, 1));
                }
                if (whole && published(grid, new int[][] {{0, CountTable.TOTAL}, {1, CountTable.TOTAL}})) {
                    parts.put("SEX=FEMALE", figure.women());
                    parts.put("SEX=MALE", figure.men());
                }
                if (whole && published(grid, new int[][] {{CountTable.TOTAL, 0}, {CountTable.TOTAL, 1}})) {
                    parts.put("AGE_GROUP=UNDER_18", figure.children());
                    parts.put("AGE_GROUP=ADULT", figure.adults());
                }
                if (!parts.containsKey("SEX=FEMALE|AGE_GROUP=UNDER_18")) {
                    withheld.add(SMALL);
                }
            }
        } else if (bySex || byAge) {
            var uncountable = bySex ? figure.otherSex() : figure.unknownAge();
            var first = bySex ? figure.women() : figure.children();
            var second = bySex ? figure.men() : figure.adults();
            if (uncountable > 0) {
                withheld.add(UNCOUNTABLE);
            } else if (rule.tooSmall(first) || rule.tooSmall(second)) {
                // two parts of a published total: one small part is recomputed from the other, so both go
                withheld.add(SMALL);
            } else {
                parts.put(bySex ? "SEX=FEMALE" : "AGE_GROUP=UNDER_18", first);
                parts.put(bySex ? "SEX=MALE" : "AGE_GROUP=ADULT", second);
            }
        }
        return Optional.of(new IndicatorOffer(figure.total(), parts, withheld));
    }

    private static boolean published(ProtectedTable table, int[][] positions) {
        for (var position : positions) {
            if (table.at(position).isSuppressed()) {
                return false;
            }
        }
        return true;
    }
}
