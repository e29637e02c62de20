package org.ariadne.stakeholders;

import java.util.ArrayList;
import java.util.List;

import org.ariadne.institutions.Institutions;
import org.ariadne.search.SearchHit;
import org.ariadne.search.SearchSource;
import org.ariadne.search.SearchTerms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultation rounds (by title and purpose) and contact people (by name, role and e-mail) for the search box, each
 * to those who may read it: the office finds both; a focal point finds the rounds their institution is invited to and
 * their institution's contacts.
 */
@Component
class StakeholderSearchSource implements SearchSource {

    private final ConsultationRoundRepository rounds;
    private final StakeholderContactRepository contacts;
    private final Institutions institutions;
    private final StakeholderOwnership owners;

    StakeholderSearchSource(ConsultationRoundRepository rounds, StakeholderContactRepository contacts,
            Institutions institutions, StakeholderOwnership owners) {
        this.owners = owners;
        this.rounds = rounds;
        this.contacts = contacts;
        this.institutions = institutions;
    }

    @Override
    public String group() {
        return "search.group.stakeholders";
    }

    @Override
    public int order() {
        return 65;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var office = StakeholderAccess.isOffice();
        var own = StakeholderAccess.focalInstitution();
        if (!office && own == null) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        for (var round : rounds.findAll()) {
            if (!office && !round.invites(own) || !owners.seesPlan(round.planId())) {
                continue;
            }
            int rank = terms.rank(null, round.title(), round.purpose() == null ? "" : round.purpose());
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(null, round.title(), round.opensOn() + " – " + round.closesOn(),
                        "/consultations/" + round.id(), rank));
            }
        }
        var directory = institutions.directory();
        var participant = owners.narrowedTo();
        for (var contact : participant.isPresent() ? contacts.findAllByParticipantIdOrderByNameAsc(participant.get())
                : contacts.findAllByOrderByNameAsc()) {
            if (!StakeholderAccess.keepsContactsOf(contact.institutionId())) {
                continue;
            }
            var view = contact.view();
            int rank = terms.rank(null, view.name(), view.jobRole() == null ? "" : view.jobRole(),
                    view.email() == null ? "" : view.email());
            if (rank > SearchTerms.NO_MATCH) {
                hits.add(new SearchHit(null, view.name(), directory.nameOf(view.institutionId()),
                        "/stakeholders/institutions/" + view.institutionId() + "/contacts#contact-" + view.id(), rank));
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
