/**
 * Money around the plan's budget lines (issue 15, item 4): the donors' and ministries' commitments (pledges and
 * agreements, with the part allocated to each activity), the exchange rates the office records, and the funding
 * position built from both: the gap per activity, objective and year, the donor round (what is still unfunded, in
 * priority order, and what each donor already funds), the share from the state budget and the share reaching NGO
 * service providers. Front door: {@link org.ariadne.finance.Funding} ({@code finance :: api}) and its records; the
 * budget page of {@code dashboards} counts the commitments through it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance",
        allowedDependencies = {"common", "audit", "plan :: api", "reporting :: api", "institutions", "security"})
package org.ariadne.finance;
