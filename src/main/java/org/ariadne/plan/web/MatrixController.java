package org.ariadne.plan.web;

import org.springframework.http.ResponseEntity;
import org.springframework.context.MessageSource;
import org.ariadne.plan.MatrixFilter;
import org.ariadne.common.web.FileDownload;
import java.util.Locale;
import java.util.List;
import java.util.ArrayList;
import org.ariadne.institutions.Institutions;
import org.ariadne.plan.ActivityStatus;
import org.ariadne.plan.MatrixReviews;
import org.ariadne.plan.MatrixReviews.ReviewedActivity;
import org.ariadne.common.format.Formats;
import org.ariadne.plan.MatrixRow;
import org.ariadne.plan.Plans;
import org.ariadne.plan.ResponsibleAccounts;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The monitoring matrix of a plan with its filters. The filter form is a plain GET: without JavaScript it
 * reloads the page, with htmx only the table is replaced and the address keeps the filters for bookmarks. For those
 * who may read ratings, seed 002's last two columns (the latest half-year rating; comments and recommendations) come
 * from the review module through {@link MatrixReviews}, and the rows filter by rating.
 */
@Controller
class MatrixController {

    private static final List<String> COLUMNS = List.of("plan.matrix.objective", "plan.matrix.activity-code",
            "plan.matrix.activity", "plan.matrix.expected-result", "plan.matrix.indicator", "plan.matrix.level",
            "plan.matrix.baseline-value", "plan.matrix.baseline-year", "plan.matrix.target-value",
            "plan.matrix.target-year", "plan.matrix.unit", "plan.matrix.status", "plan.matrix.frequency",
            "plan.matrix.means", "plan.matrix.person", "plan.matrix.lead-institution");
    /** Seed 002's last two columns, for those who may read ratings. */
    private static final List<String> REVIEW_COLUMNS = List.of("plan.matrix.half-year", "plan.matrix.rating",
            "plan.matrix.status-in-review", "plan.matrix.comments", "plan.matrix.recommendation",
            "plan.matrix.corrective-actions");

    private final Plans plans;
    private final Institutions institutions;
    private final MessageSource messages;
    private final ObjectProvider<MatrixReviews> reviews;
    private final ResponsibleAccounts responsibleAccounts;

    MatrixController(Plans plans, Institutions institutions, MessageSource messages,
            ObjectProvider<MatrixReviews> reviews, ResponsibleAccounts responsibleAccounts) {
        this.responsibleAccounts = responsibleAccounts;
        this.plans = plans;
        this.institutions = institutions;
        this.messages = messages;
        this.reviews = reviews;
    }

    /** The latest rating of each activity, empty when nobody reviews or the user may not read ratings. */
    private Map<Long, ReviewedActivity> reviewed(long planId) {
        var source = reviews.getIfAvailable();
        return source == null ? Map.of() : source.latest(planId);
    }

    /** Each activity's money flags, for those who may read ratings. */
    private Map<Long, List<MatrixReviews.MoneyFlag>> money(long planId) {
        var source = reviews.getIfAvailable();
        return source == null ? Map.of() : source.money(planId);
    }

    private boolean mayReadRatings() {
        var source = reviews.getIfAvailable();
        return source != null && source.mayRead();
    }

    /** The rows the filters keep; the rating filter keeps whole activities (and drops objective indicators). */
    private List<MatrixRow> rows(long planId, MatrixQuery query, Map<Long, ReviewedActivity> reviewed,
            boolean ratings) {
        var rows = plans.matrix(planId, query.filter());
        if (!ratings || !query.filtersRating()) {
            return rows;
        }
        return rows.stream().filter(row -> row.activity() != null).filter(row -> {
            var latest = reviewed.get(row.activity().id());
            return query.passesRating(latest == null ? null : latest.rating());
        }).toList();
    }

    /** The matrix as the page shows it (same filters), one row per activity and indicator, for Excel. */
    @GetMapping("/plans/{id}/matrix.{format:csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable String format,
            @ModelAttribute("query") MatrixQuery query, BindingResult unreadable, Locale locale) {
        var shown = unreadable.hasErrors() ? MatrixQuery.none() : query;
        boolean ratings = mayReadRatings();
        var reviewed = ratings ? reviewed(id) : Map.<Long, ReviewedActivity>of();
        var header = new ArrayList<String>(COLUMNS.stream().map(key -> text(key, locale)).toList());
        if (ratings) {
            REVIEW_COLUMNS.forEach(key -> header.add(text(key, locale)));
        }
        return FileDownload.table(format, "monitoring-matrix-" + id, text("plan.matrix", locale), header,
                table(rows(id, shown, reviewed, ratings), reviewed, ratings, locale));
    }

    private List<List<Object>> table(List<MatrixRow> matrix, Map<Long, ReviewedActivity> reviewed, boolean ratings,
            Locale locale) {
        var directory = institutions.directory();
        var rows = new ArrayList<List<Object>>();
        for (var row : matrix) {
            var activity = row.activity();
            var indicator = row.indicator();
            var objective = row.specificObjective() != null ? row.specificObjective().code() : row.strategicObjective().code();
            var status = activity == null ? null : activity.status() == null ? text("plan.activity.not-reported", locale)
                    : activity.status().number() + " " + text(activity.status().messageKey(), locale);
            if (row.dropped() != null) {
                var dropped = messages.getMessage("plan.matrix.dropped", new Object[] {row.dropped().version(),
                        Formats.of(locale).date(row.dropped().from())}, locale);
                status = status == null ? dropped : status + " (" + dropped + ")";
            }
            var frequency = indicator != null && indicator.frequency() != null ? indicator.frequency()
                    : activity == null ? null : activity.frequency();
            var line = new ArrayList<Object>();
            line.add(objective);
            line.add(activity == null ? null : activity.code());
            line.add(activity == null ? null : activity.title());
            line.add(activity == null ? null : activity.expectedResult());
            line.add(indicator == null ? null : indicator.name());
            line.add(indicator == null ? null : text(indicator.resultLevel().messageKey(), locale));
            line.add(indicator == null ? null : indicator.baselineValue());
            line.add(indicator == null ? null : indicator.baselineYear());
            line.add(indicator == null ? null : indicator.targetValue());
            line.add(indicator == null ? null : indicator.targetYear());
            line.add(indicator == null ? null : indicator.unit());
            line.add(status);
            line.add(frequency == null ? null : text(frequency.messageKey(), locale));
            line.add(indicator != null && indicator.meansOfVerification() != null ? indicator.meansOfVerification()
                    : activity == null ? null : activity.meansOfVerification());
            line.add(activity == null ? null : activity.responsiblePerson());
            line.add(activity == null ? null : directory.nameOf(activity.leadInstitutionId()));
            if (ratings) {
                var review = activity == null ? null : reviewed.get(activity.id());
                line.add(review == null ? null : review.halfYear());
                line.add(review == null ? null : text(review.ratingKey(), locale));
                line.add(review == null || review.reviewedStatus() == null ? null
                        : review.reviewedStatus().number() + " " + text(review.reviewedStatus().messageKey(), locale));
                line.add(review == null ? null : review.comments());
                line.add(review == null ? null : review.recommendation());
                line.add(review == null || review.correctiveActions().isEmpty() ? null
                        : String.join("; ", review.correctiveActions()));
            }
            rows.add(line);
        }
        return rows;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A filter that cannot be read (an old bookmark, a renamed area) shows the whole matrix instead of failing. */
    @GetMapping("/plans/{id}/matrix")
    String matrix(@PathVariable long id, @ModelAttribute("query") MatrixQuery query, BindingResult unreadable,
            Model model) {
        if (unreadable.hasErrors()) {
            query = MatrixQuery.none();
            model.addAttribute("query", query);
        }
        boolean ratings = mayReadRatings();
        var reviewed = ratings ? reviewed(id) : Map.<Long, ReviewedActivity>of();
        model.addAttribute("plan", plans.header(id));
        model.addAttribute("rows", rows(id, query, reviewed, ratings));
        model.addAttribute("showRatings", ratings);
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("money", ratings ? money(id) : Map.of());
        model.addAttribute("notRated", MatrixQuery.NOT_RATED);
        model.addAttribute("directory", institutions.directory());
        model.addAttribute("areas", plans.areas(id));
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("notReported", MatrixQuery.NOT_REPORTED);
        model.addAttribute("responsibleNames", responsibleAccounts.names());
        return "plan/matrix";
    }
}
