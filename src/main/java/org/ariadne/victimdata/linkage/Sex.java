package org.ariadne.victimdata.linkage;

/** Sex as recorded at identification; part of the blocking key, so cases are compared only within one sex. */
public enum Sex {
    FEMALE, MALE, OTHER
}
