package org.ariadne.reporting;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting settings: where evidence files are kept (outside the web root), how large they may be, the regions
 * values can be broken down by, and whether to recount the accepted totals at start-up. The e-mail reminders'
 * settings, under the same prefix, are the reporting cycle's.
 */
@ConfigurationProperties("ariadne.reporting")
public record ReportingProperties(
        @DefaultValue("./data/evidence") Path evidenceDirectory,
        @DefaultValue("10485760") long maxEvidenceBytes,
        @DefaultValue({"Prishtinë", "Prizren", "Pejë", "Mitrovicë", "Gjilan", "Gjakovë", "Ferizaj"})
        List<String> regions,
        // recount every plan's accepted totals at start-up (AcceptedTotalsRecountRunner), after a repair by hand
        @DefaultValue("false") boolean recountTotals) {
}
