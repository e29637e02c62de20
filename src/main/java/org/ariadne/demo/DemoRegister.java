package org.ariadne.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;

import org.ariadne.common.UserFacingException;
import org.ariadne.institutions.Institutions;
import org.ariadne.security.Role;
import org.ariadne.security.SystemTasks;
import org.ariadne.plan.Plans;
import org.ariadne.victimdata.RegisterIndicatorCommand;
import org.ariadne.victimdata.RegisterIndicators;
import org.ariadne.victimdata.RegisterMeasure;
import org.ariadne.victimdata.VictimRegister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The demo's victim register: the synthetic identifications of {@link DemoVictims} entered through the register as
 * the demo victim-data officer ({@code victimdata}) would enter them, in the order they happened, so that the linkage
 * keys, the sealed columns, the proposals and the access log are the register's own. After each case the officer
 * decides its proposals as she would, knowing the people: she confirms the earlier cases of the same person and
 * rejects the others, except for the last few identifications of a second report or a re-trafficking and everything
 * identified in the last month, whose proposals wait for her (the register's list shows them). Loaded once: a register
 * that already holds cases is left as it is.
 */
@Component
@ConditionalOnBooleanProperty("ariadne.demo-data")
class DemoRegister {

    /** The demo victim-data officer's account, who enters the demo register. */
    static final String OFFICER = "victimdata";
    /** How many of the last identifications of a known person keep their proposals open for the officer. */
    static final int LEFT_OPEN = 4;

    private static final Logger log = LoggerFactory.getLogger(DemoRegister.class);

    /**
     * The demo plan's indicator computed from the register (issue 14): the victims represented by the victim
     * advocates, counted as registered persons by sex and age group. Its values in the demo are the advocates' typed
     * quarterly figures (the register covers later years than the plan), many of them small: a member sees them on
     * the indicator's dashboard through the disclosure rule, the office exact.
     */
    static final String LINKED_INDICATOR = "Number of represented victims";

    private final VictimRegister register;
    private final Institutions institutions;
    private final Clock clock;
    private final RegisterIndicators indicators;
    private final Plans plans;

    DemoRegister(VictimRegister register, Institutions institutions, Clock clock, RegisterIndicators indicators,
            Plans plans) {
        this.indicators = indicators;
        this.plans = plans;
        this.register = register;
        this.institutions = institutions;
        this.clock = clock;
    }

    /** What the load did: cases entered, proposals confirmed, rejected and left to decide, true links not proposed. */
    record Loaded(int cases, int confirmed, int rejected, int undecided, int notProposed) {
    }

    /** Links the demo plan's {@link #LINKED_INDICATOR} to the register, as the demo M&amp;E officer; false if absent. */
    boolean linkIndicator(long planId) {
        return SystemTasks.callAs("officer", null, EnumSet.of(Role.ME_OFFICER), () -> {
            var indicator = plans.tree(planId).indicators().filter(i -> LINKED_INDICATOR.equals(i.name())).findFirst();
            indicator.ifPresent(found -> indicators.link(new RegisterIndicatorCommand(found.id(),
                    RegisterMeasure.REGISTERED, true, true)));
            return indicator.isPresent();
        });
    }

    /** Enters the demo register unless the register holds cases already; {@code null} when it did nothing. */
    Loaded load() {
        try {
            return SystemTasks.callAs(OFFICER, null, EnumSet.of(Role.VICTIM_DATA_OFFICER), this::loadAsOfficer);
        } catch (UserFacingException refused) {
            if (refused.messageKey().startsWith("victimdata.key.")) {
                // the demo profile sets both keys; someone who overrides them with an empty value gets no register
                log.warn("The demo victim register was not loaded: its keys are not set ({})", refused.messageKey());
                return null;
            }
            throw refused;
        }
    }

    private Loaded loadAsOfficer() {
        if (!register.years().isEmpty()) {
            return null;
        }
        var directory = institutions.directory();
        var ids = new HashMap<String, Long>();
        for (var name : DemoVictims.INSTITUTIONS) {
            directory.find(name).ifPresent(found -> ids.put(name, found.id()));
        }
        if (ids.isEmpty()) {
            // an office that renamed every demo institution: no one to have identified the demo's victims
            log.warn("The demo victim register was not loaded: none of its institutions is in the directory");
            return null;
        }
        // an institution renamed since the demo was written: its cases go to the police (or whoever is left)
        var police = ids.getOrDefault(DemoVictims.POLICE, ids.values().iterator().next());
        var plan = DemoVictims.plan(LocalDate.now(clock));
        var openFrom = LocalDate.now(clock).minusMonths(1);
        var linked = plan.stream().filter(planned -> planned.earlier() >= 0).toList();
        var leftOpen = linked.subList(Math.max(0, linked.size() - LEFT_OPEN), linked.size()).stream()
                .map(DemoVictims.Planned::index).toList();
        var caseIds = new long[plan.size()];
        var planIndex = new HashMap<Long, Integer>();
        int confirmed = 0;
        int rejected = 0;
        int undecided = 0;
        int notProposed = 0;
        for (var planned : plan) {
            var institution = ids.getOrDefault(planned.institution(), police);
            var referring = ids.getOrDefault(planned.referring(), institution);
            var registered = register.register(planned.draft().command(institution, referring,
                    planned.person().citizenship(), planned.person().sex()));
            caseIds[planned.index()] = registered.id();
            planIndex.put(registered.id(), planned.index());
            boolean open = leftOpen.contains(planned.index()) || !planned.draft().identifiedOn().isBefore(openFrom);
            boolean found = false;
            for (var proposal : registered.proposals()) {
                var earlier = plan.get(planIndex.get(proposal.earlierCaseId()));
                boolean samePerson = earlier.person().id() == planned.person().id();
                found |= samePerson;
                if (open) {
                    undecided++;
                } else if (samePerson) {
                    register.confirm(registered.id(), proposal.earlierCaseId());
                    confirmed++;
                } else {
                    register.reject(registered.id(), proposal.earlierCaseId());
                    rejected++;
                }
            }
            if (planned.earlier() >= 0 && !found) {
                notProposed++;
            }
        }
        return new Loaded(plan.size(), confirmed, rejected, undecided, notProposed);
    }
}
