package org.ariadne.search;

import java.util.Comparator;

import org.springframework.modulith.NamedInterface;

/**
 * One record found: its code where it has one ("A1.2.3"), its title as the reader knows it, a line of context (the
 * plan it is in, the institution's type) and where it opens.
 */
@NamedInterface("spi")
public record SearchHit(String code, String title, String context, String url, int rank) {

    /** Hits best first, then by code and title: for sources that rank in memory. */
    public static Comparator<SearchHit> bestFirst() {
        return Comparator.comparingInt(SearchHit::rank).reversed()
                .thenComparing(hit -> hit.code() == null ? "" : hit.code())
                .thenComparing(SearchHit::title, String.CASE_INSENSITIVE_ORDER);
    }
}
