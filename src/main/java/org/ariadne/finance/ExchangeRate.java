package org.ariadne.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.ariadne.audit.AuditRecord;
import org.ariadne.audit.Audited;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** A rate the office recorded: one unit of the currency in the installation's currency, from a date on. */
@Table("exchange_rate")
class ExchangeRate implements Audited {

    static final String AUDIT_TYPE = "exchange-rate";

    @Id
    private Long id;
    private String currency;
    private BigDecimal rate;
    private LocalDate validFrom;
    private String recordedBy;
    private LocalDateTime recordedAt;
    // the participant whose office recorded it (issue 19 item 2): a plan converts at its own participant's rates
    private long participantId;

    ExchangeRate() {
    }

    static ExchangeRate record(ExchangeRateCommand command, long participantId, String by, LocalDateTime now) {
        var rate = new ExchangeRate();
        rate.participantId = participantId;
        rate.currency = Currencies.normalise(command.currency());
        rate.rate = command.rate();
        rate.validFrom = command.validFrom();
        rate.recordedBy = by;
        rate.recordedAt = now;
        return rate;
    }

    long participantId() {
        return participantId;
    }

    ExchangeRateView view() {
        return new ExchangeRateView(id, currency, rate, validFrom, recordedBy, recordedAt);
    }

    @Override
    public String auditType() {
        return AUDIT_TYPE;
    }

    @Override
    public Long auditId() {
        return id;
    }

    @Override
    public String auditLabel() {
        return currency + " · " + validFrom;
    }

    @Override
    public Long auditPlanId() {
        return null;
    }

    @Override
    public java.util.Map<String, Object> auditState() {
        return AuditRecord.state("currency", currency, "rate", rate.toPlainString(), "validFrom", validFrom.toString());
    }
}
