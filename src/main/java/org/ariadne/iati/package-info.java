/**
 * The plan's donor-funded activities as an IATI 2.03 activity file (issue 18, item 3): what the office publishes for
 * its donors, with each activity's budget by year, the donors' commitments and the money spent (transactions), and its
 * results with the indicators' baselines, targets and accepted actual values. It only reads, through the front doors of
 * {@code plan}, {@code finance}, {@code reporting} and {@code progress}. Front door:
 * {@link org.ariadne.iati.IatiActivityFiles} ({@code iati :: api}), used by the plan page's download and by the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "IATI",
        allowedDependencies = {"common", "plan :: api", "finance :: api", "reporting :: api", "progress", "institutions"})
package org.ariadne.iati;
