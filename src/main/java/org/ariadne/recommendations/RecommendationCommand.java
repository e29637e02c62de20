package org.ariadne.recommendations;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a person sets on a recommendation; the form binds to this. The text is typed in English ({@code textEn}),
 * Albanian ({@code textSq}) and one more language of the person's choice ({@code otherLanguage}, a code such as "sr"
 * or "mk", with {@code otherText}); at least one of them. A recommendation no longer relevant says why
 * ({@code statusReason}).
 */
public record RecommendationCommand(
        @Size(max = 4000, message = "{validation.size.max}") String textEn,
        @Size(max = 4000, message = "{validation.size.max}") String textSq,
        @Size(max = 8, message = "{validation.size.max}") String otherLanguage,
        @Size(max = 4000, message = "{validation.size.max}") String otherText,
        @Size(max = 60, message = "{validation.size.max}") String paragraph,
        LocalDate date,
        @NotNull(message = "{validation.required}") Priority priority,
        List<Long> institutionIds,
        @NotNull(message = "{validation.required}") RecommendationStatus status,
        @Size(max = 2000, message = "{validation.size.max}") String statusReason,
        LocalDate followUpDue) {

    public static RecommendationCommand empty() {
        return new RecommendationCommand("", "", "", "", "", null, Priority.MEDIUM, List.of(),
                RecommendationStatus.NOT_ADDRESSED, "", null);
    }

    /** The texts given, by language code (lower case), without blank ones. */
    public Map<String, String> texts() {
        var texts = new LinkedHashMap<String, String>();
        put(texts, "en", textEn);
        put(texts, "sq", textSq);
        if (otherLanguage != null && !otherLanguage.isBlank()) {
            put(texts, otherLanguage.strip().toLowerCase(Locale.ROOT), otherText);
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String language, String text) {
        if (text != null && !text.isBlank()) {
            texts.put(language, text.strip());
        }
    }
}
