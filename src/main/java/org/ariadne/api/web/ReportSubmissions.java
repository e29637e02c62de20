package org.ariadne.api.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.ariadne.api.web.ApiModels.ActivityChange;
import org.ariadne.api.web.ApiModels.ReportActivityItem;
import org.ariadne.api.web.ApiModels.ReportChange;
import org.ariadne.api.web.ApiModels.ReportItem;
import org.ariadne.api.web.ApiModels.ReportValueItem;
import org.ariadne.api.web.ApiModels.ValueChange;
import org.ariadne.common.ConflictException;
import org.ariadne.common.UserFacingException;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.reporting.ActivityEntryCommand;
import org.ariadne.reporting.ProgressReports;
import org.ariadne.reporting.ReportSheet;
import org.ariadne.reporting.ReportSheet.SheetActivity;
import org.ariadne.reporting.ReportSheet.SheetIndicator;
import org.ariadne.reporting.ValueCommand;
import org.ariadne.reporting.ValueView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves the parts of a report an API call brings, each through the reporting facade the web form uses (so the same
 * access rule, checks and audit apply), all in one transaction: every part is tried so that every invalid value is
 * named in the answer, and if any is refused, none is kept.
 */
@Component
class ReportSubmissions {

    private final ProgressReports reports;
    private final Validator validator;
    private final MessageSource messages;
    private final TransactionTemplate transaction;

    ReportSubmissions(ProgressReports reports, Validator validator, MessageSource messages,
            PlatformTransactionManager transactions) {
        this.reports = reports;
        this.validator = validator;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
    }

    int save(long periodId, long institutionId, ReportChange change, Locale locale) {
        // reading first applies the report's read rule: another institution's report is refused before anything else
        var sheet = reports.sheet(periodId, institutionId);
        var problems = new ArrayList<InvalidValues.Problem>();
        var activityParts = new ArrayList<Runnable>();
        var valueParts = new ArrayList<Runnable>();
        for (int i = 0; i < change.activities().size(); i++) {
            activity(sheet, change.activities().get(i), "activities[" + i + "]", locale, problems, activityParts);
        }
        for (int i = 0; i < change.values().size(); i++) {
            value(sheet, change.values().get(i), "values[" + i + "]", locale, problems, valueParts);
        }
        if (activityParts.isEmpty() && valueParts.isEmpty() && problems.isEmpty()) {
            return 0;
        }
        transaction.executeWithoutResult(status -> {
            activityParts.forEach(Runnable::run);
            valueParts.forEach(Runnable::run);
            if (!problems.isEmpty()) {
                status.setRollbackOnly();
            }
        });
        if (!problems.isEmpty()) {
            // in the order of the request, whether a value was refused before saving or by the reporting rules
            problems.sort(java.util.Comparator.comparing((InvalidValues.Problem p) -> p.field().startsWith("values"))
                    .thenComparingInt(p -> index(p.field())));
            throw new InvalidValues(problems);
        }
        return activityParts.size() + valueParts.size();
    }

    private void activity(ReportSheet sheet, ActivityChange change, String field, Locale locale,
            List<InvalidValues.Problem> problems, List<Runnable> parts) {
        var found = sheet.activities().stream()
                .filter(a -> Objects.equals(change.activityId(), a.activity().id())
                        || change.activityId() == null && change.activityCode() != null
                                && change.activityCode().strip().equalsIgnoreCase(a.activity().code()))
                .findFirst();
        var code = change.activityCode() != null ? change.activityCode()
                : change.activityId() == null ? null : String.valueOf(change.activityId());
        if (found.isEmpty()) {
            problems.add(new InvalidValues.Problem(field + (change.activityId() == null ? ".activityCode" : ".activityId"),
                    code, null, null, text("api.problem.activity-not-in-report", locale, code)));
            return;
        }
        SheetActivity activity = found.get();
        var label = activity.activity().code() + " " + activity.activity().title();
        var saved = activity.entry().toCommand();
        ActivityStatus status = saved.status();
        if (change.status() != null) {
            try {
                status = ActivityStatus.valueOf(change.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                problems.add(new InvalidValues.Problem(field + ".status", activity.activity().code(), null, label,
                        text("api.problem.status-unknown", locale, change.status())));
                return;
            }
        }
        var command = new ActivityEntryCommand(status, change.narrative() != null ? change.narrative() : saved.narrative(),
                change.problems() != null ? change.problems() : saved.problems(), saved.spending());
        if (invalid(validator.validate(command), field, activity.activity().code(), null, label, locale, problems)) {
            return;
        }
        int revision = change.revision() != null ? change.revision() : activity.entry().version();
        long activityId = activity.activity().id();
        parts.add(() -> refused(field, activity.activity().code(), null, label, locale, problems,
                () -> reports.saveActivity(sheet.period().id(), sheet.institutionId(), activityId, revision, command)));
    }

    private void value(ReportSheet sheet, ValueChange change, String field, Locale locale,
            List<InvalidValues.Problem> problems, List<Runnable> parts) {
        Optional<SheetIndicator> found = sheet.indicators().filter(i -> i.indicator().id() == change.indicatorId())
                .findFirst();
        if (found.isEmpty()) {
            problems.add(new InvalidValues.Problem(field + ".indicatorId", null, change.indicatorId(), null,
                    text("api.problem.indicator-not-in-report", locale, change.indicatorId())));
            return;
        }
        var indicator = found.get();
        var code = indicator.ownerCode();
        var label = code + " " + indicator.indicator().name();
        ValueView slot;
        if (change.startsOn() == null) {
            if (indicator.values().size() != 1) {
                problems.add(new InvalidValues.Problem(field + ".startsOn", code, change.indicatorId(), label,
                        text("api.problem.starts-on-required", locale, startDays(indicator.values()))));
                return;
            }
            slot = indicator.values().get(0);
        } else {
            var match = indicator.values().stream().filter(v -> v.startsOn().equals(change.startsOn())).findFirst();
            if (match.isEmpty()) {
                problems.add(new InvalidValues.Problem(field + ".startsOn", code, change.indicatorId(), label,
                        text("api.problem.starts-on-unknown", locale, change.startsOn(), startDays(indicator.values()))));
                return;
            }
            slot = match.get();
        }
        var command = new ValueCommand(change.total(), change.numerator(), change.denominator(),
                change.parts() == null ? Map.of() : change.parts(), change.note());
        if (invalid(validator.validate(command), field, code, change.indicatorId(), label, locale, problems)) {
            return;
        }
        int revision = change.revision() != null ? change.revision() : slot.version();
        parts.add(() -> refused(field, code, change.indicatorId(), label, locale, problems,
                () -> reports.saveValue(sheet.period().id(), sheet.institutionId(), change.indicatorId(),
                        slot.startsOn(), revision, command)));
    }

    /** Runs one save; a refusal of the reporting rules is noted against the value, anything else ends the request. */
    private void refused(String field, String code, Long indicatorId, String label, Locale locale,
            List<InvalidValues.Problem> problems, Runnable save) {
        try {
            save.run();
        } catch (ConflictException conflict) {
            throw conflict;
        } catch (UserFacingException refused) {
            for (var each : refused.each()) {
                problems.add(new InvalidValues.Problem(field, code, indicatorId, label,
                        messages.getMessage(each.messageKey(), each.arguments(), each.messageKey(), locale)));
            }
        }
    }

    private boolean invalid(Collection<? extends ConstraintViolation<?>> violations, String field, String code,
            Long indicatorId, String label, Locale locale, List<InvalidValues.Problem> problems) {
        for (var violation : violations) {
            problems.add(new InvalidValues.Problem(field + "." + violation.getPropertyPath(), code, indicatorId, label,
                    violation.getMessage()));
        }
        return !violations.isEmpty();
    }

    private static int index(String field) {
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }

    private static String startDays(List<ValueView> values) {
        return String.join(", ", values.stream().map(v -> v.startsOn().toString()).toList());
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** A report sheet as the API shows it. */
    static ReportItem item(ReportSheet sheet) {
        var activities = sheet.activities().stream().map(a -> new ReportActivityItem(a.activity().id(),
                a.activity().code(), a.activity().title(), ApiModels.nameOf(a.entry().status()), a.entry().narrative(),
                a.entry().problems(), a.entry().version())).toList();
        var values = sheet.indicators().flatMap(i -> i.values().stream().map(v -> new ReportValueItem(
                i.indicator().id(), i.ownerCode(), i.indicator().name(), ApiModels.nameOf(i.indicator().type()), v.startsOn(), v.endsOn(), v.total(),
                v.numerator(), v.denominator(), v.parts(), v.note(), v.version(), v.suppressed()))).toList();
        return new ReportItem(sheet.period().id(), sheet.period().label(), sheet.institutionId(),
                sheet.institutionName(), sheet.status().name(), sheet.reportVersion(), sheet.editable(),
                sheet.report() == null ? null : sheet.report().submittedAt(), activities, values,
                (int) sheet.requiredMissing());
    }
}
