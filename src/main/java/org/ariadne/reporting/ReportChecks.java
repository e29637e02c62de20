package org.ariadne.reporting;

import java.util.List;
import java.util.Locale;

/**
 * Checks on the figures of a report made by another module (data quality): warnings the report page and the
 * confirmation before submitting show to its institution and to the reviewer, which never block a save or a
 * submission. Called for a report the reader may already open: an implementation applies no read rule of its own,
 * and words nothing that another institution reported.
 */
@org.springframework.modulith.NamedInterface("spi")
public interface ReportChecks {

    /** One warning: the part of the report page it is about (its anchor) and what to look at, in the reader's words. */
    record Warning(String anchor, String text) {
    }

    List<Warning> warnings(long periodId, long institutionId, Locale locale);
}
