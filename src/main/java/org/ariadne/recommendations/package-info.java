/**
 * The recommendations tracker (issue 16, item 1; seed 004 sections 5.2, 6.2 and 6.4): recommendations from GRETA
 * rounds, US TIP reports, EU progress reports, UPR, CEDAW and other UN treaty bodies, evaluations, the National
 * Rapporteur and the office itself, each with its text in the languages it exists in, the institutions it is addressed
 * to, the plan activities that answer it (or new ones proposed for a year's operational plan), its status, yearly
 * follow-up notes with evidence and the management response followed to closure. Imported from a workbook with a
 * preview; exported as the Word table of a GRETA questionnaire answer; part of the report to the government.
 * Front door: {@code recommendations :: api} is {@link org.ariadne.recommendations.Recommendations} with its commands,
 * views and enums. It answers {@code documents :: spi} (its part of the report to the government),
 * {@code operationalplan :: spi} (activities proposed for a year) and {@code search :: spi}, and listens to
 * {@code evaluations :: events}. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recommendations tracker",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "evaluations :: events",
                "documents :: spi", "documents :: writers", "operationalplan :: spi", "search :: spi"})
package org.ariadne.recommendations;
