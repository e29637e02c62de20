package org.ariadne.recommendations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A recommendation as the pages, the downloads, the export and the report read it: its texts by language, the names of
 * the institutions and activities, its follow-up notes (newest year first) and its management response, if any.
 */
public record RecommendationView(long id, int version, SourceView source, String paragraph, LocalDate date,
        Priority priority, RecommendationStatus status, String statusReason, LocalDate followUpDue,
        Map<String, String> texts, List<Named> institutions, List<LinkedActivity> activities,
        List<ProposedActivity> proposals, List<FollowUpView> followUps, ResponseView response, boolean overdue,
        Long evaluationRecommendationId) {

    /** An institution by id and name. */
    public record Named(long id, String name) {
    }

    /** A plan activity that answers the recommendation. */
    public record LinkedActivity(long id, String code, String title) {
    }

    /** A new activity proposed for a year's operational plan. */
    public record ProposedActivity(long id, String title, Long institutionId, String institutionName, int year) {
    }

    /** The text in {@code locale}'s language, else English, else the first one there is. */
    public String text(Locale locale) {
        var language = locale == null ? "en" : locale.getLanguage();
        if (texts.containsKey(language)) {
            return texts.get(language);
        }
        return texts.getOrDefault("en", texts.values().stream().findFirst().orElse(""));
    }

    /** The language {@link #text(Locale)} is in. */
    public String textLanguage(Locale locale) {
        var language = locale == null ? "en" : locale.getLanguage();
        if (texts.containsKey(language)) {
            return language;
        }
        return texts.containsKey("en") ? "en" : texts.keySet().stream().findFirst().orElse("en");
    }

    public boolean hasActivity() {
        return !activities.isEmpty() || !proposals.isEmpty();
    }

    public boolean addressedTo(Long institutionId) {
        return institutionId != null && institutions.stream().anyMatch(named -> named.id() == institutionId);
    }

    /** The notes of {@code year}. */
    public List<FollowUpView> followUps(int year) {
        return followUps.stream().filter(note -> note.year() == year).toList();
    }

    public String institutionNames() {
        return String.join("; ", institutions.stream().map(Named::name).toList());
    }

    public String activityCodes() {
        var codes = new ArrayList<String>();
        activities.forEach(activity -> codes.add(activity.code()));
        proposals.forEach(proposal -> codes.add(proposal.year() + ": " + proposal.title()));
        return String.join("; ", codes);
    }

    public RecommendationCommand toCommand() {
        String otherLanguage = texts.keySet().stream().filter(l -> !l.equals("en") && !l.equals("sq")).findFirst()
                .orElse("");
        return new RecommendationCommand(texts.getOrDefault("en", ""), texts.getOrDefault("sq", ""), otherLanguage,
                otherLanguage.isEmpty() ? "" : texts.get(otherLanguage), paragraph, date, priority,
                institutions.stream().map(Named::id).toList(), status, statusReason, followUpDue);
    }
}
