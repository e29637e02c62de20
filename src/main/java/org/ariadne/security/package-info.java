/**
 * Sign-in, roles and user accounts. Public surface: {@link org.ariadne.security.Role},
 * {@link org.ariadne.security.CurrentUser}, {@link org.ariadne.security.SignedInUser} and the
 * {@link org.ariadne.security.UserAccounts} facade used by the administrator's pages; the installation's participants
 * (issue 19) through {@link org.ariadne.security.Participants}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security", allowedDependencies = {"search :: spi", "common", "audit", "institutions"})
package org.ariadne.security;
