package org.ariadne.security;

import java.time.Instant;

/** Where {@link LoginThrottle} keeps its counts: the database (shared by the nodes), or memory in tests of its rules. */
interface ThrottleStore {

    /** Records a failure from the address, and forgets that address's failures from before {@code forgetBefore}. */
    void addAddressFailure(String address, Instant at, Instant forgetBefore);

    /** Failures from the address at or after {@code since}. */
    int addressFailuresSince(String address, Instant since);

    /**
     * One more wrong password in a row for the pair; pairs whose last wrong password came before
     * {@code forgetBefore} and that are not held back may be forgotten (their count starts afresh).
     *
     * @return the wrong passwords in a row, this one included
     */
    int addFailure(String username, String address, Instant at, Instant forgetBefore);

    void holdUntil(String username, String address, Instant until);

    /** Until when the pair is held back, or null. */
    Instant heldUntil(String username, String address);

    boolean heldAnywhere(String username, Instant now);

    void clear(String username, String address);

    void clearAll(String username);
}
