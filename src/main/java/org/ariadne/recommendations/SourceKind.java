package org.ariadne.recommendations;

/** Where recommendations come from: a monitoring body, an evaluation, the National Rapporteur or the office itself. */
public enum SourceKind {
    GRETA, US_TIP, EU_PROGRESS, UPR, CEDAW, UN_TREATY_BODY, EVALUATION, NATIONAL_RAPPORTEUR, OWN;

    public String messageKey() {
        return "recommendations.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
