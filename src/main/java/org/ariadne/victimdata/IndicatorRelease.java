package org.ariadne.victimdata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.ariadne.common.disclosure.Disclosed;
import org.ariadne.common.disclosure.Suppression;
import org.ariadne.victimdata.linkage.Sex;

/**
 * What a reader of a year's protected statistics already has of a register-linked indicator's year table (issue 14):
 * the indicator counts persons of one measure by sex and "under 18 / adult", the statistics count the same persons by
 * status, sex and the register's finer age groups, so most positions of the indicator's table are cells of the
 * statistics or sums of them. A position is the count the statistics show when every cell it sums is shown, and
 * suppressed when any is hidden (showing the sum would give the hidden cells' sum back); a position the statistics
 * do not give (sex × age of one status, a three-way table they never publish) is left out, for the indicator to
 * protect among its own counts.
 *
 * <p>The statistics count persons per cell; a person identified twice in the year at 17 and 18 is in two age groups,
 * where the indicator counts them once by their first case. The dashboards therefore follow a shown position only
 * when their count equals it; a hidden one they hide whatever their count.
 */
final class IndicatorRelease {

    static final String TOTAL = "";
    private static final String SEX = "SEX=";
    private static final String AGE = "AGE_GROUP=";
    private static final List<String> SEXES = List.of(Sex.FEMALE.name(), Sex.MALE.name());
    private static final Map<String, Predicate<AgeGroup>> AGES = new LinkedHashMap<>();

    static {
        AGES.put("UNDER_18", AgeGroup::child);
        AGES.put("ADULT", group -> group != AgeGroup.UNKNOWN && !group.child());
    }

    private IndicatorRelease() {
    }

    /**
     * Every person registered in the year: the year's total, the list by sex, the list by age group and the sex ×
     * age-group grid, as the statistics publish them.
     */
    static Map<String, Disclosed> registered(CrossTable bySex, CrossTable byAgeGroup, CrossTable sexByAgeGroup) {
        var released = new LinkedHashMap<String, Disclosed>();
        released.put(TOTAL, registeredTotal(bySex));
        var sexes = listed(bySex);
        SEXES.forEach(sex -> released.put(SEX + sex, sexes.getOrDefault(sex, Disclosed.published(0))));
        var ages = listed(byAgeGroup);
        AGES.forEach((age, inIt) -> released.put(AGE + age, sum(ages, inIt)));
        var grid = cells(sexByAgeGroup, StatisticsDimension.SEX);
        for (var sex : SEXES) {
            var row = grid.getOrDefault(sex, Map.of());
            AGES.forEach((age, inIt) -> released.put(SEX + sex + "|" + AGE + age, sum(row, inIt)));
        }
        return released;
    }

    /**
     * The persons of one status: its cell of the list by status, its row of the status × sex grid and its row of the
     * status × age-group grid. Sex × age of one status is not published, so not given.
     */
    static Map<String, Disclosed> ofStatus(CaseStatus status, CrossTable byStatus, CrossTable statusBySex,
            CrossTable statusByAgeGroup) {
        var released = new LinkedHashMap<String, Disclosed>();
        released.put(TOTAL, statusTotal(status, byStatus));
        var sexes = cells(statusBySex, StatisticsDimension.STATUS).getOrDefault(status.name(), Map.of());
        SEXES.forEach(sex -> released.put(SEX + sex, sexes.getOrDefault(sex, Disclosed.published(0))));
        var ages = cells(statusByAgeGroup, StatisticsDimension.STATUS).getOrDefault(status.name(), Map.of());
        AGES.forEach((age, inIt) -> released.put(AGE + age, sum(ages, inIt)));
        return released;
    }

    /** The year's persons as any list of the statistics publishes its grand total. */
    static Disclosed registeredTotal(CrossTable anyList) {
        return anyList.tables().isEmpty() ? Disclosed.published(0) : anyList.tables().get(0).totals().total().persons();
    }

    /** The persons of one status as the list by status publishes them. */
    static Disclosed statusTotal(CaseStatus status, CrossTable byStatus) {
        return listed(byStatus).getOrDefault(status.name(), Disclosed.published(0));
    }

    /** A list's persons by category key. */
    private static Map<String, Disclosed> listed(CrossTable list) {
        var byKey = new HashMap<String, Disclosed>();
        list.tables().forEach(layer -> layer.lines().forEach(line -> {
            if (!line.category().unknown()) {
                byKey.put(line.category().key(), line.total().persons());
            }
        }));
        return byKey;
    }

    /**
     * A grid's persons by the key of the category of {@code keyed} and then of the other dimension, whichever way
     * round the grid is.
     */
    private static Map<String, Map<String, Disclosed>> cells(CrossTable grid, StatisticsDimension keyed) {
        boolean byRows = grid.rows() == keyed;
        var byKey = new HashMap<String, Map<String, Disclosed>>();
        for (var layer : grid.tables()) {
            for (var line : layer.lines()) {
                for (int k = 0; k < line.cells().size(); k++) {
                    var row = line.category();
                    var column = grid.columnCategories().get(k);
                    var outer = byRows ? row : column;
                    var inner = byRows ? column : row;
                    if (!outer.unknown() && !inner.unknown()) {
                        byKey.computeIfAbsent(outer.key(), key -> new HashMap<>())
                                .put(inner.key(), line.cells().get(k).persons());
                    }
                }
            }
        }
        return byKey;
    }

    /**
     * The sum of the age groups in a group ("under 18": 0-11 and 12-17), as a reader adds them up: suppressed when
     * any of them is.
     */
    private static Disclosed sum(Map<String, Disclosed> byAgeGroup, Predicate<AgeGroup> inIt) {
        long sum = 0;
        var parts = new ArrayList<Disclosed>();
        for (var group : AgeGroup.values()) {
            if (inIt.test(group)) {
                parts.add(byAgeGroup.getOrDefault(group.name(), Disclosed.published(0)));
            }
        }
        for (var part : parts) {
            if (part.isSuppressed()) {
                return Disclosed.suppressed(Suppression.SECONDARY);
            }
            sum += part.value();
        }
        return Disclosed.published(sum);
    }
}
