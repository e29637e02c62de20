/**
 * Several participants (countries or entities) in one installation (issue 19): the rule ({@link
 * org.ariadne.common.participant.ParticipantScope}), the guard on every address ({@link
 * org.ariadne.common.participant.ParticipantGuard}) and the port each module answers it through ({@link
 * org.ariadne.common.participant.ParticipantOwnership}).
 */
package org.ariadne.common.participant;
