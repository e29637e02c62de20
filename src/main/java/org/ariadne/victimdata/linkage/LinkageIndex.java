package org.ariadne.victimdata.linkage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Earlier cases' records in memory, looked up by block and by document key, so a new case is scored only against
 * the cases of its sex born within a year of it (or sharing a document) rather than against all. Not thread-safe:
 * build it, then query it.
 *
 * @param <I> the register's case identifier
 */
public final class LinkageIndex<I> {

    private final VictimLinkage linkage;
    private final Map<ByteBuffer, List<Entry<I>>> byBlock = new HashMap<>();
    private final Map<ByteBuffer, List<Entry<I>>> byDocument = new HashMap<>();
    private int size;

    public LinkageIndex(VictimLinkage linkage) {
        this.linkage = linkage;
    }

    /** Adds an earlier case. */
    public void add(I caseId, LinkageRecord record) {
        var entry = new Entry<>(caseId, record);
        byBlock.computeIfAbsent(ByteBuffer.wrap(record.block), b -> new ArrayList<>()).add(entry);
        for (var document : record.documents) {
            byDocument.computeIfAbsent(ByteBuffer.wrap(document), d -> new ArrayList<>()).add(entry);
        }
        size++;
    }

    /** Number of cases held. */
    public int size() {
        return size;
    }

    /** The likely and possible matches of a new case, best first. */
    public List<Candidate<I>> candidates(LinkageQuery query) {
        var seen = new IdentityHashMap<Entry<I>, Boolean>();
        var found = new ArrayList<Candidate<I>>();
        for (var block : query.blocks) {
            consider(byBlock.get(ByteBuffer.wrap(block)), query, seen, found);
        }
        for (var document : query.record().documents) {
            consider(byDocument.get(ByteBuffer.wrap(document)), query, seen, found);
        }
        found.sort(Comparator.comparingDouble((Candidate<I> candidate) -> candidate.score()).reversed());
        return found;
    }

    private void consider(List<Entry<I>> entries, LinkageQuery query, Map<Entry<I>, Boolean> seen,
            List<Candidate<I>> found) {
        if (entries == null) {
            return;
        }
        for (var entry : entries) {
            if (seen.put(entry, Boolean.TRUE) == null) {
                var score = linkage.score(query.record(), entry.record());
                var matchClass = MatchClass.of(score);
                if (matchClass != MatchClass.NO_MATCH) {
                    found.add(new Candidate<>(entry.caseId(), score, matchClass));
                }
            }
        }
    }

    private record Entry<I>(I caseId, LinkageRecord record) {
    }
}
