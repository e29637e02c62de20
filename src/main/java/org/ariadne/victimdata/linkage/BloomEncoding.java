package org.ariadne.victimdata.linkage;

import java.nio.charset.StandardCharsets;
import java.util.Collection;

import javax.crypto.Mac;

/**
 * Cryptographic long-term keys after Schnell, Bachteler and Reiher (2009): the bigrams of a canonical name, each
 * hashed under the secret key into a bit set, compared by their Dice coefficient. 1,024 bits; each bigram sets 16
 * bits taken from one HMAC-SHA256 of it ("random hashing": the double hashing of the original paper is what the
 * published attacks on Bloom-filter encodings exploit). Bigrams are taken per token, padded with '_', so the order
 * of several first names or surnames does not matter.
 */
final class BloomEncoding {

    static final int BITS = 1024;
    static final int WORDS = BITS / 64;
    static final int HASHES_PER_BIGRAM = 16;

    private BloomEncoding() {
    }

    /** The encoding of the tokens under the given keyed hash, or {@code null} when there is no token. */
    static long[] encode(Mac mac, Collection<String> tokens) {
        if (tokens.isEmpty()) {
            return null;
        }
        var bits = new long[WORDS];
        for (var token : tokens) {
            var padded = "_" + token + "_";
            for (int i = 0; i + 1 < padded.length(); i++) {
                var digest = mac.doFinal(padded.substring(i, i + 2).getBytes(StandardCharsets.UTF_8));
                for (int h = 0; h < HASHES_PER_BIGRAM; h++) {
                    int index = (((digest[2 * h] & 0xff) << 8) | (digest[2 * h + 1] & 0xff)) & (BITS - 1);
                    bits[index >>> 6] |= 1L << (index & 63);
                }
            }
        }
        return bits;
    }

    /** Dice coefficient 2|A∩B| / (|A| + |B|) in [0, 1]; NaN when either side is unknown. */
    static double dice(long[] a, long[] b) {
        if (a == null || b == null) {
            return Double.NaN;
        }
        int common = 0;
        int total = 0;
        for (int i = 0; i < WORDS; i++) {
            common += Long.bitCount(a[i] & b[i]);
            total += Long.bitCount(a[i]) + Long.bitCount(b[i]);
        }
        return total == 0 ? 0 : 2.0 * common / total;
    }
}
