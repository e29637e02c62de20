package org.ariadne.plan;

import java.util.Locale;

import org.ariadne.common.Labelled;

/**
 * The six areas every new plan starts with (the four Ps, plus the areas many plans add). A plan's own list of
 * areas is {@link PlanArea}: the office renames, reorders, removes these and adds its own; the enum's name is the
 * code such an area keeps, so words for them in every language (Vocabulary of the workbook) still find them.
 */
public enum ThematicArea implements Labelled {
    PREVENTION("Prevention", "Parandalimi"),
    PROTECTION("Protection", "Mbrojtja"),
    PROSECUTION("Prosecution", "Ndjekja penale"),
    PARTNERSHIP("Partnership", "Partneriteti"),
    SUPPORTING_FRAMEWORK("Supporting framework", "Korniza mbështetëse"),
    CHILDREN("Children", "Fëmijët");

    private final String englishName;
    private final String albanianName;

    ThematicArea(String englishName, String albanianName) {
        this.englishName = englishName;
        this.albanianName = albanianName;
    }

    @Override
    public String messageKey() {
        return "plan.area." + name().toLowerCase(Locale.ROOT);
    }

    /** The name a new plan gives this area in English. */
    public String englishName() {
        return englishName;
    }

    /** The name a new plan gives this area in Albanian. */
    public String albanianName() {
        return albanianName;
    }
}
