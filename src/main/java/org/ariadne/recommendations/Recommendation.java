package org.ariadne.recommendations;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One recommendation of a source, with its texts (one per language it exists in), the institutions it is addressed
 * to, the plan activities that answer it and the new activities proposed for a year's operational plan. It guards its
 * own rules: a text in at least one language, a reason when it is no longer relevant.
 */
@Table("recommendation")
class Recommendation {

    static final String AUDIT_TYPE = "recommendation";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long sourceId;
    private String paragraph;
    private LocalDate issuedOn;
    private Priority priority;
    private RecommendationStatus status;
    private String statusReason;
    private LocalDate followUpDue;
    private Long evaluationRecommendationId;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "recommendation_id")
    private Set<Text> texts = new HashSet<>();
    @MappedCollection(idColumn = "recommendation_id")
    private Set<Addressed> institutions = new HashSet<>();
    @MappedCollection(idColumn = "recommendation_id")
    private Set<Linked> activities = new HashSet<>();
    @MappedCollection(idColumn = "recommendation_id")
    private Set<Proposal> proposals = new HashSet<>();

    Recommendation() {
    }

    @Table("recommendation_text")
    record Text(String language, String text) {
    }

    @Table("recommendation_institution")
    record Addressed(long institutionId) {
    }

    @Table("recommendation_activity")
    record Linked(long activityId) {
    }

    @Table("recommendation_proposal")
    record Proposal(@Id Long id, String title, Long institutionId, @Column("proposal_year") int year) {
    }

    static Recommendation create(long sourceId, RecommendationCommand command, LocalDateTime now) {
        var recommendation = new Recommendation();
        recommendation.sourceId = sourceId;
        recommendation.createdAt = now;
        recommendation.apply(command, now);
        return recommendation;
    }

    static Recommendation fromEvaluation(long sourceId, long evaluationRecommendationId, String language, String text,
            String reference, LocalDate date, Priority priority, LocalDateTime now) {
        var recommendation = new Recommendation();
        recommendation.sourceId = sourceId;
        recommendation.evaluationRecommendationId = evaluationRecommendationId;
        recommendation.texts.add(new Text(language, text.strip()));
        recommendation.paragraph = RecommendationSource.blankToNull(reference);
        recommendation.issuedOn = date;
        recommendation.priority = priority;
        recommendation.status = RecommendationStatus.NOT_ADDRESSED;
        recommendation.createdAt = now;
        recommendation.updatedAt = now;
        return recommendation;
    }

    /** Applies what the person typed; the command's rules are checked by {@link RecommendationRules} first. */
    void apply(RecommendationCommand command, LocalDateTime now) {
        RecommendationRules.refuse(command);
        texts = command.texts().entrySet().stream().map(entry -> new Text(entry.getKey(), entry.getValue()))
                .collect(Collectors.toCollection(HashSet::new));
        paragraph = RecommendationSource.blankToNull(command.paragraph());
        issuedOn = command.date();
        priority = command.priority();
        institutions = command.institutionIds() == null ? new HashSet<>() : command.institutionIds().stream()
                .filter(java.util.Objects::nonNull).distinct().map(Addressed::new)
                .collect(Collectors.toCollection(HashSet::new));
        status = command.status();
        statusReason = status == RecommendationStatus.NO_LONGER_RELEVANT || status == RecommendationStatus.PARTLY
                ? RecommendationSource.blankToNull(command.statusReason()) : null;
        followUpDue = command.followUpDue();
        updatedAt = now;
    }

    boolean link(long activityId, LocalDateTime now) {
        updatedAt = now;
        return activities.add(new Linked(activityId));
    }

    boolean unlink(long activityId, LocalDateTime now) {
        updatedAt = now;
        return activities.remove(new Linked(activityId));
    }

    void propose(String title, Long institutionId, int year, LocalDateTime now) {
        proposals.add(new Proposal(null, title.strip(), institutionId, year));
        updatedAt = now;
    }

    boolean withdraw(long proposalId, LocalDateTime now) {
        updatedAt = now;
        return proposals.removeIf(proposal -> proposal.id() != null && proposal.id() == proposalId);
    }

    /** The texts by language, English first, then Albanian, then the others by code. */
    Map<String, String> textsByLanguage() {
        var ordered = new LinkedHashMap<String, String>();
        texts.stream().sorted(Comparator.comparing((Text text) -> RecommendationRules.languageOrder(text.language()))
                .thenComparing(Text::language)).forEach(text -> ordered.put(text.language(), text.text()));
        return ordered;
    }

    List<Long> institutionIds() {
        return institutions.stream().map(Addressed::institutionId).sorted().toList();
    }

    List<Long> activityIds() {
        return activities.stream().map(Linked::activityId).sorted().toList();
    }

    List<Proposal> proposals() {
        return proposals.stream().sorted(Comparator.comparing(Proposal::year).thenComparing(Proposal::title)).toList();
    }

    /** What the trail keeps: the texts, names of institutions and activities, never their ids. */
    Audited audited(long planId, String sourceLabel, Function<Long, String> institutionName,
            Function<Long, String> activityLabel) {
        var state = new LinkedHashMap<String, Object>();
        state.put("recommendationSource", sourceLabel);
        state.put("paragraph", paragraph);
        state.put("text", textsByLanguage().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        state.putAll(AuditRecord.state(
                "date", issuedOn == null ? null : issuedOn.toString(),
                "priority", priority.name(),
                "institutions", institutionIds().stream().map(institutionName).collect(Collectors.joining("; ")),
                "linkedActivities", activityIds().stream().map(activityLabel).collect(Collectors.joining("; ")),
                "proposals", proposals().stream().map(p -> p.year() + ": " + p.title()
                        + (p.institutionId() == null ? "" : " (" + institutionName.apply(p.institutionId()) + ")"))
                        .collect(Collectors.joining("; ")),
                "status", status.name(),
                "statusReason", statusReason,
                "followUpDue", followUpDue == null ? null : followUpDue.toString()));
        return Audited.of(AUDIT_TYPE, id, label(), planId, state);
    }

    String label() {
        var text = textsByLanguage().values().stream().findFirst().orElse("");
        var shortText = text.length() <= 100 ? text : text.substring(0, 99) + "…";
        return paragraph == null ? shortText : paragraph + " " + shortText;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long sourceId() {
        return sourceId;
    }

    String paragraph() {
        return paragraph;
    }

    LocalDate issuedOn() {
        return issuedOn;
    }

    Priority priority() {
        return priority;
    }

    RecommendationStatus status() {
        return status;
    }

    String statusReason() {
        return statusReason;
    }

    LocalDate followUpDue() {
        return followUpDue;
    }

    Long evaluationRecommendationId() {
        return evaluationRecommendationId;
    }
}
