package org.ariadne.security;

import java.util.List;

/**
 * What another module adds to the sign-in page without the security module knowing it: the demo says that it is
 * still being written (the page then says so instead of offering the form) and lists its accounts, so that a newcomer
 * can try every role. Outside the demo there is no such bean and the page is the plain form.
 */
public interface SignInNotes {

    /** True while the data people would sign in to is still being written. */
    boolean preparing();

    /** The accounts offered on the page, in the order shown. */
    List<SampleAccount> accounts();

    /** The password of the offered accounts. */
    String password();

    /**
     * One offered account: its user name, its role (the page names it in the reader's language) and the message key
     * of what to try with it.
     */
    record SampleAccount(String username, Role role, String tryKey) {
    }
}
