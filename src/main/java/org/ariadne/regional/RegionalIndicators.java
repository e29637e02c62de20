package org.ariadne.regional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.ariadne.audit.AuditHistory;
import org.ariadne.audit.AuditTrail;
import org.ariadne.common.ConflictException;
import org.ariadne.common.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The regional indicator set: kept by the regional officer, read by the participants' M&amp;E officers who map their
 * national indicators onto it. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
@org.springframework.modulith.NamedInterface("api")
public class RegionalIndicators {

    public static final String KEEPERS = "hasRole('REGIONAL_OFFICER')";
    public static final String READERS = "hasAnyRole('REGIONAL_OFFICER', 'ME_OFFICER')";

    private final RegionalIndicatorRepository indicators;
    private final AuditTrail trail;
    private final AuditHistory history;
    private final Clock clock;

    RegionalIndicators(RegionalIndicatorRepository indicators, AuditTrail trail, AuditHistory history, Clock clock) {
        this.indicators = indicators;
        this.trail = trail;
        this.history = history;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    public List<RegionalIndicatorView> list() {
        return indicators.findAllByOrderByCodeAsc().stream().map(RegionalIndicator::view).toList();
    }

    @PreAuthorize(READERS)
    public RegionalIndicatorView get(long id) {
        return find(id).view();
    }

    @PreAuthorize(KEEPERS)
    public void check(Long id, RegionalIndicatorCommand command) {
        if (command.code() == null || command.code().isBlank()) {
            return;
        }
        var code = command.code().strip();
        boolean taken = indicators.findAllByOrderByCodeAsc().stream()
                .anyMatch(other -> other.code().equalsIgnoreCase(code) && !other.id().equals(id));
        if (taken) {
            throw RegionalException.codeTaken(code);
        }
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public long create(RegionalIndicatorCommand command) {
        check(null, command);
        var saved = indicators.save(RegionalIndicator.create(command, now()));
        trail.recordCreated(saved.audited());
        return saved.id();
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public void update(long id, int expectedVersion, RegionalIndicatorCommand command) {
        var indicator = find(id);
        if (indicator.version() != expectedVersion) {
            var last = history.lastChange(RegionalIndicator.AUDIT_TYPE, id);
            throw ConflictException.of("regional.conflict", indicator.version(), last.map(e -> e.actor()).orElse(null),
                    last.map(e -> e.occurredAt()).orElse(null));
        }
        check(id, command);
        var before = indicator.audited();
        indicator.apply(command, now());
        trail.recordChange(before, indicators.save(indicator).audited());
    }

    private RegionalIndicator find(long id) {
        return indicators.findById(id).orElseThrow(() -> NotFoundException.of(RegionalIndicator.AUDIT_TYPE, id));
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
