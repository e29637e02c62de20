package org.ariadne.coordination;

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
 * Meetings (by title, place, agenda and decisions) and agreements (by title and parties) for the search box, each to
 * those who may read it: a focal point finds the meetings their institution is invited to and no agreement.
 */
@Component
class CoordinationSearchSource implements SearchSource {

    private final Meetings meetings;
    private final Agreements agreements;
    private final MessageSource messages;

    CoordinationSearchSource(Meetings meetings, Agreements agreements, MessageSource messages) {
        this.meetings = meetings;
        this.agreements = agreements;
        this.messages = messages;
    }

    @Override
    public String group() {
        return "search.group.coordination";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<SearchHit> find(SearchTerms terms, int limit) {
        var user = CurrentUser.get();
        if (user.isEmpty()) {
            return List.of();
        }
        var hits = new ArrayList<SearchHit>();
        var roles = user.get();
        if (roles.has(Role.ME_OFFICER) || roles.has(Role.COORDINATOR) || roles.has(Role.MEMBER)
                || roles.has(Role.FOCAL_POINT)) {
            for (var summary : meetings.list(null, null)) {
                var meeting = meetings.get(summary.id());
                var texts = new ArrayList<String>();
                texts.add(meeting.title());
                texts.add(meeting.place());
                texts.addAll(meeting.agenda());
                meeting.decisions().forEach(d -> texts.add(d.text()));
                int rank = terms.rank(null, texts.stream().filter(t -> t != null).toArray(String[]::new));
                if (rank > SearchTerms.NO_MATCH) {
                    hits.add(new SearchHit(null, meeting.title(), messages.getMessage(meeting.kind().messageKey(),
                            null, meeting.kind().name(), terms.locale()) + " · " + meeting.heldOn(),
                            "/meetings/" + meeting.id(), rank));
                }
            }
        }
        if (roles.has(Role.ME_OFFICER) || roles.has(Role.COORDINATOR) || roles.has(Role.MEMBER)) {
            for (var agreement : agreements.list(null, false)) {
                var texts = new ArrayList<String>();
                texts.add(agreement.title());
                agreement.parties().forEach(p -> texts.add(p.name()));
                int rank = terms.rank(null, texts.stream().filter(t -> t != null).toArray(String[]::new));
                if (rank > SearchTerms.NO_MATCH) {
                    hits.add(new SearchHit(null, agreement.title(), messages.getMessage(agreement.kind().messageKey(),
                            null, agreement.kind().name(), terms.locale()) + " · " + agreement.partyNames(),
                            "/agreements/" + agreement.id(), rank));
                }
            }
        }
        return hits.stream().sorted(SearchHit.bestFirst()).limit(limit).toList();
    }
}
