package org.ariadne.coordination;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * One committee's reporting: the months it reported and the months missing, from its first report through the last
 * month that has ended (the current month is not missing yet).
 */
public record CommitteeMonths(long committeeId, String committee, List<YearMonth> reported, List<YearMonth> missing) {

    static CommitteeMonths of(long committeeId, String committee, Collection<YearMonth> reported, YearMonth current) {
        var months = new TreeSet<>(reported);
        var missing = new ArrayList<YearMonth>();
        if (!months.isEmpty()) {
            for (var month = months.first(); month.isBefore(current); month = month.plusMonths(1)) {
                if (!months.contains(month)) {
                    missing.add(month);
                }
            }
        }
        return new CommitteeMonths(committeeId, committee, List.copyOf(months), List.copyOf(missing));
    }
}
