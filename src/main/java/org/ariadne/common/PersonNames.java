package org.ariadne.common;

/**
 * The name people know a colleague by ("Fatmira Krasniqi") for the user name the records keep ("fatmira"). The
 * audit trail and the plan keep user names so they need not depend on the accounts; pages show this name.
 */
public interface PersonNames {

    /** The person's full name, or the user name itself when there is no such account (e.g. "system"). */
    String displayName(String username);
}
