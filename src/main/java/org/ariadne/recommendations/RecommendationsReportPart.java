package org.ariadne.recommendations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.ariadne.common.format.Formats;
import org.ariadne.documents.GovernmentReportPart;
import org.ariadne.documents.ReportContent.Bullets;
import org.ariadne.documents.ReportContent.Paragraph;
import org.ariadne.documents.ReportContent.Section;
import org.ariadne.documents.ReportContent.Subheading;
import org.ariadne.documents.ReportContent.Table;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The recommendations' part of the report to the government (order 100): the follow-up status per source (counts by
 * status), every recommendation with its status and the year's measures, the overdue follow-ups, and the management
 * responses with how far their actions have come. Nothing when the plan has no recommendations.
 */
@Component
class RecommendationsReportPart implements GovernmentReportPart {

    private final Recommendations recommendations;
    private final MessageSource messages;

    RecommendationsReportPart(Recommendations recommendations, MessageSource messages) {
        this.recommendations = recommendations;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public List<Section> sections(long planId, int year, Locale language) {
        var all = recommendations.list(new TrackerFilter(planId, null, null, null, null, null, false, false, null));
        if (all.isEmpty()) {
            return List.of();
        }
        var formats = Formats.of(language);
        var blocks = new ArrayList<org.ariadne.documents.ReportContent.Block>();
        blocks.add(Paragraph.of(text(language, "recommendations.report.lead", all.size(), year)));

        blocks.add(new Subheading(text(language, "recommendations.report.by-source")));
        var header = new ArrayList<String>();
        header.add(text(language, "recommendations.field.source"));
        Arrays.stream(RecommendationStatus.values()).forEach(status -> header.add(text(language, status.messageKey())));
        header.add(text(language, "recommendations.report.total"));
        var rows = new ArrayList<List<String>>();
        for (var source : recommendations.sources(planId)) {
            var ofSource = all.stream().filter(view -> view.source().id() == source.id()).toList();
            if (ofSource.isEmpty()) {
                continue;
            }
            var row = new ArrayList<String>();
            row.add(source.label());
            for (var status : RecommendationStatus.values()) {
                row.add(String.valueOf(ofSource.stream().filter(view -> view.status() == status).count()));
            }
            row.add(String.valueOf(ofSource.size()));
            rows.add(row);
        }
        var numeric = new ArrayList<Boolean>(Collections.nCopies(header.size(), true));
        numeric.set(0, false);
        blocks.add(new Table(header, rows, numeric));

        blocks.add(new Subheading(text(language, "recommendations.report.table", year)));
        var details = new ArrayList<List<String>>();
        for (var view : all) {
            var measures = view.followUps(year).stream().map(note -> (note.institutionName() == null ? ""
                    : note.institutionName() + ": ") + note.measures()).toList();
            details.add(List.of(view.source().label(), view.paragraph() == null ? "" : view.paragraph(),
                    view.text(language), text(language, view.status().messageKey()),
                    measures.isEmpty() ? text(language, "recommendations.report.no-measures") : String.join("\n", measures)));
        }
        blocks.add(new Table(List.of(text(language, "recommendations.field.source"),
                text(language, "recommendations.field.paragraph"), text(language, "recommendations.field.text"),
                text(language, "recommendations.field.status"), text(language, "recommendations.report.measures", year)),
                details, List.of(false, false, false, false, false)));

        blocks.add(new Subheading(text(language, "recommendations.report.overdue")));
        var overdue = all.stream().filter(RecommendationView::overdue).toList();
        if (overdue.isEmpty()) {
            blocks.add(Paragraph.of(text(language, "recommendations.report.none-overdue")));
        } else {
            blocks.add(new Bullets(overdue.stream().map(view -> text(language, "recommendations.report.overdue-item",
                    view.source().label(), view.paragraph() == null ? "" : view.paragraph(), view.text(language),
                    formats.date(view.followUpDue()))).toList()));
        }

        blocks.add(new Subheading(text(language, "recommendations.report.responses")));
        var responded = all.stream().filter(view -> view.response() != null).toList();
        if (responded.isEmpty()) {
            blocks.add(Paragraph.of(text(language, "recommendations.report.no-responses")));
        } else {
            var responseRows = new ArrayList<List<String>>();
            for (var view : responded) {
                var response = view.response();
                responseRows.add(List.of(
                        (view.paragraph() == null ? "" : view.paragraph() + " ") + view.text(language),
                        text(language, response.decision().messageKey())
                                + (response.reason() == null ? "" : ": " + response.reason()),
                        response.action() == null ? "" : response.action(),
                        response.ownerName() == null ? "" : response.ownerName(),
                        response.deadline() == null ? "" : formats.date(response.deadline()),
                        text(language, response.status().messageKey())
                                + (response.overdue() ? " (" + text(language, "recommendations.overdue") + ")" : "")));
            }
            blocks.add(new Table(List.of(text(language, "recommendations.field.text"),
                    text(language, "recommendations.field.decision"), text(language, "recommendations.field.action"),
                    text(language, "recommendations.field.ownerId"), text(language, "recommendations.field.deadline"),
                    text(language, "recommendations.field.responseStatus")), responseRows,
                    List.of(false, false, false, false, false, false)));
        }
        return List.of(new Section("recommendations", text(language, "recommendations.report.heading"), blocks));
    }

    private String text(Locale language, String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, language);
    }
}
