/**
 * Evaluations of a plan (issue 16, item 2; seed 004 sections 5.2 and 6.4): a mid-term or final evaluation of a plan or
 * of a thematic part of it, by an independent evaluator with an access window, against the OECD-DAC criteria
 * (relevance, coherence, effectiveness, efficiency, impact, sustainability): terms of reference, questions, a judgement
 * and rating per criterion with its evidence, findings, conclusions and recommendations. Each recommendation an
 * evaluation makes is announced ({@link org.ariadne.evaluations.EvaluationRecommendationMade}) and followed up in the
 * recommendations tracker, which this module does not know. Front door: {@code evaluations :: api} is
 * {@link org.ariadne.evaluations.Evaluations} with its commands and views; the module writes its part of the report to
 * the government through {@code documents :: spi}. Entities and repositories are package-private.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluations",
        allowedDependencies = {"common", "audit", "security", "institutions", "plan :: api", "reporting :: api",
                "documents :: spi", "documents :: writers", "search :: spi"})
package org.ariadne.evaluations;
