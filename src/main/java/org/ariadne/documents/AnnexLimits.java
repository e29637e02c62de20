package org.ariadne.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the annual report or the quarterly summary of a plan puts the detail per activity and per indicator into an
 * annex of its own (issue 11): when the plan has more activities than {@code aboveActivities} or more indicators than
 * {@code aboveIndicators}. Below that the report is one document with all the detail. The defaults, 500 and 1,500, sit
 * just above the benchmark's national plan (400 activities, 1,200 indicators: a report of about 110 pages made in
 * about 5 s on a quiet machine), so that a national plan of the usual size keeps its one document; a plan ten times as
 * large made a report of 792 pages in 15 s, which nobody reads from end to end, while its summaries per objective fit
 * in a few pages.
 */
@ConfigurationProperties("ariadne.documents.annex")
record AnnexLimits(Integer aboveActivities, Integer aboveIndicators) {

    AnnexLimits {
        aboveActivities = aboveActivities == null ? 500 : aboveActivities;
        aboveIndicators = aboveIndicators == null ? 1500 : aboveIndicators;
    }

    /** Whether a plan of this size has its detail in an annex. */
    boolean annexFor(long activities, long indicators) {
        return activities > aboveActivities || indicators > aboveIndicators;
    }
}
