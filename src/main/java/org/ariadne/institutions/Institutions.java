package org.ariadne.institutions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.CacheSettings;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.common.text.NameKey;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.data.relational.core.mapping.event.AfterSaveEvent;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The institutions directory. Reading is open to everyone signed in; changes are audited. */
@Service
public class Institutions {

    static final String ENTITY = Institution.AUDIT_TYPE;
    private static final String DIRECTORY_KEY = "all";

    private final InstitutionRepository institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final Cache directory;
    private final ParticipantScope participants;

    Institutions(InstitutionRepository institutions, AuditTrail trail, AuditHistory history, Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc, CacheManager caches, ParticipantScope participants) {
        this.history = history;
        this.participants = participants;
        this.jdbc = jdbc;
        this.directory = Objects.requireNonNull(caches.getCache(CacheSettings.INSTITUTION_DIRECTORY));
        this.institutions = institutions;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * The directory the signed-in person works with: their participant's institutions, or every participant's for those
     * who work across participants (issue 19).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<InstitutionView> list() {
        return list(participants.narrowedTo());
    }

    private List<InstitutionView> list(java.util.Optional<Long> participant) {
        // two plain queries rather than one per institution for its aliases: every page that names institutions
        // reads the whole directory
        var aliases = new java.util.HashMap<Long, List<String>>();
        var only = participant.map(own -> " where participant_id = " + own).orElse("");
        jdbc.sql("select institution_id, alias from institution_alias" + only + " order by alias")
                .query(row -> {
                    aliases.computeIfAbsent(row.getLong(1), key -> new java.util.ArrayList<>()).add(row.getString(2));
                });
        return jdbc.sql("select * from institution" + only + " order by name")
                .query((row, index) -> new InstitutionView(row.getLong("id"), row.getInt("version"), row.getString("name"),
                        row.getString("short_name"), InstitutionType.valueOf(row.getString("type")),
                        InstitutionLevel.valueOf(row.getString("level")), row.getBoolean("national_authority_member"),
                        row.getBoolean("reports_progress"), row.getString("contact_name"), row.getString("contact_email"),
                        row.getString("contact_phone"), row.getBoolean("active"), row.getBoolean("demo"),
                        List.copyOf(aliases.getOrDefault(row.getLong("id"), List.of())), row.getString("name_sq"),
                        row.getString("name_sr"), row.getString("name_mk"),
                        InstitutionView.acronymsOf(row.getString("acronyms"))))
                .list();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InstitutionView get(long id) {
        return find(id).view();
    }

    /** Every institution's participant, by institution, whoever asks: for pickers naming each one's participant. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, Long> participantByInstitution() {
        var owners = new java.util.HashMap<Long, Long>();
        jdbc.sql("select id, participant_id from institution").query(row -> {
            owners.put(row.getLong(1), row.getLong(2));
        });
        return owners;
    }

    /** The participant an institution belongs to; empty when there is no such institution. */
    @Transactional(readOnly = true)
    public java.util.Optional<Long> participantOf(long id) {
        return jdbc.sql("select participant_id from institution where id = ?").param(id).query(Long.class).optional();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public InstitutionDirectory directory() {
        // nearly every page names institutions, and the directory changes a few times a year; one per participant
        var participant = participants.narrowedTo();
        return directory.get(participant.map(own -> "participant-" + own).orElse(DIRECTORY_KEY),
                () -> new InstitutionDirectory(list(participant)));
    }

    /**
     * The institutions of one participant (issue 19), by id: for modules narrowing their choice lists and their name
     * matching to the reader's participant ({@link InstitutionDirectory#within}).
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> idsOfParticipant(long participantId) {
        return java.util.Set.copyOf(jdbc.sql("select id from institution where participant_id = ?")
                .param(participantId).query(Long.class).list());
    }

    /**
     * An institution was saved (created, changed, given another spelling): the directory is read again once the change
     * is committed.
     */
    @EventListener
    void saved(AfterSaveEvent<?> event) {
        if (event.getEntity() instanceof Institution) {
            directory.clear();
        }
    }

    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public long create(InstitutionCommand command) {
        return create(command, false);
    }

    /**
     * Creates several institutions at once (the new names of an imported workbook), all or none, each checked as
     * {@link #create} checks one: against the directory and against those created before it in the list. The directory
     * is read once and the institutions are written in one batch, not one by one.
     */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public List<Long> createAll(List<InstitutionCommand> commands) {
        if (commands.isEmpty()) {
            return List.of();
        }
        var participant = participants.forNewRecord();
        var others = new InstitutionDirectory(list(java.util.Optional.of(participant)));
        var earlier = new java.util.HashMap<String, String>();
        var created = new java.util.ArrayList<Institution>();
        var now = now();
        for (var command : commands) {
            var names = new java.util.ArrayList<String>();
            for (var name : new String[] {command.name(), command.nameSq(), command.nameSr(), command.nameMk()}) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                refuseDuplicate(others, name, null);
                var key = NameKey.of(name);
                var earlierName = earlier.get(key);
                if (earlierName != null) {
                    throw InstitutionException.duplicate(name, earlierName);
                }
                names.add(name);
            }
            names.forEach(name -> earlier.put(NameKey.of(name), command.name()));
            created.add(Institution.create(command, false, participant, now));
        }
        var saved = new java.util.ArrayList<Institution>();
        institutions.saveAll(created).forEach(saved::add);
        trail.recordAll(saved.stream().map(institution -> org.ariadne.audit.AuditRecord.created(institution.auditType(),
                institution.auditId(), institution.auditLabel(), institution.auditPlanId(), institution.auditState()))
                .toList());
        return saved.stream().map(Institution::id).toList();
    }

    /** Creates a directory entry flagged as demo data, so nobody mistakes it for a real institution. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public long createDemo(InstitutionCommand command) {
        return create(command, true);
    }

    private long create(InstitutionCommand command, boolean demo) {
        var participant = participants.forNewRecord();
        refuseDuplicates(command, null, participant);
        var saved = institutions.save(Institution.create(command, demo, participant, now()));
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public void update(long id, int expectedVersion, InstitutionCommand command) {
        var institution = find(id);
        if (institution.version() != expectedVersion) {
            var last = history.lastChange(Institution.AUDIT_TYPE, id);
            throw ConflictException.of("institution.conflict", institution.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
        refuseDuplicates(command, id, institution.participantId());
        var before = institution.snapshot();
        institution.apply(command, now());
        var saved = institutions.save(institution);
        trail.recordChange(before, saved);
    }

    /** Remembers another spelling of an institution's name (e.g. chosen while importing a workbook). */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public void addAlias(long id, String alias) {
        var key = NameKey.of(alias);
        var institution = find(id);
        var participant = institution.participantId();
        if (key.isEmpty() || institutions.existsByNameKey(key, participant)
                || institutions.findByAliasKey(key, participant).isPresent()) {
            return;
        }
        var before = institution.snapshot();
        institution.addAlias(alias);
        var saved = institutions.save(institution);
        trail.recordChange(before, saved);
    }

    /**
     * Its name, and each of its names in another language, is nobody else's name in any language, among the
     * institutions of its participant (two countries may each have a Ministry of Interior).
     */
    private void refuseDuplicates(InstitutionCommand command, Long self, long participant) {
        refuseDuplicate(command.name(), self, participant);
        var others = new InstitutionDirectory(list(java.util.Optional.of(participant)));
        for (var name : new String[] {command.name(), command.nameSq(), command.nameSr(), command.nameMk()}) {
            if (name == null || name.isBlank()) {
                continue;
            }
            refuseDuplicate(others, name, self);
        }
    }

    /** The name is no other institution's name, name in another language or learned spelling. */
    private static void refuseDuplicate(InstitutionDirectory others, String name, Long self) {
        // a short name or acronym that happens to be spelt like this name is not a clash
        others.find(name).filter(existing -> existing.spellings().stream()
                .anyMatch(spelling -> NameKey.of(spelling).equals(NameKey.of(name))))
                .filter(existing -> self == null || existing.id() != self)
                .ifPresent(existing -> {
                    throw InstitutionException.duplicate(name, existing.name());
                });
    }

    private void refuseDuplicate(String name, Long self, long participant) {
        var key = NameKey.of(name);
        institutions.findByNameKey(key, participant).or(() -> institutions.findByAliasKey(key, participant))
                .filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw InstitutionException.duplicate(name, existing.name());
                });
    }

    /** The institution, as if it did not exist for a person of another participant. */
    private Institution find(long id) {
        return institutions.findById(id).filter(found -> participants.sees(found.participantId()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
