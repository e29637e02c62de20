/**
 * The directory of institutions (ministries, police, prosecution, courts, social services, shelters, NGOs,
 * international organisations, donors, municipalities): type, level, National Authority membership, contacts,
 * and the other spellings of their names. Public surface: the {@link org.ariadne.institutions.Institutions}
 * facade and its records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Institutions", allowedDependencies = {"search :: spi", "common", "audit"})
package org.ariadne.institutions;
