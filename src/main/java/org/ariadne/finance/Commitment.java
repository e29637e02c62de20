package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

import org.ariadne.audit.Audited;
import org.ariadne.plan.FundingSourceKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A donor's or a ministry's commitment to the plan. Its rules (checked in {@link Funding} against the plan and the
 * directory): a funder, a known currency, an end not before the start, and allocations that together do not exceed
 * the amount.
 */
@Table("funding_commitment")
class Commitment {

    static final String AUDIT_TYPE = "funding-commitment";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private Long funderInstitutionId;
    private String funderName;
    private FundingSourceKind sourceKind;
    private CommitmentKind kind;
    private String reference;
    private BigDecimal amount;
    private String currency;
    private LocalDate signedOn;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;
    @MappedCollection(idColumn = "commitment_id", keyColumn = "line_index")
    private List<Allocation> allocations = new ArrayList<>();

    Commitment() {
    }

    static Commitment create(long planId, CommitmentCommand command, String by, LocalDateTime now) {
        var commitment = new Commitment();
        commitment.planId = planId;
        commitment.createdBy = by;
        commitment.createdAt = now;
        commitment.apply(command, by, now);
        return commitment;
    }

    /** Takes the command's values; the command was checked by {@link Funding} before. */
    void apply(CommitmentCommand command, String by, LocalDateTime now) {
        funderInstitutionId = command.funderInstitutionId();
        funderName = clean(command.funderName());
        sourceKind = command.source();
        kind = command.kind();
        reference = clean(command.reference());
        // kept to the cent as the column keeps it, so that the trail sees no change where there is none
        amount = cents(command.amount());
        currency = Currencies.normalise(command.currency());
        signedOn = command.signedOn();
        startsOn = command.startsOn();
        endsOn = command.endsOn();
        allocations = new ArrayList<>(command.filledAllocations().stream()
                .map(a -> new Allocation(a.activityId(), a.year(), cents(a.amount()))).toList());
        updatedBy = by;
        updatedAt = now;
    }

    private static BigDecimal cents(BigDecimal value) {
        return value == null ? null : value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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

    CommitmentView view(LongFunction<String> institutionName) {
        return new CommitmentView(id, version, planId, funderInstitutionId, funderName, funder(institutionName),
                sourceKind, kind, reference, amount, currency, signedOn, startsOn, endsOn,
                allocations.stream().map(Allocation::view).toList(), updatedBy, updatedAt);
    }

    private String funder(LongFunction<String> institutionName) {
        if (funderInstitutionId != null) {
            var name = institutionName.apply(funderInstitutionId);
            if (name != null) {
                return name;
            }
        }
        return funderName;
    }

    /** The trail's view: funder and activities by name. */
    Audited audited(LongFunction<String> institutionName, LongFunction<String> activityCode) {
        var state = new LinkedHashMap<String, Object>();
        state.put("funder", funder(institutionName));
        state.put("source", sourceKind.name());
        state.put("commitmentKind", kind.name());
        state.put("reference", reference);
        state.put("amount", amount.toPlainString() + " " + currency);
        state.put("signedOn", signedOn == null ? null : signedOn.toString());
        state.put("startsOn", startsOn == null ? null : startsOn.toString());
        state.put("endsOn", endsOn == null ? null : endsOn.toString());
        state.put("allocations", String.join("; ", allocations.stream()
                .map(a -> activityCode.apply(a.activityId()) + (a.year() == null ? "" : " (" + a.year() + ")") + ": "
                        + a.amount().toPlainString())
                .toList()));
        return Audited.of(AUDIT_TYPE, id, label(institutionName), planId, state);
    }

    private String label(LongFunction<String> institutionName) {
        var funder = funder(institutionName);
        return reference == null ? funder : funder + " · " + reference;
    }
}
