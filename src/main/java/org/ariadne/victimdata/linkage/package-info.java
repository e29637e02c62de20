/**
 * Linkage of victim cases without names in clear (issue 14, item 2). The officer types a person's identifying data
 * once ({@link org.ariadne.victimdata.linkage.IdentifyingData}); {@link org.ariadne.victimdata.linkage.VictimLinkage}
 * turns them into a {@link org.ariadne.victimdata.linkage.LinkageRecord}, which is all a case keeps:
 * <ul>
 * <li>exact keys, HMAC-SHA256 under the secret linkage key: names with date of birth, date of birth and its pairs of
 *     components (so one typo or swapped day and month still agree), each document number;</li>
 * <li>error-tolerant encodings of first names, surnames, parents' first names and place of birth: Bloom filters of
 *     the bigrams of the name in a canonical spelling across Albanian, Serbian Latin and Cyrillic, Macedonian and
 *     English (cryptographic long-term keys after Schnell et al., hashed with HMAC under the same key), compared by
 *     their Dice coefficient;</li>
 * <li>a block key, the keyed sex and birth year.</li>
 * </ul>
 * A new case ({@link org.ariadne.victimdata.linkage.LinkageQuery}) is compared with the earlier cases of its block
 * and of the blocks a year before and after (a typo in the year), and with those sharing a document; each gets a
 * score and a {@link org.ariadne.victimdata.linkage.MatchClass}, likely, possible or no match (weights and
 * thresholds in {@link org.ariadne.victimdata.linkage.VictimLinkage}). The officer confirms or rejects.
 * {@link org.ariadne.victimdata.linkage.LinkageIndex} holds earlier records in memory for the comparison.
 *
 * <p><b>The key.</b> {@code ariadne.victimdata.linkage-key}, from the environment only
 * ({@code ARIADNE_VICTIMDATA_LINKAGEKEY}), at least 32 bytes ({@code base64:} and {@code openssl rand -base64 48}).
 * Without it the linkage refuses to start ({@link org.ariadne.victimdata.linkage.LinkageKeyException}). The key is
 * kept like the database password, apart from the database backups: whoever holds both the key and the records can
 * test guessed names against them.
 *
 * <p><b>Rotating the key.</b> The identifying data are not kept, so records cannot be re-derived under a new key:
 * rotating means that cases recorded from then on carry records under the new key, which no earlier record matches.
 * The procedure: (1) generate the new key and note the date; (2) set it and restart; (3) mark every earlier
 * record with the key generation it was made under (the register keeps that column), so that earlier cases are
 * compared no more and are not shown as "no match" by mistake; (4) destroy the old key. Persons already linked stay
 * linked: links are between cases, not between keys. What is lost is only linkage between a later identification and
 * a case recorded before the rotation; an officer who knows of an earlier case can still link them by hand. Losing
 * the key has the same effect and nothing worse: no statistic depends on it. Rotate when the key may have leaked, not
 * by the calendar.
 *
 * <p><b>What the records still reveal.</b> Nothing readable without the key. With access to the records but not the
 * key, someone can see which cases share a block (same sex and birth year) or a document, and the published attacks
 * on Bloom-filter encodings (mining frequent bit patterns) may guess the most frequent names of a large register. The
 * records are therefore protected like the register itself. The canonical spellings, the bigrams and the clear data
 * exist in memory only while a case is encoded and are never logged.
 */
package org.ariadne.victimdata.linkage;
