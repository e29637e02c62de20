package org.ariadne.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.ariadne.common.text.NameKey;

/** Builds the matrix rows from a plan tree; filtering happens here so that the page and its exports agree. */
final class MonitoringMatrix {

    private MonitoringMatrix() {
    }

    static List<MatrixRow> rows(PlanTree tree, MatrixFilter filter) {
        return rows(tree, filter, Map.of());
    }

    /** The rows, an activity an adopted version dropped marked with when ({@code dropped}, by activity id). */
    static List<MatrixRow> rows(PlanTree tree, MatrixFilter filter, Map<Long, DroppedActivity> dropped) {
        var rows = new ArrayList<MatrixRow>();
        var needle = filter.text() == null ? "" : NameKey.of(filter.text());
        for (var strategic : tree.objectives()) {
            if (filter.thematicArea() != null && !filter.thematicArea().equals(strategic.thematicArea())) {
                continue;
            }
            boolean objectiveLevel = filter.status() == null && !filter.notReported() && filter.institutionId() == null;
            if (objectiveLevel) {
                strategic.indicators().stream().filter(i -> matches(needle, strategic.title(), i.name()))
                        .forEach(i -> rows.add(new MatrixRow(strategic, null, null, i, 0)));
            }
            for (var specific : strategic.specificObjectives()) {
                if (objectiveLevel) {
                    specific.indicators().stream().filter(i -> matches(needle, specific.title(), i.name()))
                            .forEach(i -> rows.add(new MatrixRow(strategic, specific, null, i, 0)));
                }
                for (var activity : specific.activities()) {
                    if (!matches(filter, activity) || !matches(needle, activity.title(), activity.code(),
                            activity.expectedResult(), activity.indicators().stream().map(IndicatorView::name).toList())) {
                        continue;
                    }
                    var drop = dropped.get(activity.id());
                    if (activity.indicators().isEmpty()) {
                        rows.add(new MatrixRow(strategic, specific, activity, null, 1, drop));
                    } else {
                        int span = activity.indicators().size();
                        for (int i = 0; i < span; i++) {
                            rows.add(new MatrixRow(strategic, specific, activity, activity.indicators().get(i),
                                    i == 0 ? span : 0, drop));
                        }
                    }
                }
            }
        }
        return rows;
    }

    private static boolean matches(MatrixFilter filter, ActivityView activity) {
        if (filter.notReported() && activity.status() != null) {
            return false;
        }
        if (filter.status() != null && activity.status() != filter.status()) {
            return false;
        }
        if (filter.responsibleUsername() != null && !filter.responsibleUsername().equals(activity.responsibleUsername())) {
            return false;
        }
        if (filter.institutionId() != null) {
            var id = filter.institutionId();
            return id.equals(activity.leadInstitutionId()) || activity.supportingInstitutionIds().contains(id)
                    || activity.indicators().stream().anyMatch(i -> id.equals(i.responsibleInstitutionId()));
        }
        return true;
    }

    private static boolean matches(String needle, Object... texts) {
        if (needle.isEmpty()) {
            return true;
        }
        for (var text : texts) {
            if (text instanceof List<?> list) {
                for (var item : list) {
                    if (item != null && NameKey.of(item.toString()).contains(needle)) {
                        return true;
                    }
                }
            } else if (text != null && NameKey.of(text.toString()).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
