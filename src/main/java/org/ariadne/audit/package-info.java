/**
 * The audit trail: every create, change and delete of plan, report and review data, with who, when and the
 * values before and after. Other modules write through {@link org.ariadne.audit.AuditTrail}; people read it
 * on the history pages. Rows are only ever inserted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail", allowedDependencies = "common")
package org.ariadne.audit;
