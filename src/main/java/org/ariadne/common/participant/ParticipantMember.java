package org.ariadne.common.participant;

/**
 * A signed-in person as the participant rule sees them (issue 19): the participant (country or entity) whose records
 * they read and keep, or none for those who work across participants. Implemented by the security module's person, so
 * that every module can ask {@link ParticipantScope} without depending on the security module.
 */
public interface ParticipantMember {

    /** The person's participant; null for the regional body's staff and the installation's administrator. */
    Long participantId();
}
