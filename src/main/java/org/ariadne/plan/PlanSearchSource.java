package org.ariadne.plan;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.stereotype.Component;

/**
 * Plans and their elements for the search box: a plan by its title, an objective, activity or indicator by its code or
 * words (title, description, expected result, the indicator's unit). Every signed-in person reads the plans, so every
 * plan is searched; the trees come from the plan cache every page uses.
 */
@Component
class PlanSearchSource implements SearchSource {

    private final PlanReader reader;

    private final TerritorialScope scope;

    PlanSearchSource(PlanReader reader, TerritorialScope scope) {
        this.reader = reader;
        this.scope = scope;
    }

    @Override
    public String group() {
        return "search.group.plan";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var hits = new ArrayList<SearchHit>();
        for (var summary : reader.summaries()) {
            // a local coordinator finds nothing of another unit's plans (issue 19)
            if (!scope.reads(summary.id())) {
                continue;
            }
            var tree = reader.tree(summary.id());
            var plan = "/plans/" + summary.id();
            var where = summary.title();
            var context = java.util.List.of(summary.title(), summary.startYear() + "-" + summary.endYear());
            add(hits, terms.rank(null, summary.title()), null, summary.title(),
                    summary.startYear() + "–" + summary.endYear(), plan);
            for (var so : tree.objectives()) {
                add(hits, terms.rankIn(context, so.code(), so.title(), so.description()), so.code(), so.title(), where,
                        plan + "#so-" + so.id());
                so.indicators().forEach(indicator -> indicator(hits, terms, context, indicator, so.code(), where, plan));
                for (var sp : so.specificObjectives()) {
                    add(hits, terms.rankIn(context, sp.code(), sp.title(), sp.description()), sp.code(), sp.title(), where,
                            plan + "#sp-" + sp.id());
                    sp.indicators().forEach(indicator -> indicator(hits, terms, context, indicator, sp.code(), where, plan));
                    for (var activity : sp.activities()) {
                        add(hits, terms.rankIn(context, activity.code(), activity.title(), activity.description(),
                                activity.expectedResult()), activity.code(), activity.title(), where,
                                "/activities/" + activity.id());
                        activity.indicators().forEach(
                                indicator -> indicator(hits, terms, context, indicator, activity.code(), where, plan));
                    }
                }
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }

    /** An indicator has no code of its own: it is found by its words, or by its owner's code. */
    private static void indicator(List<SearchHit> hits, SearchTerms terms, List<String> context, IndicatorView indicator,
            String ownerCode, String plan, String planUrl) {
        var rank = terms.rankIn(context, null, indicator.name(), indicator.unit(), indicator.dataSource());
        add(hits, rank, ownerCode, indicator.name(), plan, planUrl + "#i-" + indicator.id());
    }

    private static void add(List<SearchHit> hits, int rank, String code, String title, String context, String url) {
        if (rank > SearchTerms.NO_MATCH) {
            hits.add(new SearchHit(code, title, context, url, rank));
        }
    }
}
