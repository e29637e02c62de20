package org.ariadne.common.disclosure;

import java.math.BigDecimal;

/**
 * One position of a protected table: its count when it may be published, or the reason it is suppressed (then
 * without its count, so what is published cannot carry it by mistake).
 */
public record Disclosed(Long value, Suppression suppression) {

    public Disclosed {
        if ((value == null) == (suppression == null)) {
            throw new IllegalArgumentException("a position is either published with its count or suppressed");
        }
    }

    public static Disclosed published(long value) {
        return new Disclosed(value, null);
    }

    public static Disclosed suppressed(Suppression reason) {
        return new Disclosed(null, reason);
    }

    public boolean isSuppressed() {
        return suppression != null;
    }

    /**
     * What a published table holds here: the count as a number, or {@link SuppressedCells#MARK} in its place. Pages
     * and downloads recognise the mark with {@link SuppressedCells#isMark(Object)}.
     */
    public Object cell() {
        return isSuppressed() ? SuppressedCells.MARK : BigDecimal.valueOf(value);
    }
}
