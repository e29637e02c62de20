package org.ariadne.iati;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the IATI file, set per installation ({@code ariadne.iati}): the office's organisation identifier
 * ({@code reportingOrgRef}, registered with IATI's org-id prefixes, e.g. {@code AL-...}), its name and organisation
 * type (IATI OrganisationType codelist, 10 = government); the language the plan is written in ({@code language},
 * ISO 639-1), which becomes the file's default {@code xml:lang}; and the recipient country (ISO 3166-1 alpha-2), left
 * out when blank. {@code sectorCode} is the OECD DAC 5-digit purpose code (IATI Sector vocabulary 1) every activity
 * carries: 15180 "Ending violence against women and girls" by default, the one purpose code whose definition names
 * trafficking (of women and girls) and covers prevention, victims' services and prosecution, as the plan does; 15190
 * (orderly, safe and regular migration) fits a plan about migrants' trafficking, 15136 (immigration) border control
 * only, so an office whose plan is mostly those sets its own.
 */
@ConfigurationProperties("ariadne.iati")
public record IatiProperties(
        @DefaultValue("XX-ONATC") String reportingOrgRef,
        @DefaultValue("Office of the National Anti-Trafficking Coordinator") String reportingOrgName,
        @DefaultValue("10") String reportingOrgType,
        @DefaultValue("en") String language,
        @DefaultValue("") String recipientCountry,
        @DefaultValue("15180") String sectorCode) {
}
