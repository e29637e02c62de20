package org.ariadne.victimdata.linkage;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * What a case keeps of its identifying data: keyed hashes and Bloom-filter encodings only, from which neither the
 * name nor the date of birth nor a document number can be read back without the secret key (and, for the Bloom
 * filters, not reliably even with it). Kept as one line of text ({@link #serialize()}, {@link #parse(String)}),
 * opaque to everyone but the linkage.
 */
public final class LinkageRecord {

    private static final String VERSION = "v1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Keyed sex and birth year: which block the case is compared in. */
    final byte[] block;
    /** Keyed canonical names and date of birth: equal for a case typed the same way twice. */
    final byte[] exact;
    /** Keyed date of birth, and its pairs year-month, year-day, month-day and year with day and month in order. */
    final byte[] birthDate;
    final byte[] yearMonth;
    final byte[] yearDay;
    final byte[] monthDay;
    final byte[] dayMonthUnordered;
    /** Keyed document numbers. */
    final List<byte[]> documents;
    /** Bloom-filter encodings of the names and the place of birth (null when not given). */
    final long[] firstNames;
    final long[] surnames;
    final long[] father;
    final long[] mother;
    final long[] place;

    LinkageRecord(byte[] block, byte[] exact, byte[] birthDate, byte[] yearMonth, byte[] yearDay, byte[] monthDay,
            byte[] dayMonthUnordered, List<byte[]> documents, long[] firstNames, long[] surnames, long[] father,
            long[] mother, long[] place) {
        this.block = block;
        this.exact = exact;
        this.birthDate = birthDate;
        this.yearMonth = yearMonth;
        this.yearDay = yearDay;
        this.monthDay = monthDay;
        this.dayMonthUnordered = dayMonthUnordered;
        this.documents = List.copyOf(documents);
        this.firstNames = firstNames;
        this.surnames = surnames;
        this.father = father;
        this.mother = mother;
        this.place = place;
    }

    /** The keyed block, for a register that looks cases up by it (Base64url). */
    public String blockKey() {
        return ENCODER.encodeToString(block);
    }

    /** The keyed exact key (names and date of birth), or {@code null} without names (Base64url). */
    public String exactKey() {
        return exact == null ? null : ENCODER.encodeToString(exact);
    }

    /** The keyed document numbers (Base64url), for a register that looks cases up by them. */
    public List<String> documentKeys() {
        return documents.stream().map(ENCODER::encodeToString).toList();
    }

    /** The record as one line of text: a version and Base64url fields separated by dots. */
    public String serialize() {
        var fields = new ArrayList<String>();
        fields.add(VERSION);
        for (var bytes : List.of(opt(block), opt(exact), opt(birthDate), opt(yearMonth), opt(yearDay), opt(monthDay),
                opt(dayMonthUnordered))) {
            fields.add(bytes.length == 0 ? "" : ENCODER.encodeToString(bytes));
        }
        fields.add(String.join("~", documentKeys()));
        for (var bits : Arrays.asList(firstNames, surnames, father, mother, place)) {
            fields.add(bits == null ? "" : ENCODER.encodeToString(toBytes(bits)));
        }
        return String.join(".", fields);
    }

    /** Reads what {@link #serialize()} wrote. */
    public static LinkageRecord parse(String serialized) {
        var fields = serialized.split("\\.", -1);
        if (fields.length != 14 || !VERSION.equals(fields[0])) {
            throw new IllegalArgumentException("not a linkage record of version " + VERSION);
        }
        var documents = fields[8].isEmpty() ? List.<byte[]>of()
                : Arrays.stream(fields[8].split("~")).map(DECODER::decode).toList();
        return new LinkageRecord(bytes(fields[1]), bytes(fields[2]), bytes(fields[3]), bytes(fields[4]),
                bytes(fields[5]), bytes(fields[6]), bytes(fields[7]), documents, bits(fields[9]), bits(fields[10]),
                bits(fields[11]), bits(fields[12]), bits(fields[13]));
    }

    @Override
    public String toString() {
        return "LinkageRecord[block=" + blockKey() + "]";
    }

    private static byte[] opt(byte[] bytes) {
        return bytes == null ? new byte[0] : bytes;
    }

    private static byte[] bytes(String field) {
        return field.isEmpty() ? null : DECODER.decode(field);
    }

    private static long[] bits(String field) {
        if (field.isEmpty()) {
            return null;
        }
        var buffer = ByteBuffer.wrap(DECODER.decode(field));
        var bits = new long[BloomEncoding.WORDS];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = buffer.getLong();
        }
        return bits;
    }

    private static byte[] toBytes(long[] bits) {
        var buffer = ByteBuffer.allocate(bits.length * Long.BYTES);
        for (var word : bits) {
            buffer.putLong(word);
        }
        return buffer.array();
    }
}
