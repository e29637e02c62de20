package org.ariadne.review;

import java.util.Set;

import org.ariadne.audit.AuditReadRule;
import org.ariadne.audit.AuditReader;
import org.ariadne.audit.AuditVisibility;
import org.ariadne.security.Role;
import org.springframework.stereotype.Component;

/** Ratings, corrective actions and half-year reviews are read in the trail by whoever reads the review pages. */
@Component
class ReviewAuditReadRule implements AuditReadRule {

    @Override
    public Set<String> entityTypes() {
        return Set.of(ReviewEditing.RATING, ReviewEditing.ACTION, ReviewEditing.REVIEW);
    }

    @Override
    public AuditVisibility visibility(String entityType, AuditReader reader) {
        return AuditVisibility.toRoles(reader, Reviews.READER_ROLES.stream().map(Role::name).toArray(String[]::new));
    }
}
