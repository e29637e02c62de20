package org.ariadne.institutions;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.common.text.NameKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regions and municipalities (a municipality lies in a region), kept by the administrator, and the unit each
 * institution serves. Reading is open to everyone signed in; every change goes to the audit trail.
 */
@Service
public class TerritorialUnits {

    static final String ENTITY = TerritorialUnit.AUDIT_TYPE;

    private final TerritorialUnitRepository units;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final ParticipantScope participants;

    TerritorialUnits(TerritorialUnitRepository units, AuditTrail trail, AuditHistory history, JdbcClient jdbc,
            Clock clock, ParticipantScope participants) {
        this.participants = participants;
        this.units = units;
        this.trail = trail;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Every unit of the signed-in person's participant (of all participants for those who work across them), regions
     * first each followed by its municipalities, by name.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<TerritorialUnitView> list() {
        var only = participants.narrowedTo().map(own -> " where u.participant_id = " + own).orElse("");
        var all = jdbc.sql("""
                select u.*, p.name as parent_name from territorial_unit u
                left join territorial_unit p on p.id = u.parent_id""" + only + " order by u.name")
                .query((row, index) -> new TerritorialUnitView(row.getLong("id"), row.getInt("version"),
                        row.getString("name"), TerritorialUnitKind.valueOf(row.getString("kind")),
                        row.getObject("parent_id") == null ? null : row.getLong("parent_id"), row.getString("parent_name"),
                        row.getString("name_sq"), row.getString("name_sr"), row.getString("name_mk"), row.getBoolean("demo")))
                .list();
        var ordered = new java.util.ArrayList<TerritorialUnitView>();
        for (var region : all) {
            if (region.parentId() == null) {
                ordered.add(region);
                all.stream().filter(unit -> region.id() == (unit.parentId() == null ? -1 : unit.parentId())).forEach(ordered::add);
            }
        }
        all.stream().filter(unit -> !ordered.contains(unit)).forEach(ordered::add);
        return ordered;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TerritorialUnitView get(long id) {
        return list().stream().filter(unit -> unit.id() == id).findFirst()
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    /** The unit and every unit below it (a region and its municipalities). */
    @Transactional(readOnly = true)
    public Set<Long> withSubUnits(long id) {
        var found = new HashSet<Long>();
        found.add(id);
        var rows = jdbc.sql("select id, parent_id from territorial_unit where parent_id is not null")
                .query((row, index) -> new long[] {row.getLong(1), row.getLong(2)}).list();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (var row : rows) {
                if (found.contains(row[1]) && found.add(row[0])) {
                    grew = true;
                }
            }
        }
        return found;
    }

    /** The unit an institution serves; empty for a national institution. */
    @Transactional(readOnly = true)
    public Optional<Long> unitOfInstitution(long institutionId) {
        return jdbc.sql("select territorial_unit_id from institution where id = ? and territorial_unit_id is not null").param(institutionId)
                .query(Long.class).optional();
    }

    /** The institutions that serve the unit, by id. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Long> institutionsOf(long unitId) {
        return jdbc.sql("select id from institution where territorial_unit_id = ? order by name").param(unitId)
                .query(Long.class).list();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public long create(TerritorialUnitCommand command) {
        return create(command, false);
    }

    /** A unit of the demonstration data, flagged so nobody mistakes it for a real one. */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public long createDemo(TerritorialUnitCommand command) {
        return create(command, true);
    }

    private long create(TerritorialUnitCommand command, boolean demo) {
        var participant = participants.forNewRecord();
        refuse(command, null, participant);
        var saved = units.save(TerritorialUnit.create(command, demo, participant, now()));
        trail.recordCreated(saved);
        return saved.id();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    @Transactional
    public void update(long id, int expectedVersion, TerritorialUnitCommand command) {
        var unit = units.findById(id).filter(found -> participants.sees(found.participantId()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
        if (unit.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, id);
            throw ConflictException.of("territory.conflict", unit.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        refuse(command, id, unit.participantId());
        var before = unit.snapshot();
        unit.apply(command, now());
        trail.recordChange(before, units.save(unit));
    }

    /** The institution serves this unit from now on ({@code unitId} null: a national institution again). */
    @PreAuthorize("hasAnyRole('ADMINISTRATOR', 'ME_OFFICER')")
    @Transactional
    public void assignInstitution(long institutionId, Long unitId) {
        var name = jdbc.sql("select name from institution where id = ?").param(institutionId).query(String.class)
                .optional().orElseThrow(() -> NotFoundException.of(Institutions.ENTITY, institutionId));
        // an institution serves a unit of its own participant only
        var participant = jdbc.sql("select participant_id from institution where id = ?").param(institutionId)
                .query(Long.class).single();
        participants.requireSees(participant, Institutions.ENTITY, institutionId);
        if (unitId != null && !jdbc.sql("select participant_id from territorial_unit where id = ?").param(unitId)
                .query(Long.class).optional().orElse(participant).equals(participant)) {
            throw NotFoundException.of(ENTITY, unitId);
        }
        var before = unitOfInstitution(institutionId).map(this::nameOf).orElse(null);
        var after = unitId == null ? null : nameOf(unitId);
        jdbc.sql("update institution set territorial_unit_id = ? where id = ?").param(unitId).param(institutionId).update();
        trail.record(AuditRecord.updated(Institutions.ENTITY, institutionId, name, null,
                AuditRecord.state("territorialUnit", before), AuditRecord.state("territorialUnit", after)));
    }

    private String nameOf(long unitId) {
        return jdbc.sql("select name from territorial_unit where id = ?").param(unitId).query(String.class).optional()
                .orElseThrow(() -> NotFoundException.of(ENTITY, unitId));
    }

    private void refuse(TerritorialUnitCommand command, Long self, long participant) {
        units.findByNameKey(NameKey.of(command.name()), participant).filter(existing -> !existing.id().equals(self))
                .ifPresent(existing -> {
                    throw InstitutionException.duplicateUnit(command.name());
                });
        if (command.kind() == TerritorialUnitKind.MUNICIPALITY) {
            var parent = command.parentId() == null ? Optional.<String>empty()
                    : jdbc.sql("select kind from territorial_unit where id = ? and participant_id = ?")
                            .param(command.parentId()).param(participant)
                            .query(String.class).optional();
            if (parent.filter(TerritorialUnitKind.REGION.name()::equals).isEmpty()) {
                throw InstitutionException.parentMustBeRegion(command.name());
            }
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
