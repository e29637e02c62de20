package org.ariadne.institutions;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Institutions for the search box, by name, short name or any other spelling they are known by ("MPB", "Ministry of
 * Internal Affairs", "Ministria e Punëve të Brendshme"); the directory is read by everyone signed in.
 */
@Component
class InstitutionSearchSource implements SearchSource {

    private final Institutions institutions;
    private final MessageSource messages;

    InstitutionSearchSource(Institutions institutions, MessageSource messages) {
        this.institutions = institutions;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.institutions";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var hits = new ArrayList<SearchHit>();
        for (var institution : institutions.directory().all()) {
            var texts = new ArrayList<String>();
            texts.add(institution.name());
            texts.add(institution.shortName());
            texts.addAll(institution.aliases());
            texts.addAll(institution.otherLanguageNames());
            texts.addAll(institution.acronyms());
            var rank = terms.rank(institution.shortName(), texts.toArray(String[]::new));
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(institution.shortName(), institution.name(),
                        messages.getMessage(institution.type().messageKey(), null, institution.type().name(), terms.locale()),
                        "/institutions#institution-" + institution.id(), rank));
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
