package org.ariadne.common;

/**
 * A value with a name in the message bundles (a thematic area, a frequency), so that code writing labels outside
 * templates asks the value for its key instead of listing the types it knows.
 */
public interface Labelled {

    /** The message key of the value's name ("plan.area.prevention"). */
    String messageKey();
}
