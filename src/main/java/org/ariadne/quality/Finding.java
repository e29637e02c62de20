package org.ariadne.quality;

import java.util.List;

/**
 * One thing that makes one element unmeasurable. {@code strategicObjectiveId} is the strategic objective the element
 * falls under (null for the plan itself), {@code institutionId} the institution that answers for it (the lead of
 * an activity; for an indicator its responsible institution or the lead of its activity), so that the officer can
 * work the list down by objective or by institution.
 */
public record Finding(QualityRule rule, AuditedElement element, Long strategicObjectiveId, Long institutionId,
        List<Object> arguments) {

    public Finding {
        arguments = List.copyOf(arguments);
    }

    public Severity severity() {
        return rule.severity();
    }

    public String fixPath() {
        return element.fixPath();
    }

    /** For {@code MessageSource}: the arguments of {@link QualityRule#messageKey()}. */
    public Object[] messageArguments() {
        return arguments.toArray();
    }
}
