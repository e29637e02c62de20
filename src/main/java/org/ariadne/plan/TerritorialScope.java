package org.ariadne.plan;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.ariadne.common.NotFoundException;
import org.ariadne.common.participant.ParticipantScope;
import org.ariadne.institutions.TerritorialUnits;
import org.ariadne.security.CurrentUser;
import org.ariadne.security.Role;
import org.ariadne.security.SignedInUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides which plans a person may read and manage by territory (issue 19). National roles read
 * every plan, and the M&E officer manages every plan; a local coordinator reads the national plans and the plans of
 * its unit and the units below it, and manages only the latter. Everything that decides M&E-officer rights on a
 * plan (plan pages, the plan's audit lines, report review, dashboards) asks here. Use it as {@code
 * @territorialScope.manages(#planId)} in a {@code @PreAuthorize}, or call it.
 */
@Component("territorialScope")
@org.springframework.modulith.NamedInterface("api")
public class TerritorialScope {

    /** Roles that read the whole installation; a person holding one is not narrowed to a unit. */
    // a focal point is not one: a local coordinator may also fill its own institution's reports and stays narrowed
    private static final Set<Role> NATIONAL_READERS = EnumSet.of(Role.ADMINISTRATOR, Role.COORDINATOR, Role.ME_OFFICER,
            Role.MEMBER, Role.EVALUATOR, Role.VICTIM_DATA_OFFICER);

    private final JdbcClient jdbc;
    private final ParticipantScope participants;
    // looked up when first needed: the audit trail's read rules ask this scope, and the units' facade writes to the trail
    private final org.springframework.beans.factory.ObjectProvider<TerritorialUnits> units;

    TerritorialScope(JdbcClient jdbc, ParticipantScope participants,
            org.springframework.beans.factory.ObjectProvider<TerritorialUnits> units) {
        this.jdbc = jdbc;
        this.participants = participants;
        this.units = units;
    }

    /**
     * Whether the signed-in person may read the plan (a person outside the scope is told it does not exist): a plan of
     * another participant never (issue 19 item 2), and within the participant as its territory allows.
     */
    @Transactional(readOnly = true)
    public boolean reads(long planId) {
        if (!ownParticipant(planId)) {
            return false;
        }
        var user = CurrentUser.get();
        if (user.isEmpty() || !narrowed(user.get().roles())) {
            return true;
        }
        return readable(unitOfPlan(planId), unitsOf(user.get()));
    }

    /** Whether the signed-in person manages the plan: edits it, reviews and accepts its reports. */
    @Transactional(readOnly = true)
    public boolean manages(long planId) {
        if (!ownParticipant(planId)) {
            return false;
        }
        // the office's system tasks (the demo loader, imports) hold the role without being a signed-in person
        if (holds(Role.ME_OFFICER)) {
            return true;
        }
        var user = CurrentUser.get();
        return user.isPresent() && user.get().has(Role.LOCAL_COORDINATOR)
                && manageable(unitOfPlan(planId), unitsOf(user.get()));
    }

    private static boolean holds(Role role) {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(granted -> role.authority().equals(granted.getAuthority()));
    }

    /** Throws not-found for a plan the person may not read, as if it did not exist. */
    public void requireReadable(long planId) {
        if (!reads(planId)) {
            throw NotFoundException.of("plan", planId);
        }
    }

    /** Whether the list of plans, the dashboards and the like must leave out plans outside the person's unit. */
    public boolean narrowed() {
        return CurrentUser.get().map(user -> narrowed(user.roles())).orElse(false);
    }

    /**
     * Whether lists of plans must leave some out for the signed-in person: outside its unit, or of another participant
     * (issue 19 item 2). When false, every plan is readable and a list need not ask plan by plan.
     */
    public boolean filtersPlans() {
        return narrowed() || participants.narrowedTo().isPresent();
    }

    /**
     * For the audit read rules of the modules whose trail lines name a plan (risks, commitments, operational plans):
     * a condition on the line's {@code plan_id} keeping the reader's participant's plans only; empty for a person who
     * works across participants (issue 19 item 2).
     */
    public Optional<String> ownParticipantsPlansCondition() {
        // the participant's id is a number read from the signed-in person, never text typed by the reader
        // written as "not another's" so that the lines of a deleted plan stay, as with one participant
        return participants.narrowedTo().map(own -> "(plan_id is null or plan_id not in (select id from action_plan"
                + " where participant_id <> " + own + "))");
    }

    /**
     * The plans the signed-in person may read, as a test on plan ids read in one query: the same answer as
     * {@link #reads} plan by plan, for lists (a query per plan would be one per row of every list and picker).
     */
    @Transactional(readOnly = true)
    public java.util.function.LongPredicate readablePlans() {
        var own = participants.narrowedTo();
        var user = CurrentUser.get();
        boolean territory = user.isPresent() && narrowed(user.get().roles());
        if (own.isEmpty() && !territory) {
            return planId -> true;
        }
        var ownUnits = territory ? unitsOf(user.get()) : Set.<Long>of();
        var readable = new java.util.HashSet<Long>();
        jdbc.sql("select id, participant_id, territorial_unit_id from action_plan").query(row -> {
            long unit = row.getLong(3);
            var planUnit = row.wasNull() ? Optional.<Long>empty() : Optional.of(unit);
            if ((own.isEmpty() || sameParticipant(own, row.getLong(2)))
                    && (!territory || readable(planUnit, ownUnits))) {
                readable.add(row.getLong(1));
            }
        });
        return readable::contains;
    }

    /** Whether the plan belongs to the signed-in person's participant (or the person works across participants). */
    private boolean ownParticipant(long planId) {
        var own = participants.narrowedTo();
        return own.isEmpty() || participantOfPlan(planId).map(owner -> sameParticipant(own, owner)).orElse(true);
    }

    /** The participant owning the plan; empty when there is no such plan. */
    Optional<Long> participantOfPlan(long planId) {
        return jdbc.sql("select participant_id from action_plan where id = ?").param(planId).query(Long.class)
                .optional();
    }

    /** The units a local coordinator works for (its institution's unit and the units below); empty for others. */
    @Transactional(readOnly = true)
    public Set<Long> unitsOfCurrentUser() {
        return CurrentUser.get().map(this::unitsOf).orElse(Set.of());
    }

    /**
     * The plans a local coordinator manages (those of its units); empty for everyone else, the M&E officer included
     * (who manages every plan by role, see {@link #manages}).
     */
    @Transactional(readOnly = true)
    public Set<Long> managedPlansOfCurrentUser() {
        var own = unitsOfCurrentUser();
        if (own.isEmpty()) {
            return Set.of();
        }
        return jdbc.sql("select id, territorial_unit_id from action_plan where territorial_unit_id is not null")
                .query((row, index) -> own.contains(row.getLong(2)) ? row.getLong(1) : null).list().stream()
                .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    // The rules themselves, free of Spring and the database, so that each is tested alone.

    /** A person narrowed to a participant reads only that participant's plans; one who is not reads every plan's. */
    static boolean sameParticipant(Optional<Long> ownParticipant, long planParticipant) {
        return ownParticipant.map(own -> own == planParticipant).orElse(true);
    }

    /** A local coordinator, holding no national role, is narrowed to its units. */
    static boolean narrowed(Set<Role> roles) {
        return roles.contains(Role.LOCAL_COORDINATOR) && roles.stream().noneMatch(NATIONAL_READERS::contains);
    }

    /** A narrowed person reads the national plans (no unit) and the plans of its units. */
    static boolean readable(Optional<Long> planUnit, Set<Long> ownUnits) {
        return planUnit.isEmpty() || ownUnits.contains(planUnit.get());
    }

    /** A local coordinator manages only the plans of its units, never a national plan. */
    static boolean manageable(Optional<Long> planUnit, Set<Long> ownUnits) {
        return planUnit.isPresent() && ownUnits.contains(planUnit.get());
    }

    private Optional<Long> unitOfPlan(long planId) {
        return jdbc.sql("select territorial_unit_id from action_plan where id = ?").param(planId)
                .query((row, index) -> Optional.ofNullable(row.getObject(1) == null ? null : row.getLong(1)))
                .optional().flatMap(unit -> unit);
    }

    private Set<Long> unitsOf(SignedInUser user) {
        if (!user.has(Role.LOCAL_COORDINATOR) || user.institutionId() == null) {
            return Set.of();
        }
        var directory = units.getObject();
        return directory.unitOfInstitution(user.institutionId()).map(directory::withSubUnits).orElse(Set.of());
    }
}
