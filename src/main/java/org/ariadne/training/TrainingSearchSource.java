package org.ariadne.training;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.common.format.Formats;
import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Trainings (by module, place, topic) and trainers of the pool (by name, expertise) for the search box, each only for
 * those who may open it: the office all, a focal point their institution's trainings and the pool; nobody else.
 * Participants are never searched.
 */
@Component
class TrainingSearchSource implements SearchSource {

    private final Trainings trainings;
    private final Trainers trainers;
    private final MessageSource messages;

    TrainingSearchSource(Trainings trainings, Trainers trainers, MessageSource messages) {
        this.trainings = trainings;
        this.trainers = trainers;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.training";
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        if (!TrainingAccess.seesAll() && TrainingAccess.ownInstitutionOnly() == -1L) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        var formats = Formats.of(terms.locale());
        for (var training : trainings.list(null, null)) {
            var topic = messages.getMessage(training.topic().messageKey(), null, terms.locale());
            var rank = terms.rank(training.module(), training.module(), training.place(), topic);
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(formats.date(training.startsOn()), training.module(),
                        training.institutionName() + " · " + training.place(), "/trainings/" + training.id(), rank));
            }
        }
        for (var trainer : trainers.list()) {
            var rank = trainer.expertise() == null ? terms.rank(trainer.name(), trainer.name())
                    : terms.rank(trainer.name(), trainer.name(), trainer.expertise());
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(null, trainer.name(),
                        messages.getMessage("training.trainers.title", null, terms.locale()),
                        "/trainers#trainer-" + trainer.id(), rank));
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
