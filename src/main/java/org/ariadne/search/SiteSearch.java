package org.ariadne.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The search box: asks every {@link SearchSource} (each applies its own read rules) and groups the answers in the
 * sources' order, at most {@link #PER_GROUP} per group with a note when there were more.
 */
@Service
@NamedInterface("api")
public class SiteSearch {

    public static final int PER_GROUP = 25;

    private final List<SearchSource> sources;

    SiteSearch(List<SearchSource> sources) {
        this.sources = sources.stream().sorted(Comparator.comparingInt(SearchSource::order)).toList();
    }

    /** What the reader finds for {@code text}; empty when nothing searchable was typed. */
    @PreAuthorize("isAuthenticated()")
    public Results search(String text, Locale locale) {
        var terms = SearchTerms.of(text, locale);
        if (terms.isEmpty()) {
            return new Results(terms.text(), List.of(), true);
        }
        var groups = new ArrayList<Group>();
        for (var source : sources) {
            var hits = source.find(terms, PER_GROUP + 1);
            if (!hits.isEmpty()) {
                groups.add(new Group(source.group(), hits.stream().limit(PER_GROUP).toList(), hits.size() > PER_GROUP));
            }
        }
        return new Results(terms.text(), groups, false);
    }

    /** The answer: the query as typed, the groups with hits, and whether the query was too short to search. */
    public record Results(String query, List<Group> groups, boolean tooShort) {

        public int count() {
            return groups.stream().mapToInt(group -> group.hits().size()).sum();
        }
    }

    /** A source's hits under its heading; {@code more} when it had more than {@link #PER_GROUP}. */
    public record Group(String heading, List<SearchHit> hits, boolean more) {
    }
}
