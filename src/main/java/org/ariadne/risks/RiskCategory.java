package org.ariadne.risks;

import java.util.Locale;

/** What kind of threat a risk is (seed 004: time, people, budget, crises); each has its words in the bundles. */
public enum RiskCategory {
    POLITICAL, OPERATIONAL, FINANCIAL, SECURITY, LEGAL, REPUTATIONAL, EXTERNAL, OTHER;

    public String messageKey() {
        return "risks.category." + name().toLowerCase(Locale.ROOT);
    }
}
