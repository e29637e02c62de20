package org.ariadne.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.ariadne.common.UserFacingException;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A change the plan refuses, with the message key (and values) the user reads in their language. */
public final class PlanException extends UserFacingException {

    private PlanException(String key, Object... args) {
        super(key, args);
    }

    /** A local plan follows a national plan: one without a territorial unit, and not itself. */
    static PlanException notANationalPlan() {
        return new PlanException("plan.local.error.not-national");
    }

    /** A local element maps onto an objective of its plan's national plan only. */
    static PlanException notANationalObjective(String code) {
        return new PlanException("plan.local.error.not-national-objective", code);
    }

    static PlanException periodReversed(int start, int end) {
        return new PlanException("plan.error.period-reversed", start, end);
    }

    static PlanException badCode(String given, String example) {
        return new PlanException("plan.error.bad-code", given == null ? "" : given, example);
    }

    static PlanException duplicateCode(String code) {
        return new PlanException("plan.error.duplicate-code", code);
    }

    static PlanException endBeforeStart(LocalDate start, LocalDate end) {
        return new PlanException("plan.error.end-before-start", end, start);
    }

    static PlanException budgetWithoutAmount() {
        return new PlanException("plan.error.budget-without-amount");
    }

    static PlanException negativeAmount() {
        return new PlanException("plan.error.negative-amount");
    }

    static PlanException yearOutsidePlan(int year, int start, int end) {
        return new PlanException("plan.error.year-outside-plan", String.valueOf(year), String.valueOf(start),
                String.valueOf(end));
    }

    static PlanException duplicateTargetYear(int year) {
        return new PlanException("plan.error.duplicate-target-year", String.valueOf(year));
    }

    static PlanException scaleReversed() {
        return new PlanException("plan.error.scale-reversed");
    }

    static PlanException percentageOutOfRange(String which, BigDecimal value) {
        return new PlanException("plan.error.percentage-range", field(which), value.toPlainString());
    }

    static PlanException yesNoValue(String which, BigDecimal value) {
        return new PlanException("plan.error.yes-no-value", field(which), value.toPlainString());
    }

    static PlanException outsideScale(String which, BigDecimal value, BigDecimal min, BigDecimal max) {
        return new PlanException("plan.error.outside-scale", field(which), value.toPlainString(),
                min == null ? "…" : min.toPlainString(), max == null ? "…" : max.toPlainString());
    }

    /** The field named in the message, itself translated. */
    private static DefaultMessageSourceResolvable field(String which) {
        return new DefaultMessageSourceResolvable("plan.indicator." + which);
    }

    static PlanException notResponsibleAccount(String username) {
        return new PlanException("plan.error.not-responsible-account", username);
    }

    static PlanException otherParticipantInstitution(long id) {
        return new PlanException("plan.error.other-participant-institution", id);
    }

    static PlanException unknownInstitution(long id) {
        return new PlanException("plan.error.unknown-institution", id);
    }

    static PlanException adoptedPlan(String title) {
        return new PlanException("plan.error.adopted-plan", title);
    }

    static PlanException duplicateArea(String name) {
        return new PlanException("plan.error.duplicate-area", name);
    }

    static PlanException unknownArea(String code) {
        return new PlanException("plan.error.unknown-area", code);
    }

    static PlanException areaInUse(String name, int objectives) {
        return new PlanException("plan.error.area-in-use", name, objectives);
    }

    static PlanException hasChildren(String label) {
        return new PlanException("plan.error.has-children", label);
    }

    // ---- versions ----

    static PlanException revisionNeedsAdoptedPlan(String title) {
        return new PlanException("plan.version.error.not-adopted", title);
    }

    static PlanException revisionInProgress(int number) {
        return new PlanException("plan.version.error.revision-in-progress", String.valueOf(number));
    }

    static PlanException noRevision() {
        return new PlanException("plan.version.error.no-revision");
    }

    static PlanException versionNotInRevision(int number) {
        return new PlanException("plan.version.error.not-in-revision", String.valueOf(number));
    }

    static PlanException effectiveNotAfterPrevious(LocalDate effective, LocalDate previous) {
        return new PlanException("plan.version.error.effective-not-after", effective, previous);
    }

    static PlanException effectiveOutsidePlan(LocalDate effective, int start, int end) {
        return new PlanException("plan.version.error.effective-outside", effective, String.valueOf(start),
                String.valueOf(end));
    }

    static PlanException reasonMissing(String code, String label) {
        return new PlanException("plan.version.error.reason-missing", code == null ? "" : code, label);
    }

    static PlanException reasonTooLong(String code, String label) {
        return new PlanException("plan.version.error.reason-too-long", code == null ? "" : code, label);
    }

    static PlanException changesMoved() {
        return new PlanException("plan.version.error.changes-moved");
    }

    static PlanException nothingChanged() {
        return new PlanException("plan.version.error.nothing-changed");
    }

    static PlanException alreadyDropped(String code) {
        return new PlanException("plan.version.error.already-dropped", code);
    }

    static PlanException notDropped(String code) {
        return new PlanException("plan.version.error.not-dropped", code);
    }

    static PlanException inAdoptedVersion(String code) {
        return new PlanException("plan.version.error.in-adopted-version", code);
    }

    /** Several refusals at once, so that a form shows every reason in one answer. */
    static UserFacingException all(java.util.List<PlanException> each) {
        return each.size() == 1 ? each.get(0) : new Several(each);
    }

    private static final class Several extends UserFacingException {
        Several(java.util.List<PlanException> each) {
            super(each);
        }
    }
}
