package org.ariadne.victimdata;

import org.ariadne.common.UserFacingException;

/** A refused step in the victim register, with the message key the officer reads. */
public final class VictimDataException extends UserFacingException {

    private final String field;

    private VictimDataException(String key, Object... args) {
        super(key, args);
        this.field = null;
    }

    private VictimDataException(String field, String key, Object... args) {
        super(key, args);
        this.field = field;
    }

    private VictimDataException(java.util.List<VictimDataException> each) {
        super(each);
        this.field = null;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    static VictimDataException all(java.util.List<VictimDataException> each) {
        return each.size() == 1 ? each.get(0) : new VictimDataException(each);
    }

    static VictimDataException encryptionKeyMissing() {
        return new VictimDataException("victimdata.key.encryption-missing");
    }

    static VictimDataException unreadableSeal() {
        return new VictimDataException("victimdata.key.unreadable");
    }

    static VictimDataException linkageUnavailable() {
        return new VictimDataException("victimdata.key.linkage-missing");
    }

    static VictimDataException notSamePerson() {
        return new VictimDataException("victimdata.match.not-proposed");
    }

    static VictimDataException noSuchCase(String reference) {
        return new VictimDataException("reference", "victimdata.match.no-such-case", reference == null ? "" : reference);
    }

    static VictimDataException alreadySamePerson(String reference) {
        return new VictimDataException("reference", "victimdata.match.already-same", reference);
    }

    static VictimDataException alreadyDecided() {
        return new VictimDataException("victimdata.match.already-decided");
    }

    static VictimDataException anonymised() {
        return new VictimDataException("victimdata.case.anonymised");
    }

    /** {@code later} (a field of {@link CaseCommand}) is dated before {@code earlier}; arguments are message keys. */
    static VictimDataException stagesOutOfOrder(String later, String earlier) {
        return new VictimDataException(later, "victimdata.case.stage-before",
                new org.springframework.context.support.DefaultMessageSourceResolvable("victimdata.field." + later),
                new org.springframework.context.support.DefaultMessageSourceResolvable("victimdata.field." + earlier));
    }

    static VictimDataException indicatorLinkedAlready() {
        return new VictimDataException("indicatorId", "victimdata.indicator.linked-already");
    }

    static VictimDataException unknownIndicator() {
        return new VictimDataException("indicatorId", "victimdata.indicator.unknown");
    }
}
