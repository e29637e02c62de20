package org.ariadne.finance;

import org.ariadne.common.participant.ParticipantScope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.Audited;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.ariadne.common.format.Formats;
import org.ariadne.institutions.InstitutionDirectory;
import org.ariadne.institutions.InstitutionType;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.PlanTree;
import org.ariadne.plan.Plans;
import org.ariadne.reporting.ReportedActivities;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's commitments and the office's exchange rates, and the funding position built from them with the budget
 * lines. Read by everyone signed in (as the budget page); commitments and rates are kept by the coordinator and the
 * M&E officer, every change in the audit trail.
 */
@Service
@org.springframework.modulith.NamedInterface("api")
public class Funding {

    static final String EDITORS = "hasAnyRole('COORDINATOR', 'ME_OFFICER')";

    private final CommitmentRepository commitments;
    private final ExchangeRateRepository rates;
    private final Plans plans;
    private final Institutions institutions;
    private final ReportedActivities reported;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;
    private final String currency;
    private final ParticipantScope participants;

    Funding(ParticipantScope participants, CommitmentRepository commitments, ExchangeRateRepository rates, Plans plans, Institutions institutions,
            ReportedActivities reported, AuditTrail trail, AuditHistory history, Clock clock,
            @Value("${ariadne.currency:EUR}") String currency) {
        this.commitments = commitments;
        this.rates = rates;
        this.plans = plans;
        this.institutions = institutions;
        this.reported = reported;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
        this.currency = Currencies.normalise(currency);
        this.participants = participants;
    }

    /** The installation's currency (ariadne.currency): what every amount is converted into. */
    public String currency() {
        return currency;
    }

    // ---- the funding position ----

    /** The plan's funding position for {@code year} (null: the whole period), with accepted spending. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FundingPosition position(long planId, Integer year) {
        return position(plans.tree(planId), year);
    }

    /** As {@link #position(long, Integer)} for a plan tree the caller has read already (the budget page). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FundingPosition position(PlanTree tree, Integer year) {
        var directory = institutions.directory();
        var scope = year != null && year >= tree.plan().startYear() && year <= tree.plan().endYear() ? year : null;
        return new FundingCalculation(tree, scope, new Rates(currency, ratesOf(tree.plan().id())), directory::nameOf,
                id -> isNgo(directory, id))
                .build(commitments(tree.plan().id()), reported.spending(tree.plan().id(), false));
    }

    /**
     * As {@link #position(PlanTree, Integer)} without reading the spending (its {@code spent} figures are zero): for the
     * budget page, which counts the spending itself and takes only what the commitments secure from here.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public FundingPosition committed(PlanTree tree, Integer year) {
        var directory = institutions.directory();
        var scope = year != null && year >= tree.plan().startYear() && year <= tree.plan().endYear() ? year : null;
        return new FundingCalculation(tree, scope, new Rates(currency, ratesOf(tree.plan().id())), directory::nameOf,
                id -> isNgo(directory, id)).build(commitments(tree.plan().id()), List.of());
    }

    private static boolean isNgo(InstitutionDirectory directory, long id) {
        return directory.byId(id).map(i -> i.type() == InstitutionType.NGO || i.type() == InstitutionType.SHELTER_NGO)
                .orElse(false);
    }

    // ---- commitments ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommitmentView> commitments(long planId) {
        var directory = institutions.directory();
        return commitments.findByPlanIdOrderById(planId).stream().map(c -> c.view(directory::nameOf)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public CommitmentView commitment(long id) {
        return find(id).view(institutions.directory()::nameOf);
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long create(long planId, CommitmentCommand command) {
        var tree = plans.tree(planId);
        check(tree, command);
        var saved = commitments.save(Commitment.create(planId, command, user(), now()));
        trail.recordCreated(audited(saved, tree));
        return saved.id();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void update(long id, int expectedVersion, CommitmentCommand command) {
        var commitment = find(id);
        var tree = plans.tree(commitment.planId());
        if (commitment.version() != expectedVersion) {
            var last = history.lastChange(Commitment.AUDIT_TYPE, id);
            throw ConflictException.of("finance.conflict", commitment.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        check(tree, command);
        var before = audited(commitment, tree);
        commitment.apply(command, user(), now());
        var saved = commitments.save(commitment);
        trail.recordChange(before, audited(saved, tree));
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long delete(long id) {
        var commitment = find(id);
        var tree = plans.tree(commitment.planId());
        commitments.delete(commitment);
        trail.recordDeleted(audited(commitment, tree));
        return commitment.planId();
    }

    /**
     * The commitment's rules, every reason at once: a funder (from the directory or by name), a known currency, an end
     * not before the start, each allocation with an activity of the plan (once), an amount and a year of the plan,
     * and the allocations together not above the amount.
     */
    @PreAuthorize(EDITORS)
    public void check(long planId, CommitmentCommand command) {
        check(plans.tree(planId), command);
    }

    private void check(PlanTree tree, CommitmentCommand command) {
        var refusals = new ArrayList<FinanceException>();
        if (command.funderInstitutionId() == null && (command.funderName() == null || command.funderName().isBlank())) {
            refusals.add(FinanceException.funderRequired());
        }
        // a funder of the plan's participant only (issue 19 item 2): a posted id of another's is not in its directory
        if (command.funderInstitutionId() != null
                && (institutions.directory().byId(command.funderInstitutionId()).isEmpty()
                        || !plans.choosableInstitutions(tree.plan().id()).test(command.funderInstitutionId()))) {
            refusals.add(FinanceException.unknownFunder());
        }
        if (command.currency() != null && !command.currency().isBlank() && !Currencies.isKnown(command.currency())) {
            refusals.add(FinanceException.unknownCurrency("currency", command.currency().strip()));
        }
        if (command.startsOn() != null && command.endsOn() != null && command.endsOn().isBefore(command.startsOn())) {
            refusals.add(FinanceException.endBeforeStart());
        }
        var plan = tree.plan();
        var seen = new HashSet<String>();
        BigDecimal allocated = BigDecimal.ZERO;
        var rows = command.allocations();
        for (int i = 0; i < rows.size(); i++) {
            var row = rows.get(i);
            if (row == null || row.isBlank()) {
                continue;
            }
            int number = i + 1;
            if (row.activityId() == null || tree.activity(row.activityId()).isEmpty()) {
                refusals.add(FinanceException.allocationWithoutActivity(number));
            } else if (!seen.add(row.activityId() + "/" + row.year())) {
                refusals.add(FinanceException.duplicateAllocation(number));
            }
            if (row.amount() == null) {
                refusals.add(FinanceException.allocationWithoutAmount(number));
            } else {
                allocated = allocated.add(row.amount());
            }
            if (row.year() != null && (row.year() < plan.startYear() || row.year() > plan.endYear())) {
                refusals.add(FinanceException.allocationYearOutside(number, plan.startYear(), plan.endYear()));
            }
        }
        if (command.amount() != null && allocated.compareTo(command.amount()) > 0) {
            var code = Currencies.isKnown(command.currency()) ? Currencies.normalise(command.currency()) : null;
            var formats = Formats.of(org.springframework.context.i18n.LocaleContextHolder.getLocale());
            refusals.add(FinanceException.overAllocated(formats.money(allocated, code),
                    formats.money(command.amount(), code)));
        }
        if (!refusals.isEmpty()) {
            throw FinanceException.all(refusals);
        }
    }

    private Audited audited(Commitment commitment, PlanTree tree) {
        var directory = institutions.directory();
        return commitment.audited(directory::nameOf,
                activity -> tree.activity(activity).map(a -> a.code()).orElse(Long.toString(activity)));
    }

    private Commitment find(long id) {
        return commitments.findById(id).orElseThrow(() -> NotFoundException.of("funding-commitment", id));
    }

    // ---- exchange rates ----

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ExchangeRateView> rateList() {
        // the reader's participant's rates; every participant's for a person working across them (issue 19 item 2)
        return rates.findAllByOrderByCurrencyAscValidFromDesc().stream()
                .filter(rate -> participants.sees(rate.participantId())).map(ExchangeRate::view).toList();
    }

    /** The rates a plan's amounts are converted at: those its participant's office recorded. */
    private List<ExchangeRateView> ratesOf(long planId) {
        return rates.findByParticipantIdOrderByCurrencyAscValidFromDesc(
                plans.participantOf(planId).orElse(ParticipantScope.HOME)).stream().map(ExchangeRate::view).toList();
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public long recordRate(ExchangeRateCommand command) {
        checkRate(command);
        var saved = rates.save(ExchangeRate.record(command, participants.forNewRecord(), user(), now()));
        trail.recordCreated(saved);
        return saved.view().id();
    }

    /** A rate's rules: a known currency other than the installation's, one rate per currency and day. */
    @PreAuthorize(EDITORS)
    public void checkRate(ExchangeRateCommand command) {
        var refusals = new ArrayList<FinanceException>();
        var code = Currencies.normalise(command.currency());
        if (code != null && !code.isBlank()) {
            if (!Currencies.isKnown(code)) {
                refusals.add(FinanceException.unknownCurrency("currency", code));
            } else if (code.equals(currency)) {
                refusals.add(FinanceException.installationCurrency(code));
            } else if (command.validFrom() != null && rates.existsByParticipantIdAndCurrencyAndValidFrom(participants.forNewRecord(), code,
                    command.validFrom())) {
                refusals.add(FinanceException.duplicateRate(code, command.validFrom().toString()));
            }
        }
        if (!refusals.isEmpty()) {
            throw FinanceException.all(refusals);
        }
    }

    @PreAuthorize(EDITORS)
    @Transactional
    public void deleteRate(long id) {
        var rate = rates.findById(id).filter(found -> participants.sees(found.participantId()))
                .orElseThrow(() -> NotFoundException.of("exchange-rate", id));
        rates.delete(rate);
        trail.recordDeleted(rate);
    }

    private static String user() {
        return org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication().getName();
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
