package org.ariadne.coordination;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** An agreement as its page, the list, the form and the reminders read it. */
public record AgreementView(long id, int version, AgreementKind kind, String title, LocalDate signedOn,
        LocalDate expiresOn, String scope, AgreementStatus status, List<Party> parties, List<YearNote> notes,
        List<ActivityChoice> activities, List<FileView> files) {

    public record Party(Long institutionId, String name, boolean outside, String obligations) {
    }

    public record YearNote(int year, String note) {
    }

    /** As it stands on {@code today}: an agreement in force past its expiry date has expired. */
    public AgreementStatus effectiveStatus(LocalDate today) {
        return Agreement.effectiveStatus(status, expiresOn, today);
    }

    /** In force and expiring within {@code days} days of {@code today} (today included): time to renew it. */
    public boolean expiringWithin(LocalDate today, int days) {
        return Agreement.expiringWithin(status, expiresOn, today, days);
    }

    /** Days from {@code today} to the expiry (negative once expired), or null without an expiry date. */
    public Long daysLeft(LocalDate today) {
        return expiresOn == null ? null : ChronoUnit.DAYS.between(today, expiresOn);
    }

    public String partyNames() {
        return String.join("; ", parties.stream().map(Party::name).toList());
    }

    public AgreementCommand toCommand() {
        var institutions = new ArrayList<Long>();
        var organisations = new ArrayList<String>();
        var obligations = new ArrayList<String>();
        for (var party : parties) {
            institutions.add(party.outside() ? null : party.institutionId());
            organisations.add(party.outside() ? party.name() : null);
            obligations.add(party.obligations());
        }
        return new AgreementCommand(kind, title, signedOn, expiresOn, scope, status, institutions, organisations,
                obligations, activities.stream().map(ActivityChoice::id).toList());
    }
}
