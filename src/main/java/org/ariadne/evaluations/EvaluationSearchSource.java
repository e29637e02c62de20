package org.ariadne.evaluations;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Evaluations for the search box, by title, evaluator organisation or commissioning body; only those the reader may
 * open (the facade's list applies the rule: an evaluator finds theirs inside the window, a member the final ones).
 */
@Component
class EvaluationSearchSource implements SearchSource {

    private final Evaluations evaluations;
    private final MessageSource messages;

    EvaluationSearchSource(Evaluations evaluations, MessageSource messages) {
        this.evaluations = evaluations;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.evaluations";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var user = CurrentUser.get();
        if (user.isEmpty() || !(user.get().has(Role.ME_OFFICER) || user.get().has(Role.COORDINATOR)
                || user.get().has(Role.MEMBER) || user.get().has(Role.EVALUATOR))) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        for (var evaluation : evaluations.list()) {
            var rank = terms.rank(null, evaluation.title(),
                    evaluation.evaluatorOrganisation() == null ? "" : evaluation.evaluatorOrganisation());
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(null, evaluation.title(),
                        messages.getMessage(evaluation.kind().messageKey(), null, evaluation.kind().name(),
                                terms.locale()) + " · " + evaluation.planTitle(),
                        "/evaluations/" + evaluation.id(), rank));
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
