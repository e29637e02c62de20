package org.ariadne.victimdata.linkage;

import java.util.List;

/**
 * A new case ready to be compared: its record, and the blocks to look in: its own sex and birth year, the years
 * just before and after (so a typo in the year does not hide a match), and the cases whose birth date is unknown.
 * Made from the identifying data while the officer's input is at hand; not stored.
 */
public final class LinkageQuery {

    private final LinkageRecord record;
    final List<byte[]> blocks;

    LinkageQuery(LinkageRecord record, List<byte[]> blocks) {
        this.record = record;
        this.blocks = List.copyOf(blocks);
    }

    /** The new case's own record, to keep with it. */
    public LinkageRecord record() {
        return record;
    }

    /** The keyed blocks to look in (Base64url), for a register that looks cases up by block. */
    public List<String> blockKeys() {
        return blocks.stream().map(java.util.Base64.getUrlEncoder().withoutPadding()::encodeToString).toList();
    }
}
