package org.ariadne.recommendations;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.stereotype.Component;

/** Recommendations for the search box, by paragraph or words of any of their texts, as the reader may see them. */
@Component
class RecommendationSearchSource implements SearchSource {

    private final Recommendations recommendations;

    RecommendationSearchSource(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public String group() {
        return "search.group.recommendations";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var hits = new ArrayList<SearchHit>();
        for (var view : recommendations.list(TrackerFilter.none())) {
            var texts = new ArrayList<>(view.texts().values());
            var rank = terms.rankIn(List.of(view.source().name()), view.paragraph(), texts.toArray(String[]::new));
            if (rank > SearchTerms.NO_MATCH) {
                var text = view.text(terms.locale());
                hits.add(new SearchHit(view.paragraph(), text.length() <= 160 ? text : text.substring(0, 159) + "…",
                        view.source().label(), "/recommendations/" + view.id(), rank));
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
