package org.ariadne.search;

import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A module's records as the search box finds them. The source applies the read rules of its records itself (it runs
 * as the signed-in reader) and answers nothing it would refuse to show.
 */
@NamedInterface("spi")
public interface SearchSource {

    /** The message key of the group heading ("search.group.plan"); groups are shown in {@link #order()}. */
    String group();

    int order();

    /** At most {@code limit} records matching {@code terms}, best first. */
    List<SearchHit> find(SearchTerms terms, int limit);
}
