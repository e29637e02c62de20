package org.ariadne.stakeholders;

import java.util.List;

import org.ariadne.common.UserFacingException;

/** A refused change to a contact, a placement, a round, a comment or a disposition, with its message key and field. */
public final class StakeholderException extends UserFacingException {

    private final String field;

    private StakeholderException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private StakeholderException(List<StakeholderException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static void refuseAll(List<StakeholderException> each) {
        if (each.size() == 1) {
            throw each.get(0);
        }
        if (!each.isEmpty()) {
            throw new StakeholderException(each);
        }
    }

    static StakeholderException consentDateMissing() {
        return new StakeholderException("consentOn", "stakeholders.refused.consent-date");
    }

    static StakeholderException consentDateInFuture() {
        return new StakeholderException("consentOn", "stakeholders.refused.consent-future");
    }

    static StakeholderException unknownInstitution(String field) {
        return new StakeholderException(field, "stakeholders.refused.institution");
    }

    static StakeholderException closesBeforeOpening() {
        return new StakeholderException("closesOn", "stakeholders.refused.closes-before-opening");
    }

    static StakeholderException closesInThePast() {
        return new StakeholderException("closesOn", "stakeholders.refused.closes-in-past");
    }

    static StakeholderException nobodyInvited() {
        return new StakeholderException("invited", "stakeholders.refused.nobody-invited");
    }

    static StakeholderException outsideEmailMissing(int line) {
        return new StakeholderException("outsideEmails", "stakeholders.refused.outside-email", line);
    }

    static StakeholderException outsideNameMissing(int line) {
        return new StakeholderException("outsideNames", "stakeholders.refused.outside-name", line);
    }

    static StakeholderException outsideEmailInvalid(int line) {
        return new StakeholderException("outsideEmails", "stakeholders.refused.outside-email-invalid", line);
    }

    static StakeholderException planEmpty() {
        return new StakeholderException(null, "stakeholders.refused.plan-empty");
    }

    static StakeholderException noComment() {
        return new StakeholderException("comments", "stakeholders.refused.no-comment");
    }

    static StakeholderException unknownElement(String key) {
        return new StakeholderException("comments", "stakeholders.refused.unknown-element", key);
    }

    static StakeholderException commentTooLong(String code, int max) {
        return new StakeholderException("comments", "stakeholders.refused.comment-too-long", code, max);
    }

    static StakeholderException roundClosed(java.time.LocalDate closesOn) {
        return new StakeholderException(null, "stakeholders.refused.round-closed", String.valueOf(closesOn));
    }

    static StakeholderException roundNotYetOpen(java.time.LocalDate opensOn) {
        return new StakeholderException(null, "stakeholders.refused.round-not-open", String.valueOf(opensOn));
    }

    static StakeholderException alreadyClosed() {
        return new StakeholderException(null, "stakeholders.refused.already-closed");
    }

    static StakeholderException reasonRequired() {
        return new StakeholderException("reason", "stakeholders.refused.reason-required");
    }

    static StakeholderException linkNotRevocable() {
        return new StakeholderException(null, "stakeholders.refused.link-not-revocable");
    }
}
