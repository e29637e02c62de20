package org.ariadne.victimdata.linkage;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.crypto.Mac;

/**
 * The linkage without names in clear: turns identifying data into a {@link LinkageRecord} and scores two records.
 *
 * <p><b>Score.</b> A sum of agreement weights per field, after Fellegi and Sunter: roughly log2 of how much more
 * often a field agrees for the same person than for two different people of the same sex and birth year; a field
 * missing on either side weighs nothing. Names compare by the Dice coefficient of their Bloom filters, first names
 * with first names and surnames with surnames, or crosswise when that scores higher (names swapped).
 * <table>
 * <caption>Weights</caption>
 * <tr><th>Field</th><th>Agrees</th><th>Nearly</th><th>Disagrees</th></tr>
 * <tr><td>Surname(s), Dice</td><td>≥ 0.85: +6</td><td>≥ 0.70: +4; ≥ 0.60: +2 (a typo in a short name);
 *     ≥ 0.50: 0</td><td>−5</td></tr>
 * <tr><td>First name(s), Dice</td><td>≥ 0.85: +5</td><td>≥ 0.70: +3; ≥ 0.60: +1; ≥ 0.50: −2</td>
 *     <td>−10 (twins share all else)</td></tr>
 * <tr><td>Date of birth</td><td>+8</td><td>day and month agree, year differs, or day and month swapped: +6;
 *     year and day, or year and month agree: +4</td><td>−6</td></tr>
 * <tr><td>A document number in common</td><td>+10</td><td></td><td>0 (people hold several documents)</td></tr>
 * <tr><td>Father's, mother's first name, Dice</td><td>≥ 0.85: +3</td><td>≥ 0.70: +1</td><td>−3</td></tr>
 * <tr><td>Place of birth, Dice (Kosovo's towns under their Albanian name)</td><td>≥ 0.85: +2</td>
 *     <td>≥ 0.60: +1</td><td>−2 (mild: a village is sometimes given for its town)</td></tr>
 * </table>
 * {@link MatchClass#LIKELY} from 15 (names and date agree, or names and a document, allowing one slip),
 * {@link MatchClass#POSSIBLE} from 8. The weak spot: two different people with the same common name born in the
 * same month (or on the same day of another month) of one year score 15 before parents and place, so they come out
 * likely unless a parent's name or the place of birth tells them apart; the officer's confirmation is the guard.
 *
 * <p>Thread-safe; encoding costs about 50 HMACs per case.
 */
public final class VictimLinkage {

    private static final double SURNAME_AGREES = 6;
    private static final double FIRST_NAME_AGREES = 5;
    private static final double BIRTH_DATE_AGREES = 8;
    private static final double BIRTH_DATE_DISAGREES = -6;
    private static final double DOCUMENT_AGREES = 10;

    private static final int KEY_BYTES = 16;

    private final ThreadLocal<Mac> blocks;
    private final ThreadLocal<Mac> exact;
    private final ThreadLocal<Mac> dates;
    private final ThreadLocal<Mac> documents;
    private final ThreadLocal<Mac> names;
    private final ThreadLocal<Mac> places;

    public VictimLinkage(LinkageKey key) {
        blocks = ThreadLocal.withInitial(() -> key.macFor("block"));
        exact = ThreadLocal.withInitial(() -> key.macFor("exact"));
        dates = ThreadLocal.withInitial(() -> key.macFor("date"));
        documents = ThreadLocal.withInitial(() -> key.macFor("document"));
        // one key for all personal names, so that a first name can be compared with a surname (names swapped)
        names = ThreadLocal.withInitial(() -> key.macFor("name"));
        places = ThreadLocal.withInitial(() -> key.macFor("place"));
    }

    /** The record a case keeps. */
    public LinkageRecord encode(IdentifyingData data) {
        var first = NameNormaliser.tokens(data.firstNames());
        var sur = NameNormaliser.tokens(data.surnames());
        var birth = data.dateOfBirth();
        var nameMac = names.get();
        byte[] exactKey = null;
        if (!first.isEmpty() || !sur.isEmpty()) {
            // sorted tokens: "Ana Marija" and "Marija Ana" give the same key; the field boundary is kept
            exactKey = keyed(exact.get(), "exact", String.join(" ", new TreeSet<>(first)),
                    String.join(" ", new TreeSet<>(sur)), birth == null ? "?" : birth.toString());
        }
        var dateMac = dates.get();
        return new LinkageRecord(block(data.sex(), birth == null ? null : birth.getYear()), exactKey,
                birth == null ? null : keyed(dateMac, "ymd", birth.getYear(), birth.getMonthValue(),
                        birth.getDayOfMonth()),
                birth == null ? null : keyed(dateMac, "ym", birth.getYear(), birth.getMonthValue()),
                birth == null ? null : keyed(dateMac, "yd", birth.getYear(), birth.getDayOfMonth()),
                birth == null ? null : keyed(dateMac, "md", birth.getMonthValue(), birth.getDayOfMonth()),
                birth == null ? null : keyed(dateMac, "unordered", birth.getYear(),
                        Math.min(birth.getMonthValue(), birth.getDayOfMonth()),
                        Math.max(birth.getMonthValue(), birth.getDayOfMonth())),
                documentKeys(data.documentNumbers()),
                BloomEncoding.encode(nameMac, first),
                BloomEncoding.encode(nameMac, sur),
                BloomEncoding.encode(nameMac, NameNormaliser.tokens(data.fatherFirstName())),
                BloomEncoding.encode(nameMac, NameNormaliser.tokens(data.motherFirstName())),
                BloomEncoding.encode(places.get(), NameNormaliser.placeTokens(data.placeOfBirth())));
    }

    /** A new case ready to be compared with earlier ones: its record and the blocks to look in. */
    public LinkageQuery query(IdentifyingData data) {
        var record = encode(data);
        var birth = data.dateOfBirth();
        var blocksToSearch = new ArrayList<byte[]>();
        if (birth != null) {
            for (int year = birth.getYear() - 1; year <= birth.getYear() + 1; year++) {
                blocksToSearch.add(block(data.sex(), year));
            }
        }
        blocksToSearch.add(block(data.sex(), null));
        return new LinkageQuery(record, blocksToSearch);
    }

    /** The match weight of two records (see the table above). */
    public double score(LinkageRecord a, LinkageRecord b) {
        double direct = surnameWeight(BloomEncoding.dice(a.surnames, b.surnames))
                + firstNameWeight(BloomEncoding.dice(a.firstNames, b.firstNames));
        double swapped = surnameWeight(BloomEncoding.dice(a.surnames, b.firstNames))
                + firstNameWeight(BloomEncoding.dice(a.firstNames, b.surnames));
        return Math.max(direct, swapped) + birthDateWeight(a, b) + documentWeight(a, b)
                + parentWeight(BloomEncoding.dice(a.father, b.father))
                + parentWeight(BloomEncoding.dice(a.mother, b.mother))
                + placeWeight(BloomEncoding.dice(a.place, b.place));
    }

    /** The class of two records' score. */
    public MatchClass classify(LinkageRecord a, LinkageRecord b) {
        return MatchClass.of(score(a, b));
    }

    private static double surnameWeight(double dice) {
        return Double.isNaN(dice) ? 0 : dice >= 0.85 ? SURNAME_AGREES : dice >= 0.70 ? 4 : dice >= 0.60 ? 2 : dice >= 0.50 ? 0 : -5;
    }

    private static double firstNameWeight(double dice) {
        return Double.isNaN(dice) ? 0 : dice >= 0.85 ? FIRST_NAME_AGREES : dice >= 0.70 ? 3 : dice >= 0.60 ? 1 : dice >= 0.50 ? -2 : -10;
    }

    private static double parentWeight(double dice) {
        return Double.isNaN(dice) ? 0 : dice >= 0.85 ? 3 : dice >= 0.70 ? 1 : -3;
    }

    private static double placeWeight(double dice) {
        return Double.isNaN(dice) ? 0 : dice >= 0.85 ? 2 : dice >= 0.60 ? 1 : -2;
    }

    private static double birthDateWeight(LinkageRecord a, LinkageRecord b) {
        if (a.birthDate == null || b.birthDate == null) {
            return 0;
        }
        if (Arrays.equals(a.birthDate, b.birthDate)) {
            return BIRTH_DATE_AGREES;
        }
        // weighed by how rarely two people of one block agree so by chance: the same month is common, the same day
        // and month in neighbouring years (a typo in the year) or day and month swapped are rare
        if (Arrays.equals(a.monthDay, b.monthDay) || Arrays.equals(a.dayMonthUnordered, b.dayMonthUnordered)) {
            return 6;
        }
        if (Arrays.equals(a.yearDay, b.yearDay) || Arrays.equals(a.yearMonth, b.yearMonth)) {
            return 4;
        }
        return BIRTH_DATE_DISAGREES;
    }

    private static double documentWeight(LinkageRecord a, LinkageRecord b) {
        for (var document : a.documents) {
            for (var other : b.documents) {
                if (Arrays.equals(document, other)) {
                    return DOCUMENT_AGREES;
                }
            }
        }
        return 0;
    }

    private byte[] block(Sex sex, Integer year) {
        return keyed(blocks.get(), "block", sex.name(), year == null ? "?" : year.toString());
    }

    private List<byte[]> documentKeys(List<String> numbers) {
        var mac = documents.get();
        // one spelling of a number: upper case, letters and digits only ("ab 123-456" = "AB123456")
        return numbers.stream().map(number -> number.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""))
                .filter(number -> !number.isEmpty()).distinct()
                .map(number -> keyed(mac, "document", number)).toList();
    }

    /** HMAC of the parts, each prefixed with its length so that no two lists of parts give the same input. */
    private static byte[] keyed(Mac mac, Object... parts) {
        var input = new StringBuilder();
        Stream.of(parts).map(String::valueOf).forEach(part -> input.append(part.length()).append(':').append(part));
        return Arrays.copyOf(mac.doFinal(input.toString().getBytes(StandardCharsets.UTF_8)), KEY_BYTES);
    }
}
