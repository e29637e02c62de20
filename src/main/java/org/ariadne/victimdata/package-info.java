/**
 * Victim statistics: a case register of identified and presumed victims in which persons and incidents are counted
 * apart, re-trafficking is visible and no name is kept in clear (issue 14). So far it holds the first building block,
 * the linkage without names in clear, in {@code victimdata.linkage}: identifying data typed once become keyed exact
 * keys and error-tolerant Bloom-filter encodings, and a new case is scored against earlier ones as likely, possible
 * or no match. See {@link org.ariadne.victimdata.linkage} for how, and for the key rotation procedure.
 *
 * <p>Front door: {@link org.ariadne.victimdata.VictimDataProperties} ({@code ariadne.victimdata.linkage-key}, from
 * the environment) gives the {@link org.ariadne.victimdata.linkage.VictimLinkage}. Nothing outside this module uses
 * it yet; the register, its pages and the statistics will be its only users.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Victim data", allowedDependencies = {})
package org.ariadne.victimdata;
