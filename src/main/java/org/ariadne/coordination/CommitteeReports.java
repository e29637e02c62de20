package org.ariadne.coordination;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.institutions.Institutions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local committees' monthly activity reports (seed 003), a simple recurring form: the office and members read
 * them all, a committee's focal points read and write their own committee's; the office writes any. A month that
 * has ended without a report is listed as missing.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class CommitteeReports {

    static final String ENTITY = CommitteeReport.AUDIT_TYPE;
    /** Who writes monthly reports: the office, and a focal point for their own committee. */
    public static final String WRITERS = "hasAnyRole('ME_OFFICER', 'COORDINATOR', 'FOCAL_POINT')";

    private final CommitteeReportRepository reports;
    private final Institutions institutions;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final CoordinationParticipants participants;

    CommitteeReports(CommitteeReportRepository reports, Institutions institutions, AuditTrail trail,
            AuditHistory history, Clock clock, CoordinationParticipants participants) {
        this.participants = participants;
        this.reports = reports;
        this.institutions = institutions;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    /** The reports the reader may see, newest month first; of one committee when given. */
    @PreAuthorize(CoordinationAccess.READERS)
    public List<CommitteeReportView> list(Long committeeId) {
        var names = institutions.directory();
        return readable().stream().filter(r -> committeeId == null || r.committeeInstitutionId() == committeeId)
                .map(r -> r.view(names.nameOf(r.committeeInstitutionId()))).toList();
    }

    /** Each committee that reports, with the months it reported and those missing. */
    @PreAuthorize(CoordinationAccess.READERS)
    public List<CommitteeMonths> months() {
        var names = institutions.directory();
        var byCommittee = new LinkedHashMap<Long, List<YearMonth>>();
        readable().forEach(r -> byCommittee.computeIfAbsent(r.committeeInstitutionId(), id -> new ArrayList<>())
                .add(r.month()));
        var current = YearMonth.now(clock);
        return byCommittee.entrySet().stream()
                .map(e -> CommitteeMonths.of(e.getKey(), names.nameOf(e.getKey()), e.getValue(), current))
                .sorted(java.util.Comparator.comparing(CommitteeMonths::committee, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @PreAuthorize(CoordinationAccess.READERS)
    public CommitteeReportView get(long id) {
        var report = find(id);
        if (!mayRead(report)) {
            throw NotFoundException.of(ENTITY, id);
        }
        return report.view(institutions.directory().nameOf(report.committeeInstitutionId()));
    }

    /** The committees the reader may report for: every institution for the office, their own for a focal point. */
    @PreAuthorize(WRITERS)
    public List<InstitutionRef> committeeChoices() {
        var user = CoordinationAccess.user();
        var own = CoordinationAccess.focalInstitution(user);
        var ours = participants.institutions();
        return institutions.directory().all().stream().filter(i -> i.active() && ours.test(i.id()))
                .filter(i -> CoordinationAccess.isOffice(user) || (own != null && own == i.id()))
                .map(i -> new InstitutionRef(i.id(), i.displayName()))
                .sorted(java.util.Comparator.comparing(InstitutionRef::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @PreAuthorize(WRITERS)
    public void check(Long id, CommitteeReportCommand command) {
        var refusals = new ArrayList<CoordinationException>();
        var user = CoordinationAccess.user();
        if (command.committeeId() != null) {
            if (institutions.directory().byId(command.committeeId()).isEmpty()
                    || !participants.institutions().test(command.committeeId())) {
                refusals.add(CoordinationException.unknownInstitution("committeeId"));
            } else if (!CoordinationAccess.isOffice(user)
                    && !Objects.equals(CoordinationAccess.focalInstitution(user), command.committeeId())) {
                refusals.add(CoordinationException.notYourCommittee());
            }
        }
        if (command.month() != null && command.month().isAfter(YearMonth.now(clock))) {
            refusals.add(CoordinationException.monthInFuture());
        }
        if (command.activitiesHeld() != null && command.activitiesHeld() < 0) {
            refusals.add(CoordinationException.negative("activitiesHeld"));
        }
        if (command.casesReferred() != null && command.casesReferred() < 0) {
            refusals.add(CoordinationException.negative("casesReferred"));
        }
        if (command.committeeId() != null && command.month() != null) {
            reports.findAll().stream().filter(r -> participants.sees(r.participantId()))
                    .filter(r -> r.committeeInstitutionId() == command.committeeId()
                            && r.month().equals(command.month()) && !Objects.equals(r.id(), id)).findFirst()
                    .ifPresent(taken -> refusals.add(CoordinationException.monthTaken(
                            institutions.directory().nameOf(command.committeeId()), command.month().toString())));
        }
        CoordinationException.refuseAll(refusals);
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public long create(CommitteeReportCommand command) {
        check(null, command);
        var saved = reports.save(CommitteeReport.create(command, participants.forNewRecord(), now()));
        trail.recordCreated(saved.audited(institutions.directory().nameOf(saved.committeeInstitutionId())));
        return saved.id();
    }

    @PreAuthorize(WRITERS)
    @Transactional
    public void update(long id, int expectedVersion, CommitteeReportCommand command) {
        var report = find(id);
        if (!mayWrite(report)) {
            throw NotFoundException.of(ENTITY, id);
        }
        if (report.version() != expectedVersion) {
            var last = history.lastChange(ENTITY, id);
            throw ConflictException.of("coordination.committee.conflict", report.version(),
                    last.map(e -> e.actor()).orElse(null), last.map(e -> e.occurredAt()).orElse(null));
        }
        check(id, command);
        var names = institutions.directory();
        var before = report.audited(names.nameOf(report.committeeInstitutionId()));
        report.apply(command, now());
        var saved = reports.save(report);
        trail.recordChange(before, saved.audited(names.nameOf(saved.committeeInstitutionId())));
    }

    /** Whether the reader may change this report (the list shows "edit" only then). */
    @PreAuthorize(CoordinationAccess.READERS)
    public boolean mayWrite(long id) {
        return mayWrite(find(id));
    }

    private List<CommitteeReport> readable() {
        return reports.findAllByOrderByReportedMonthDescIdAsc().stream()
                .filter(r -> participants.sees(r.participantId())).filter(this::mayRead).toList();
    }

    private boolean mayRead(CommitteeReport report) {
        var user = CoordinationAccess.user();
        return CoordinationAccess.readsAll(user) || mayWrite(report);
    }

    private boolean mayWrite(CommitteeReport report) {
        var user = CoordinationAccess.user();
        return CoordinationAccess.isOffice(user)
                || Objects.equals(CoordinationAccess.focalInstitution(user), report.committeeInstitutionId());
    }

    private CommitteeReport find(long id) {
        return reports.findById(id).filter(r -> participants.sees(r.participantId()))
                .orElseThrow(() -> NotFoundException.of(ENTITY, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
