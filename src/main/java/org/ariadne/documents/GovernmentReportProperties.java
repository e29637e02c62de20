package org.ariadne.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who the report to the government comes from, as its title page names them: the country, the office and the
 * National Rapporteur (usually the coordinator). Set once per installation
 * ({@code ARIADNE_DOCUMENTS_GOVERNMENTREPORT_COUNTRY}, {@code _OFFICE}, {@code _RAPPORTEUR}); left empty, the title
 * page names the office and the rapporteur by their function, in the report's language, and leaves the country out.
 */
@ConfigurationProperties("ariadne.documents.government-report")
record GovernmentReportProperties(String country, String office, String rapporteur) {

    GovernmentReportProperties {
        country = blankToNull(country);
        office = blankToNull(office);
        rapporteur = blankToNull(rapporteur);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
