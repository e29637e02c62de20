package org.ariadne.strategy;

import java.util.Locale;

import org.ariadne.common.Labelled;

/** A national strategy against trafficking, or a thematic one (child trafficking, labour exploitation...). */
public enum StrategyKind implements Labelled {
    NATIONAL, THEMATIC;

    @Override
    public String messageKey() {
        return "strategy.kind." + name().toLowerCase(Locale.ROOT);
    }
}
