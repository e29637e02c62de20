package org.ariadne.common.participant;

import java.util.Optional;

import org.ariadne.common.NotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one rule of several participants in one installation (issue 19): a person who belongs to a participant reads and
 * keeps that participant's records only; another participant's records do not exist for them (404, left out of lists,
 * searches, downloads, the audit trail and the API). The regional body's staff and the installation's administrator
 * belong to none and work across participants as far as their roles allow; so do the system's own tasks (the demo
 * loader, scheduled jobs), which run as no person. An installation with one participant (number 1, {@link #HOME})
 * works as if the rule did not exist.
 *
 * <p>Addresses that name a record are checked by {@link ParticipantGuard} from each module's
 * {@link ParticipantOwnership}; lists filter with {@link #narrowedTo()} or {@link #sees(long)}; new records take
 * {@link #forNewRecord()}. Use it as {@code @participantScope.sees(...)} in a {@code @PreAuthorize}, or call it.
 */
@Component("participantScope")
public class ParticipantScope {

    /** The participant every record of an installation with one participant belongs to. */
    public static final long HOME = 1L;

    /**
     * The participant whose records the signed-in person may see; empty for someone who works across participants or
     * for the system's own work.
     */
    public Optional<Long> narrowedTo() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ParticipantMember member) {
            return Optional.ofNullable(member.participantId());
        }
        return Optional.empty();
    }

    /** Whether the signed-in person may see a record of the given participant. */
    public boolean sees(long owner) {
        return visible(narrowedTo(), owner);
    }

    /** Whether the signed-in person may see a record of the given participant; a record of none is seen by all. */
    public boolean sees(Long owner) {
        return owner == null || sees(owner.longValue());
    }

    /** Throws not-found for a record of another participant, as if it did not exist. */
    public void requireSees(Long owner, String what, Object id) {
        if (!sees(owner)) {
            throw NotFoundException.of(what, id);
        }
    }

    /**
     * The participant a record made now belongs to: the person's own; for the system's tasks and those who work across
     * participants, {@link #HOME} unless the caller names one.
     */
    public long forNewRecord() {
        return narrowedTo().orElse(HOME);
    }

    /** The rule itself, free of Spring, tested alone: a narrowed person sees its own participant's records only. */
    static boolean visible(Optional<Long> narrowedTo, long owner) {
        return narrowedTo.map(own -> own == owner).orElse(true);
    }
}
