package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A cooperation agreement or MoU with its parties, yearly implementation notes and linked activities. */
@Table("agreement")
class Agreement {

    static final String AUDIT_TYPE = "agreement";

    @Id
    private Long id;
    @Version
    private Integer version;
    private AgreementKind kind;
    private String title;
    private LocalDate signedOn;
    private LocalDate expiresOn;
    private String scope;
    private AgreementStatus status;
    /** The participant (issue 19) whose record it is; set once, at creation. */
    private long participantId = org.ariadne.common.participant.ParticipantScope.HOME;
    private LocalDateTime createdAt;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "agreement_id", keyColumn = "position")
    private List<Party> parties = new ArrayList<>();
    @MappedCollection(idColumn = "agreement_id")
    private Set<Note> notes = new LinkedHashSet<>();
    @MappedCollection(idColumn = "agreement_id")
    private Set<LinkedActivity> activities = new LinkedHashSet<>();

    Agreement() {
    }

    long participantId() {
        return participantId;
    }

    static Agreement create(AgreementCommand command, long participantId, LocalDateTime now) {
        var agreement = new Agreement();
        agreement.participantId = participantId;
        agreement.createdAt = now;
        agreement.apply(command, now);
        return agreement;
    }

    void apply(AgreementCommand command, LocalDateTime now) {
        kind = command.kind();
        title = command.title().strip();
        signedOn = command.signedOn();
        expiresOn = command.expiresOn();
        scope = command.scope() == null || command.scope().isBlank() ? null : command.scope().strip();
        status = command.status();
        parties = command.parties().stream().map(row -> new Party(row.institutionId(),
                row.institutionId() == null ? row.organisation() : null, row.obligations()))
                .collect(Collectors.toCollection(ArrayList::new));
        activities = command.activities().stream().map(LinkedActivity::new)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        updatedAt = now;
    }

    /** The year's implementation note, replacing the one there was; an empty note removes it. */
    void note(int year, String note, LocalDateTime now) {
        notes.removeIf(n -> n.noteYear() == year);
        if (note != null && !note.isBlank()) {
            notes.add(new Note(year, note.strip()));
        }
        updatedAt = now;
    }

    static AgreementStatus effectiveStatus(AgreementStatus status, LocalDate expiresOn, LocalDate today) {
        return status == AgreementStatus.IN_FORCE && expiresOn != null && expiresOn.isBefore(today)
                ? AgreementStatus.EXPIRED : status;
    }

    static boolean expiringWithin(AgreementStatus status, LocalDate expiresOn, LocalDate today, int days) {
        return status == AgreementStatus.IN_FORCE && expiresOn != null && !expiresOn.isBefore(today)
                && !expiresOn.isAfter(today.plusDays(days));
    }

    boolean hasParty(long institutionId) {
        return parties.stream().anyMatch(p -> p.institutionId() != null && p.institutionId() == institutionId);
    }

    AgreementView view(Function<Long, String> names, Map<Long, ActivityChoice> activityLabels, List<FileView> files) {
        return new AgreementView(id, version, kind, title, signedOn, expiresOn, scope, status,
                parties.stream().map(p -> new AgreementView.Party(p.institutionId(),
                        p.institutionId() == null ? p.organisation() : names.apply(p.institutionId()),
                        p.institutionId() == null, p.obligations())).toList(),
                notes.stream().sorted(Comparator.comparingInt(Note::noteYear).reversed())
                        .map(n -> new AgreementView.YearNote(n.noteYear(), n.note())).toList(),
                activities.stream().map(a -> activityLabels.getOrDefault(a.activityId(),
                        new ActivityChoice(a.activityId(), "#" + a.activityId()))).toList(),
                files);
    }

    Audited audited(Function<Long, String> names, Map<Long, ActivityChoice> activityLabels) {
        return Audited.of(AUDIT_TYPE, id, title, null, AuditRecord.state(
                "kind", kind.name(),
                "title", title,
                "signedOn", signedOn == null ? null : signedOn.toString(),
                "expiresOn", expiresOn == null ? null : expiresOn.toString(),
                "scope", scope,
                "status", status.name(),
                "parties", parties.stream().map(p -> (p.institutionId() == null ? p.organisation()
                        : names.apply(p.institutionId())) + (p.obligations() == null ? "" : ": " + p.obligations()))
                        .collect(Collectors.joining("\n")),
                "notes", notes.stream().sorted(Comparator.comparingInt(Note::noteYear))
                        .map(n -> n.noteYear() + ": " + n.note()).collect(Collectors.joining("\n")),
                "activities", activities.stream().map(a -> activityLabels.containsKey(a.activityId())
                        ? activityLabels.get(a.activityId()).label() : "#" + a.activityId()).sorted()
                        .collect(Collectors.joining("; "))));
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }

    LocalDate expiresOn() {
        return expiresOn;
    }

    AgreementStatus status() {
        return status;
    }

    @Table("agreement_party")
    record Party(Long institutionId, String organisation, String obligations) {
    }

    @Table("agreement_note")
    record Note(int noteYear, String note) {
    }

    @Table("agreement_activity")
    record LinkedActivity(long activityId) {
    }
}
