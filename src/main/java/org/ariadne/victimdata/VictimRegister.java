package org.ariadne.victimdata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.InstitutionParticipants;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.CurrentUser;
import org.ariadne.victimdata.AccessLogEntry.Action;
import org.ariadne.victimdata.MatchProposal.Decision;
import org.ariadne.victimdata.linkage.LinkageRecord;
import org.ariadne.victimdata.linkage.MatchClass;
import org.ariadne.victimdata.linkage.VictimLinkage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case register: victim-data officers record, read, link and export cases; nobody else opens one. Every read of a
 * case, every export and every link is written to the register's access log in the same transaction, which the
 * coordinator reviews; every change is in the audit trail (readable by victim-data officers only). Identifying data
 * are turned into linkage keys on arrival and dropped: the database holds no name, birth date or document number.
 */
@Service
@NamedInterface("api")
public class VictimRegister {

    static final String OFFICER = "hasRole('VICTIM_DATA_OFFICER')";
    static final String OFFICER_OR_COORDINATOR = "hasAnyRole('VICTIM_DATA_OFFICER', 'COORDINATOR')";

    private final VictimCaseRepository cases;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Institutions institutions;
    private final InstitutionParticipants institutionParticipants;
    private final ParticipantScope participants;
    private final VictimDataProperties properties;
    private final Clock clock;
    private volatile VictimLinkage linkage;
    private volatile ColumnSeal seal;

    VictimRegister(VictimCaseRepository cases, JdbcClient jdbc, AuditTrail trail, Institutions institutions,
            InstitutionParticipants institutionParticipants, ParticipantScope participants,
            VictimDataProperties properties, Clock clock) {
        this.cases = cases;
        this.jdbc = jdbc;
        this.trail = trail;
        this.institutions = institutions;
        this.institutionParticipants = institutionParticipants;
        this.participants = participants;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Records a new case of a new person and proposes the earlier cases that are likely or possibly the same person
     * (the officer confirms or rejects each). The identifying data in {@code command} are used here and dropped.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public Registered register(CaseCommand command) {
        return registerLogged(command, null);
    }

    /**
     * Records a case read from an institution's workbook ({@link CaseImports}), exactly as a typed one: the identifying
     * data become keys and are dropped, the earlier cases of the same person are proposed. Its creation line in the
     * access log says it came from a workbook.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public Registered registerImported(CaseCommand command) {
        return registerLogged(command, AccessLogEntry.IMPORTED);
    }

    /**
     * The earlier cases that are likely or possibly the same person as the one {@code command} describes, best first,
     * without recording anything (a workbook's preview). Empty when the command holds no identifying data.
     */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<EarlierMatch> earlierMatches(CaseCommand command) {
        if (!command.hasIdentifyingData()) {
            return List.of();
        }
        var derived = linkage().query(command.identifyingData());
        var references = new HashMap<Long, String>();
        var found = new ArrayList<EarlierMatch>();
        scored(derived.record(), derived.blockKeys(), null, participantOf(command)).forEach((id, score) -> {
            var matchClass = MatchClass.of(score);
            if (matchClass != MatchClass.NO_MATCH) {
                found.add(new EarlierMatch(id, references.computeIfAbsent(id, this::reference),
                        BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP), matchClass));
            }
        });
        found.sort(java.util.Comparator.comparing(EarlierMatch::score).reversed());
        return List.copyOf(found);
    }

    private String reference(long caseId) {
        return jdbc.sql("select reference from victim_case where id = ?").param(caseId).query(String.class).single();
    }

    private Registered registerLogged(CaseCommand command, String logDetail) {
        var seal = seal();
        var by = who();
        var now = now();
        var derived = command.hasIdentifyingData() ? linkage().query(command.identifyingData()) : null;
        var record = derived == null ? null : derived.record();
        var sealed = new VictimCase.Sealed(seal.seal(command.municipality()), seal.seal(command.notes()),
                record == null ? null : record.blockKey(), record == null ? null : seal.seal(record.serialize()),
                properties.keyGeneration(), record == null ? List.of() : record.documentKeys());
        long participant = participantOf(command);
        long person = newPerson(participant, now);
        var number = jdbc.sql("select nextval('victim_case_number')").query(Long.class).single();
        var reference = "VC-" + command.identifiedOn().getYear() + "-" + String.format("%05d", number);
        var saved = cases.save(VictimCase.register(reference, person, participant, command, sealed, by, now));
        trail.recordCreated(saved);
        log(saved.id(), Action.CREATE, logDetail);
        if (derived != null) {
            propose(saved, record, derived.blockKeys());
        }
        return new Registered(saved.id(), saved.reference(), proposals(saved.id()));
    }

    /** Changes what a case records; typed identifying data replace its linkage and bring new proposals. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void update(long id, int version, CaseCommand command) {
        var found = find(id);
        if (!Objects.equals(found.version(), version)) {
            throw ConflictException.of("victimdata.conflict", found.version(), found.updatedBy(), found.updatedAt());
        }
        requireOwnInstitutions(command);
        var seal = seal();
        var before = found.snapshot();
        var derived = command.hasIdentifyingData() ? linkage().query(command.identifyingData()) : null;
        var record = derived == null ? null : derived.record();
        var sealed = new VictimCase.Sealed(seal.seal(command.municipality()), seal.seal(command.notes()),
                null, null, 0, List.of());
        found.apply(command, sealed, who(), now());
        if (record != null) {
            found.relink(record.blockKey(), seal.seal(record.serialize()), properties.keyGeneration(),
                    record.documentKeys());
        }
        var saved = cases.save(found);
        trail.recordChange(before, saved);
        log(id, Action.UPDATE, record != null ? AccessLogEntry.RELINKED : null);
        if (derived != null) {
            propose(saved, record, derived.blockKeys());
        }
    }

    /** A case as its page shows it; the read is logged. */
    @PreAuthorize(OFFICER)
    @Transactional
    public CaseView open(long id) {
        var found = find(id);
        log(id, Action.READ, null);
        var seal = seal();
        return found.view(seal.open(found.municipalitySealed()), seal.open(found.notesSealed()),
                personReference(found.personId()), institutionNames());
    }

    /** The earlier cases proposed as the same person as case {@code id}, best first, with their decisions. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<MatchProposal> proposals(long id) {
        var names = institutionNames();
        return jdbc.sql("""
                select m.case_id, m.earlier_case_id, e.reference, p.reference person_reference, e.identified_on,
                       e.identifying_institution_id, e.closed_on, m.score, m.match_class, m.decision, m.decided_by,
                       m.decided_at
                from victim_case_match m join victim_case e on e.id = m.earlier_case_id
                join victim_person p on p.id = e.person_id
                where m.case_id = ? order by m.score desc, e.identified_on desc""").param(id)
                .query((row, index) -> new MatchProposal(row.getLong(1), row.getLong(2), row.getString(3),
                        row.getString(4), row.getObject(5, LocalDate.class), names.get(row.getLong(6)),
                        row.getObject(7, LocalDate.class), row.getBigDecimal(8), MatchClass.valueOf(row.getString(9)),
                        Decision.valueOf(row.getString(10)), row.getString(11),
                        row.getObject(12, LocalDateTime.class)))
                .list();
    }

    /**
     * The officer says the two cases are the same person: every case of the later case's person joins the earlier
     * case's person (persons are counted once, the later case may be a re-trafficking).
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void confirm(long id, long earlierId) {
        decide(id, earlierId, Decision.CONFIRMED);
        var earlier = find(earlierId);
        joinPersons(find(id), earlier);
        log(id, Action.LINK, AccessLogEntry.SAME + earlier.reference());
    }

    /**
     * The officer knows that another case, named by its reference, is the same person although the linkage did not
     * propose it (identifying data missing or typed too differently, or a case from before a key rotation): the two
     * persons become one, and the decision is kept with the proposals as one taken by hand.
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public void link(long id, String otherReference) {
        var later = find(id);
        var reference = otherReference == null ? "" : otherReference.strip().toUpperCase(java.util.Locale.ROOT);
        // only a case of the same participant's register: another participant's does not exist here
        var otherId = jdbc.sql("select id from victim_case where upper(reference) = ? and participant_id = ?")
                .params(reference, later.participantId()).query(Long.class).optional().orElseThrow(() -> VictimDataException.noSuchCase(otherReference));
        var other = find(otherId);
        if (otherId == id || later.personId().equals(other.personId())) {
            throw VictimDataException.alreadySamePerson(other.reference());
        }
        var decided = jdbc.sql("update victim_case_match set decision = ?, decided_by = ?, decided_at = ? "
                + "where case_id = ? and earlier_case_id = ?")
                .params(Decision.CONFIRMED.name(), who(), now(), id, otherId).update();
        if (decided == 0) {
            jdbc.sql("insert into victim_case_match (case_id, earlier_case_id, score, match_class, decision, decided_by, "
                    + "decided_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, otherId, BigDecimal.ZERO, MatchClass.NO_MATCH.name(), Decision.CONFIRMED.name(), who(),
                            now())
                    .update();
        }
        joinPersons(later, other);
        log(id, Action.LINK, AccessLogEntry.SAME + other.reference());
    }

    /** Every case of {@code later}'s person joins {@code earlier}'s person, each change in the trail. */
    private void joinPersons(VictimCase later, VictimCase earlier) {
        if (later.personId().equals(earlier.personId())) {
            return;
        }
        var by = who();
        var now = now();
        for (var moved : jdbc.sql("select id from victim_case where person_id = ?").param(later.personId())
                .query(Long.class).list()) {
            var each = find(moved);
            var before = each.snapshot();
            each.belongTo(earlier.personId(), by, now);
            trail.recordChange(before, cases.save(each));
        }
    }

    /** The officer says the proposed earlier case is another person. */
    @PreAuthorize(OFFICER)
    @Transactional
    public void reject(long id, long earlierId) {
        decide(id, earlierId, Decision.REJECTED);
        log(id, Action.LINK, AccessLogEntry.OTHER + find(earlierId).reference());
    }

    /** The register's list, newest first, at most {@code limit} lines. Listing is not reading a case. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<CaseSummary> list(CaseFilter filter, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        participants.narrowedTo().ifPresent(own -> {
            where.add("c.participant_id = ?");
            params.add(own);
        });
        if (filter.year() != null) {
            where.add("c.identified_year = ?");
            params.add(filter.year());
        }
        if (filter.institutionId() != null) {
            where.add("c.identifying_institution_id = ?");
            params.add(filter.institutionId());
        }
        if (filter.status() != null) {
            where.add("c.status = ?");
            params.add(filter.status().name());
        }
        if (filter.reference() != null && !filter.reference().isBlank()) {
            where.add("(upper(c.reference) like ? or upper(p.reference) like ?)");
            var like = "%" + filter.reference().strip().toUpperCase(java.util.Locale.ROOT) + "%";
            params.add(like);
            params.add(like);
        }
        params.add(Math.max(1, Math.min(limit, 1000)));
        return summaries((where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by c.identified_on desc, c.id desc fetch first ? rows only", params);
    }

    /**
     * Every case of a person, oldest first (the case page shows them beside the one opened). Listing is not reading
     * a case: none of them is logged as read.
     */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<CaseSummary> casesOfPerson(long personId) {
        return summaries(" where c.person_id = ? order by c.identified_on, c.id", List.<Object>of(personId));
    }

    /** How many proposals of the whole register wait for an officer's decision. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public int openProposals() {
        var own = participants.narrowedTo();
        return jdbc.sql("select count(*) from victim_case_match m join victim_case c on c.id = m.case_id "
                + "where m.decision = 'PROPOSED'" + (own.isPresent() ? " and c.participant_id = ?" : ""))
                .params(own.stream().toList()).query(Integer.class).single();
    }

    /**
     * The case's own rules (the referral stages in order) checked without saving, so that a form shows them with
     * its invalid fields in one answer; throws every refusal at once.
     */
    @PreAuthorize(OFFICER)
    public void check(CaseCommand command) {
        command.checkStages();
    }

    private List<CaseSummary> summaries(String whereAndOrder, List<Object> params) {
        var names = institutionNames();
        return jdbc.sql("""
                select c.id, c.reference, p.reference person_reference,
                       (select count(*) from victim_case o where o.person_id = c.person_id) cases_of_person,
                       c.identified_on, c.identifying_institution_id, c.status, c.sex, c.age_group, c.citizenship,
                       c.closed_on,
                       (select count(*) from victim_case_match m where m.case_id = c.id and m.decision = 'PROPOSED')
                           proposed,
                       c.anonymised_at
                from victim_case c join victim_person p on p.id = c.person_id
                """ + whereAndOrder)
                .params(params)
                .query((row, index) -> new CaseSummary(row.getLong(1), row.getString(2), row.getString(3),
                        row.getInt(4), row.getObject(5, LocalDate.class), names.get(row.getLong(6)),
                        CaseStatus.valueOf(row.getString(7)),
                        org.ariadne.victimdata.linkage.Sex.valueOf(row.getString(8)),
                        AgeGroup.valueOf(row.getString(9)), row.getString(10), row.getObject(11, LocalDate.class),
                        row.getInt(12), row.getObject(13, LocalDateTime.class) != null))
                .list();
    }

    /** The institutions a case of the person's participant may name, for the form and the filter (issue 19). */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<org.ariadne.institutions.InstitutionView> institutionChoices() {
        var owners = institutionParticipants.byInstitution();
        return institutions.directory().all().stream()
                .filter(institution -> participants.sees(owners.get(institution.id()))).toList();
    }

    /** The years that have cases, newest first. */
    @PreAuthorize(OFFICER)
    @Transactional(readOnly = true)
    public List<Integer> years() {
        var own = participants.narrowedTo();
        return jdbc.sql("select distinct identified_year from victim_case"
                + (own.isPresent() ? " where participant_id = ?" : "") + " order by identified_year desc")
                .params(own.stream().toList()).query(Integer.class).list();
    }

    /**
     * Case-level rows for an officer's export (no name, no sealed column): the export is logged with its size. Other
     * roles never reach it (the method's role check refuses them before anything is read).
     */
    @PreAuthorize(OFFICER)
    @Transactional
    public List<CaseView> export(CaseFilter filter) {
        var names = institutionNames();
        var rows = new ArrayList<CaseView>();
        // the list already names each case's person: only the cases themselves are read again
        for (var summary : list(filter, 1000)) {
            rows.add(find(summary.id()).view(null, null, summary.personReference(), names));
        }
        log(null, Action.EXPORT, AccessLogEntry.EXPORTED + rows.size() + (filter.year() == null ? "" : ":" + filter.year()));
        return rows;
    }

    /** The access log, newest first: for the coordinator's review and the officers' own. */
    @PreAuthorize(OFFICER_OR_COORDINATOR)
    @Transactional(readOnly = true)
    public List<AccessLogEntry> accessLog(String reference, String username, int limit) {
        var where = new ArrayList<String>();
        var params = new ArrayList<Object>();
        participants.narrowedTo().ifPresent(own -> {
            where.add("a.participant_id = ?");
            params.add(own);
        });
        if (reference != null && !reference.isBlank()) {
            where.add("upper(c.reference) = ?");
            params.add(reference.strip().toUpperCase(java.util.Locale.ROOT));
        }
        if (username != null && !username.isBlank()) {
            where.add("a.username = ?");
            params.add(username.strip());
        }
        params.add(Math.max(1, Math.min(limit, 5000)));
        return jdbc.sql("select a.at, a.username, a.action, a.case_id, c.reference, a.detail "
                + "from victim_case_access a left join victim_case c on c.id = a.case_id"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.at desc, a.id desc fetch first ? rows only")
                .params(params)
                .query((row, index) -> new AccessLogEntry(row.getObject(1, LocalDateTime.class), row.getString(2),
                        Action.valueOf(row.getString(3)), (Long) row.getObject(4, Long.class), row.getString(5),
                        row.getString(6)))
                .list();
    }

    /**
     * Retention: cases closed more than {@code ariadne.victimdata.retention-years} ago lose what could point at the
     * person; their statistics stay. Run nightly (see {@link RegisterRetention}) and by the tests.
     */
    @Transactional
    public int anonymiseExpired() {
        var today = LocalDate.now(clock);
        var due = jdbc.sql("select id from victim_case where anonymised_at is null and closed_on < ?")
                .param(today.minusYears(properties.retentionYears())).query(Long.class).list();
        int done = 0;
        for (var id : due) {
            var found = find(id);
            if (found.dueForAnonymisation(today, properties.retentionYears())) {
                var before = found.snapshot();
                found.anonymise(now());
                trail.recordChange(before, cases.save(found));
                jdbc.sql("insert into victim_case_access (case_id, username, action, detail, at, participant_id) "
                        + "values (?, ?, ?, ?, ?, ?)")
                        .params(id, "retention", Action.ANONYMISE.name(), null, now(), found.participantId()).update();
                done++;
            }
        }
        return done;
    }

    // ---- the linkage ----

    /**
     * Scores the new case against the earlier ones of its blocks (same sex, birth year within one) and those sharing a
     * document, made under the current key generation and not anonymised; keeps the likely and possible ones.
     */
    private void propose(VictimCase created, LinkageRecord record, List<String> blocks) {
        var decided = new HashMap<Long, String>();
        jdbc.sql("select earlier_case_id, decision from victim_case_match where case_id = ?").param(created.id())
                .query(row -> {
                    decided.put(row.getLong(1), row.getString(2));
                });
        var samePerson = new LinkedHashSet<>(jdbc.sql("select id from victim_case where person_id = ?")
                .param(created.personId()).query(Long.class).list());
        scored(record, blocks, created.id(), created.participantId()).forEach((id, score) -> {
            if (decided.containsKey(id) || samePerson.contains(id)) {
                return;
            }
            var matchClass = MatchClass.of(score);
            if (matchClass != MatchClass.NO_MATCH) {
                jdbc.sql("insert into victim_case_match (case_id, earlier_case_id, score, match_class, decision) "
                        + "values (?, ?, ?, ?, ?)")
                        .params(created.id(), id, BigDecimal.valueOf(score).setScale(2, RoundingMode.HALF_UP),
                                matchClass.name(), Decision.PROPOSED.name())
                        .update();
            }
        });
    }

    /**
     * The score of every case of the record's blocks or sharing one of its documents, but {@code excluded}. The
     * participant is part of every block: another participant's case is never a candidate (issue 19).
     */
    private Map<Long, Double> scored(LinkageRecord record, List<String> blocks, Long excluded, long participant) {
        var seal = seal();
        var candidates = new LinkedHashMap<Long, String>();
        var sql = new StringBuilder("select id, linkage_record_sealed from victim_case where participant_id = ? "
                + "and key_generation = ? and linkage_record_sealed is not null and id <> ? and (linkage_block in (");
        var params = new ArrayList<Object>(List.of(participant, properties.keyGeneration(),
                excluded == null ? -1L : excluded));
        sql.append(String.join(", ", blocks.stream().map(block -> "?").toList())).append(")");
        params.addAll(blocks);
        if (!record.documentKeys().isEmpty()) {
            sql.append(" or id in (select case_id from victim_case_document_key where document_key in (")
                    .append(String.join(", ", record.documentKeys().stream().map(key -> "?").toList())).append("))");
            params.addAll(record.documentKeys());
        }
        sql.append(")");
        jdbc.sql(sql.toString()).params(params).query(row -> {
            candidates.put(row.getLong(1), row.getString(2));
        });
        var linkage = linkage();
        var scores = new LinkedHashMap<Long, Double>();
        for (var candidate : candidates.entrySet()) {
            scores.put(candidate.getKey(), linkage.score(record, LinkageRecord.parse(seal.open(candidate.getValue()))));
        }
        return scores;
    }

    private void decide(long id, long earlierId, Decision decision) {
        var current = jdbc.sql("select decision from victim_case_match where case_id = ? and earlier_case_id = ?")
                .params(id, earlierId).query(String.class).optional()
                .orElseThrow(VictimDataException::notSamePerson);
        if (!Decision.PROPOSED.name().equals(current)) {
            throw VictimDataException.alreadyDecided();
        }
        jdbc.sql("update victim_case_match set decision = ?, decided_by = ?, decided_at = ? "
                + "where case_id = ? and earlier_case_id = ? and decision = 'PROPOSED'")
                .params(decision.name(), who(), now(), id, earlierId).update();
    }

    // ---- helpers ----

    /**
     * The participant a case described by {@code command} belongs to: its identifying institution's. An institution of
     * another participant, also as the referring one, does not exist for the person (issue 19).
     */
    private long participantOf(CaseCommand command) {
        requireOwnInstitutions(command);
        return command.identifyingInstitutionId() == null ? participants.forNewRecord()
                : institutionParticipants.of(command.identifyingInstitutionId()).orElse(participants.forNewRecord());
    }

    private void requireOwnInstitutions(CaseCommand command) {
        for (var institution : java.util.Arrays.asList(command.identifyingInstitutionId(),
                command.referringInstitutionId())) {
            if (institution != null) {
                participants.requireSees(institutionParticipants.of(institution).orElse(null), "institution",
                        institution);
            }
        }
    }

    private long newPerson(long participant, LocalDateTime now) {
        var number = jdbc.sql("select nextval('victim_person_number')").query(Long.class).single();
        var reference = "P-" + String.format("%06d", number);
        jdbc.sql("insert into victim_person (reference, created_at, participant_id) values (?, ?, ?)")
                .params(reference, now, participant).update();
        return jdbc.sql("select id from victim_person where reference = ?").param(reference).query(Long.class).single();
    }

    private String personReference(long personId) {
        return jdbc.sql("select reference from victim_person where id = ?").param(personId).query(String.class)
                .single();
    }

    /** A case of the person's participant; another participant's does not exist for them. */
    private VictimCase find(long id) {
        var found = cases.findById(id).orElseThrow(() -> NotFoundException.of("victim case", id));
        participants.requireSees(found.participantId(), "victim case", id);
        return found;
    }

    /** One line of the access log, kept with the case's participant (an export's: the person's). */
    private void log(Long caseId, Action action, String detail) {
        long participant = caseId == null ? participants.forNewRecord()
                : jdbc.sql("select participant_id from victim_case where id = ?").param(caseId).query(Long.class)
                        .single();
        jdbc.sql("insert into victim_case_access (case_id, username, action, detail, at, participant_id) "
                + "values (?, ?, ?, ?, ?, ?)")
                .params(caseId, who(), action.name(), detail, now(), participant).update();
    }

    private Map<Long, String> institutionNames() {
        var names = new HashMap<Long, String>();
        institutions.directory().all().forEach(institution -> names.put(institution.id(), institution.name()));
        return names;
    }

    private VictimLinkage linkage() {
        return lazily(() -> linkage, () -> {
            try {
                return linkage = properties.linkage();
            } catch (RuntimeException missing) {
                throw VictimDataException.linkageUnavailable();
            }
        });
    }

    private ColumnSeal seal() {
        return lazily(() -> seal, () -> seal = properties.seal());
    }

    private static <T> T lazily(Supplier<T> current, Supplier<T> make) {
        var value = current.get();
        return value != null ? value : make.get();
    }

    private String who() {
        return CurrentUser.get().map(user -> user.getUsername()).orElse("system");
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
