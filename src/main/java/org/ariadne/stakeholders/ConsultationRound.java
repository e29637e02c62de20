package org.ariadne.stakeholders;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A consultation round on a draft plan, with the plan's elements as consulted on and the invited institutions (one
 * aggregate). It takes comments while open and between its opening and closing dates; closing it is final.
 */
@Table("consultation_round")
class ConsultationRound {

    static final String AUDIT_TYPE = "consultation-round";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private String title;
    private String purpose;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private RoundStatus status;
    private LocalDate closedOn;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "round_id", keyColumn = "position")
    private List<Element> elements = new ArrayList<>();
    @MappedCollection(idColumn = "round_id")
    private Set<Invitation> invitations = new LinkedHashSet<>();

    ConsultationRound() {
    }

    static ConsultationRound open(long planId, RoundCommand command, List<ElementView> elements, LocalDateTime now) {
        var round = new ConsultationRound();
        round.planId = planId;
        round.title = command.title().strip();
        round.purpose = command.purpose() == null || command.purpose().isBlank() ? null : command.purpose().strip();
        round.opensOn = command.opensOn();
        round.closesOn = command.closesOn();
        round.status = RoundStatus.OPEN;
        round.elements = elements.stream().map(e -> new Element(e.key(), e.kind(), e.code(), e.title(), e.depth()))
                .collect(Collectors.toCollection(ArrayList::new));
        round.invitations = command.invited().stream().map(Invitation::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        round.createdAt = now;
        round.updatedAt = now;
        return round;
    }

    /** Whether comments are taken on {@code today}. */
    boolean takesCommentsOn(LocalDate today) {
        return status == RoundStatus.OPEN && !today.isBefore(opensOn) && !today.isAfter(closesOn);
    }

    /** Refuses a comment on a day the round does not take any. */
    void checkTakesCommentsOn(LocalDate today) {
        if (status == RoundStatus.CLOSED || today.isAfter(closesOn)) {
            throw StakeholderException.roundClosed(closedOn != null && closedOn.isBefore(closesOn) ? closedOn : closesOn);
        }
        if (today.isBefore(opensOn)) {
            throw StakeholderException.roundNotYetOpen(opensOn);
        }
    }

    /** Whether a link of the round still answers on {@code today}: until the round closes. */
    boolean linksAnswerOn(LocalDate today) {
        return status == RoundStatus.OPEN && !today.isAfter(closesOn);
    }

    void close(LocalDate today, LocalDateTime now) {
        if (status == RoundStatus.CLOSED) {
            throw StakeholderException.alreadyClosed();
        }
        status = RoundStatus.CLOSED;
        closedOn = today;
        updatedAt = now;
    }

    boolean invites(long institutionId) {
        return invitations.stream().anyMatch(i -> i.institutionId() == institutionId);
    }

    Optional<ElementView> element(String key) {
        return elements().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    List<ElementView> elements() {
        return elements.stream().map(e -> new ElementView(e.elementKey(), e.kind(), e.code(), e.title(), e.depth()))
                .toList();
    }

    List<Long> invited() {
        return invitations.stream().map(Invitation::institutionId).toList();
    }

    RoundView view(String planTitle, Function<Long, String> names, LocalDate today) {
        return new RoundView(id, version, planId, planTitle, title, purpose, opensOn, closesOn, status, closedOn,
                takesCommentsOn(today), elements(), invited().stream().map(i -> new InstitutionRef(i, names.apply(i)))
                        .sorted(java.util.Comparator.comparing(InstitutionRef::name, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }

    Audited audited(Function<Long, String> names) {
        return Audited.of(AUDIT_TYPE, id, title, planId, AuditRecord.state(
                "title", title,
                "purpose", purpose,
                "opensOn", opensOn.toString(),
                "closesOn", closesOn.toString(),
                "status", status.name(),
                "closedOn", closedOn == null ? null : closedOn.toString(),
                "invited", invited().stream().map(names).sorted().collect(Collectors.joining(", ")),
                "elements", elements.size()));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long planId() {
        return planId;
    }

    String title() {
        return title;
    }

    String purpose() {
        return purpose;
    }

    LocalDate opensOn() {
        return opensOn;
    }

    LocalDate closesOn() {
        return closesOn;
    }

    RoundStatus status() {
        return status;
    }

    LocalDate closedOn() {
        return closedOn;
    }

    @Table("consultation_element")
    record Element(String elementKey, ElementKind kind, String code, String title, int depth) {
    }

    @Table("consultation_invitation")
    record Invitation(long institutionId) {
    }
}
