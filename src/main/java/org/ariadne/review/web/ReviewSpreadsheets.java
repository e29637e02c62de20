package org.ariadne.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.ariadne.common.spreadsheet.SafeSpreadsheetWriter;
import org.ariadne.reporting.ReportStatus;
import org.ariadne.review.web.ReviewScreen.ActivityLine;
import org.ariadne.review.web.ReviewScreen.ReportedPeriod;
import org.springframework.stereotype.Component;

/**
 * The ratings of a half-year as CSV or Excel: a row per activity of the review screen with what was reported, how
 * far it has come, its rating and comments, and its corrective actions, so the office can annex the review to a
 * report or discuss it offline. Titles and comments are typed by people: everything goes through
 * {@link SafeSpreadsheetWriter}.
 */
@Component
class ReviewSpreadsheets {

    private static final List<String> COLUMNS = List.of("review.export.strategic-objective",
            "review.export.specific-objective", "review.register.activity-code", "review.register.activity",
            "review.export.lead", "review.export.reported", "review.export.achievement",
            "review.export.not-measured", "review.register.rating", "review.comments", "review.export.rated-by",
            "review.export.rated-at", "review.export.approved", "review.export.actions",
            "review.export.open-actions", "review.export.recommendation", "review.export.reviewed-status",
            "review.export.reported-status");

    private final ReviewTexts texts;

    ReviewSpreadsheets(ReviewTexts texts) {
        this.texts = texts;
    }

    byte[] ratings(ReviewScreen screen, String format, Locale locale) {
        var header = COLUMNS.stream().map(key -> texts.text(key, locale)).toList();
        var rows = rows(screen, locale);
        if ("xlsx".equals(format)) {
            try (var xlsx = SafeSpreadsheetWriter.xlsx()) {
                xlsx.sheet(texts.text("review.title", locale) + " " + screen.half().label()).header(header);
                rows.forEach(xlsx::row);
                return xlsx.toBytes();
            }
        }
        var csv = SafeSpreadsheetWriter.csv().header(header);
        rows.forEach(csv::row);
        return csv.toBytes();
    }

    private List<List<Object>> rows(ReviewScreen screen, Locale locale) {
        var rows = new ArrayList<List<Object>>();
        for (var strategic : screen.objectives()) {
            for (var specific : strategic.specific()) {
                for (var line : specific.activities()) {
                    rows.add(row(screen, strategic.objective().code(), specific.objective().code(), line, locale));
                }
            }
        }
        return rows;
    }

    private List<Object> row(ReviewScreen screen, String strategic, String specific, ActivityLine line, Locale locale) {
        var achievement = line.achievement();
        var rating = line.rating();
        var row = new ArrayList<Object>();
        row.add(strategic);
        row.add(specific);
        row.add(line.activity().code());
        row.add(line.activity().title());
        row.add(line.leadInstitution());
        row.add(line.periods().stream().map(period -> reported(period, line, locale))
                .collect(Collectors.joining("; ")));
        row.add(achievement != null && achievement.isMeasured() ? achievement.percent() : null);
        row.add(achievement != null && !achievement.isMeasured() ? texts.text(achievement.reasonKey(), locale) : null);
        row.add(texts.text(rating == null ? "review.not-rated" : rating.rating().messageKey(), locale));
        row.add(rating == null ? null : rating.comments());
        row.add(rating == null ? null : screen.name(rating.ratedBy()));
        row.add(rating == null ? null : rating.ratedAt());
        row.add(rating == null ? null : yesNo(rating.approved(), locale));
        row.add(line.actions().size());
        row.add(line.actions().stream().filter(action -> !action.status().isClosed()).count());
        row.add(rating == null ? null : rating.recommendation());
        row.add(rating == null ? null : status(rating.reviewedStatus(), locale));
        row.add(rating == null ? null : status(rating.reportedStatus(), locale));
        return row;
    }

    /** "2026-Q1: 3 Has started", with the institution when it is not the lead and the report when not accepted. */
    private String reported(ReportedPeriod period, ActivityLine line, Locale locale) {
        var entry = period.entry();
        var status = entry.status() == null ? texts.text("review.reported.no-status", locale)
                : entry.status().number() + " " + texts.text(entry.status().messageKey(), locale);
        var notes = Stream.of(
                        Objects.equals(period.institution(), line.leadInstitution()) ? null : period.institution(),
                        entry.reportStatus() == ReportStatus.ACCEPTED ? null
                                : texts.text(entry.reportStatus().messageKey(), locale))
                .filter(Objects::nonNull).toList();
        return entry.periodLabel() + ": " + status + (notes.isEmpty() ? "" : " (" + String.join(", ", notes) + ")");
    }

    private String status(org.ariadne.plan.ActivityStatus status, Locale locale) {
        return status == null ? null : status.number() + " " + texts.text(status.messageKey(), locale);
    }

    private String yesNo(boolean yes, Locale locale) {
        return texts.text(yes ? "common.yes" : "common.no", locale);
    }
}
